import Foundation
import Testing
@testable import BylineUI

/// The themes in the package's `Themes/` folder, found next to this file.
enum ShippedThemes {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes", isDirectory: true)

    static let names = ["default", "light", "high-contrast", "low-colour", "monochrome"]

    static func load(_ name: String) throws -> Theme {
        try ThemeLoader.load(contentsOf: folder.appendingPathComponent(name + ".toml"))
    }
}

@Suite struct ThemeShippedTests {
    static let entityRoles: [Role] = [.person, .country, .organisation, .quote, .speaker]

    @Test func allFiveAreShipped() {
        let found = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: nil).entries().map(\.name)
        for name in ShippedThemes.names { #expect(found.contains(name)) }
    }

    @Test(arguments: ShippedThemes.names)
    func loadsAndStylesEveryRole(_ name: String) throws {
        let theme = try ShippedThemes.load(name)
        #expect(theme.name == name)
        #expect(theme.description?.isEmpty == false)
        for role in Role.allCases {
            #expect(theme.styles[role] != nil, "\(name) does not style \(role) itself")
        }
        let text = try String(contentsOf: ShippedThemes.folder.appendingPathComponent(name + ".toml"), encoding: .utf8)
        #expect(text.hasPrefix("# Byline theme: \(name)"))
        #expect(text.contains("# Format: [roles] maps each role"))
        for role in Role.allCases {
            #expect(text.contains(ThemeLoader.roleName(role)), "the comment of \(name) should list \(role)")
        }
    }

    @Test(arguments: ShippedThemes.names)
    func entitiesQuotesAndSpeakersStandApart(_ name: String) throws {
        let theme = try ShippedThemes.load(name)
        let styles = Self.entityRoles.map { theme.style(for: $0) }
        #expect(Set(styles).count == styles.count, "\(name): \(styles)")
        for style in styles { #expect(style != theme.style(for: .text), "\(name): an entity looks like plain text") }
        #expect(theme.style(for: .selection) != theme.style(for: .text))
    }

    @Test(arguments: ShippedThemes.names)
    func whatIsInFocusStandsOutFromWhatItFocuses(_ name: String) throws {
        let theme = try ShippedThemes.load(name)
        let pairs: [(Role, Role)] = [(.quoteFocus, .quote), (.speakerFocus, .speaker), (.speakerFocus, .person),
                                     (.mentionFocus, .person), (.mentionFocus, .country), (.mentionFocus, .organisation),
                                     (.searchMatch, .text), (.emphasis, .text)]
        for (focus, base) in pairs {
            #expect(theme.style(for: focus) != theme.style(for: base), "\(name): \(focus) looks like \(base)")
        }
        for role in [Role.quoteFocus, .speakerFocus, .mentionFocus, .searchMatch] {
            #expect(theme.style(for: role) != theme.style(for: .selection), "\(name): \(role) looks like the selection")
        }
    }

    @Test(arguments: ShippedThemes.names.filter { $0 != "monochrome" })
    func colourThemesGiveEachKindItsOwnColour(_ name: String) throws {
        let theme = try ShippedThemes.load(name)
        let kinds: [Role] = [.person, .country, .organisation, .quote]
        for colors in [256, 16, 8] where name == "low-colour" || colors == 256 {
            let shown = kinds.map { theme.style(for: $0).foreground?.paletteIndex(colors: colors) }
            #expect(Set(shown).count == kinds.count, "\(name) at \(colors) colours: \(shown)")
        }
    }

    @Test func defaultThemeKeepsKindsApartEvenOnFewerColours() throws {
        let theme = try ShippedThemes.load("default")
        for colors in [16, 8] {
            let shown = [Role.person, .country, .organisation, .quote].map { theme.style(for: $0).foreground?.paletteIndex(colors: colors) }
            #expect(Set(shown).count == 4, "default at \(colors) colours: \(shown)")
        }
    }

    /// The themes drawn on the terminal's own background (no `bg` for text)
    /// never set a selected row's or an emphasised title's text in white (or
    /// black) without a background of their own: on a terminal of that
    /// colour it would vanish.
    @Test(arguments: ["default", "low-colour"])
    func nothingIsWhiteOnTheTerminalsOwnBackground(_ name: String) throws {
        let theme = try ShippedThemes.load(name)
        #expect(theme.style(for: .text).background == nil || theme.style(for: .text).background == .default)
        for role in [Role.selection, .emphasis, .unread, .title, .status] {
            let style = theme.style(for: role)
            guard style.background == nil || style.background == .default, let fg = style.foreground?.paletteIndex(colors: 256) else { continue }
            #expect(![0, 7, 15, 16, 231, 255].contains(fg), "\(name): \(role) is colour \(fg) on the terminal's background")
        }
    }

    @Test func lowColourUsesOnlyTheEightNames() throws {
        let theme = try ShippedThemes.load("low-colour")
        for style in theme.styles.values {
            for colour in [style.foreground, style.background].compactMap({ $0 }) {
                switch colour {
                case .basic, .default: break
                default: Issue.record("low-colour uses \(colour)")
                }
            }
        }
    }

    @Test func monochromeUsesOnlyBoldUnderlineAndReverse() throws {
        let theme = try ShippedThemes.load("monochrome")
        for (role, style) in theme.styles {
            #expect(style.foreground == nil && style.background == nil, "\(role)")
            #expect(style.attributes.isSubset(of: [.bold, .underline, .reverse]), "\(role)")
        }
        #expect(theme.withoutColour == theme)
    }

    @Test(arguments: ShippedThemes.names)
    func noColorKeepsEveryShippedThemesAttributes(_ name: String) throws {
        let theme = try ShippedThemes.load(name)
        let plain = theme.honouringNoColor(environment: ["NO_COLOR": "1"])
        for role in Role.allCases {
            #expect(plain.style(for: role) == Theme.Style(attributes: theme.style(for: role).attributes))
        }
    }
}
