import Testing
@testable import BylineUI

@Suite struct ThemeTests {
    typealias Style = Theme.Style

    @Test func aLeftOutRoleFallsBackAlongRoleFallback() {
        let theme = Theme(name: "short", styles: [
            .text: Style(foreground: .basic(.white)),
            .person: Style(foreground: .basic(.green), attributes: [.bold]),
            .border: Style(foreground: .basic(.blue)),
        ])
        #expect(theme.style(for: .speaker) == Style(foreground: .basic(.green), attributes: [.bold]))
        #expect(theme.style(for: .title) == Style(foreground: .basic(.blue)))
        #expect(theme.style(for: .country) == Style(foreground: .basic(.white)))
        #expect(theme.style(for: .unread) == Style(foreground: .basic(.white)))
    }

    @Test func aRoleInheritsOnlyTheColoursItLeavesUnset() {
        let theme = Theme(name: "light", styles: [
            .text: Style(foreground: .palette(235), background: .palette(255)),
            .person: Style(foreground: .palette(28), attributes: [.bold]),
            .speaker: Style(attributes: [.underline]),
        ])
        #expect(theme.style(for: .person) == Style(foreground: .palette(28), background: .palette(255), attributes: [.bold]))
        #expect(theme.style(for: .speaker) == Style(foreground: .palette(28), background: .palette(255), attributes: [.underline]))
    }

    @Test func anEmptyThemeIsPlainEverywhere() {
        let theme = Theme(name: "empty", styles: [:])
        for role in Role.allCases { #expect(theme.style(for: role) == .plain) }
    }

    @Test func noColorKeepsAttributes() {
        let theme = Theme(name: "t", description: "d", styles: [
            .text: Style(foreground: .basic(.white), background: .basic(.black)),
            .speaker: Style(foreground: .rgb(red: 1, green: 2, blue: 3), attributes: [.bold, .underline]),
            .dim: Style(foreground: .palette(245), attributes: [.dim]),
        ])
        let plain = theme.withoutColour
        #expect(plain.name == "t" && plain.description == "d")
        #expect(plain.style(for: .speaker) == Style(attributes: [.bold, .underline]))
        #expect(plain.style(for: .dim) == Style(attributes: [.dim]))
        #expect(plain.style(for: .text) == .plain)
        for role in Role.allCases {
            #expect(plain.style(for: role).foreground == nil && plain.style(for: role).background == nil)
            #expect(plain.style(for: role).attributes == theme.style(for: role).attributes)
        }
    }

    @Test func noColorIsReadFromTheEnvironment() {
        let theme = Theme(name: "t", styles: [.person: Style(foreground: .basic(.green), attributes: [.bold])])
        #expect(theme.honouringNoColor(environment: ["NO_COLOR": "1"]).style(for: .person) == Style(attributes: [.bold]))
        #expect(theme.honouringNoColor(environment: ["NO_COLOR": "yes please"]) == theme.withoutColour)
        #expect(theme.honouringNoColor(environment: [:]) == theme)
        #expect(theme.honouringNoColor(environment: ["NO_COLOR": ""]) == theme.withoutColour, "set at all, as the issue asks")
        #expect(Theme.noColorRequested(environment: ["NO_COLOR": "0"]))
    }
}
