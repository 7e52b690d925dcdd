import BylineUI
import Testing
@testable import BylineTerminal

/// What reaches the terminal for a cell's character: never a control sequence.
@Suite("TerminalText")
struct TerminalTextTests {
    @Test(arguments: [
        "\u{1B}", "\u{07}", "\u{00}", "\t", "\n", "\r", "\u{7F}", "\u{80}", "\u{9B}", "\u{9F}",
        "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}",
    ] as [Character])
    func unsafeCharactersAreReplaced(character: Character) {
        #expect(TerminalText.scalars(for: character, unicode: true) == [TerminalText.replacement])
        #expect(TerminalText.scalars(for: character, unicode: false) == ["?"])
    }

    @Test func ordinaryTextPassesThrough() {
        #expect(TerminalText.scalars(for: "a", unicode: true) == ["a"])
        #expect(TerminalText.scalars(for: "中", unicode: true) == ["中"])
        #expect(TerminalText.scalars(for: "😀", unicode: true) == ["😀"])
        #expect(TerminalText.scalars(for: "\u{A0}", unicode: true) == ["\u{A0}"])
    }

    @Test func combiningMarksStayWithTheirCharacter() {
        #expect(TerminalText.scalars(for: "e\u{301}", unicode: true) == ["e", "\u{301}"])
        #expect(TerminalText.scalars(for: "❤\u{FE0F}", unicode: true) == ["❤", "\u{FE0F}"])
    }

    @Test func joinersAndSecondScalarsAreLeftOut() {
        // A family emoji (ZWJ sequence) and a flag (two regional indicators):
        // only the first scalar is drawn, so nothing spills into the next cell.
        #expect(TerminalText.scalars(for: "👨‍👩‍👧", unicode: true) == ["👨"])
        #expect(TerminalText.scalars(for: "🇺🇦", unicode: true) == ["🇺"])
    }

    @Test func withoutUnicodeOnlyASCIIIsDrawn() {
        #expect(TerminalText.scalars(for: "é", unicode: false) == ["?"])
        #expect(TerminalText.scalars(for: "x", unicode: false) == ["x"])
    }

    @Test func aLoneCombiningMarkIsReplaced() {
        #expect(TerminalText.scalars(for: "\u{301}", unicode: true) == [TerminalText.replacement])
    }
}

@Suite("Styles")
struct StyleTableTests {
    @Test func everyRoleHasADistinctLookFromPlainTextWhereItMatters() {
        for role: Role in [.selection, .status, .person, .country, .organisation, .quote, .speaker, .heading] {
            #expect(StyleTable.standard[role] != StyleTable.standard[.text], "\(role) in colour")
            #expect(StyleTable.monochrome[role] != StyleTable.monochrome[.text], "\(role) in monochrome")
        }
    }

    @Test func monochromeUsesNoColour() {
        for role in Role.allCases {
            #expect(StyleTable.monochrome[role].foreground == .default)
            #expect(StyleTable.monochrome[role].background == .default)
        }
    }

    @Test func aRoleLeftOutFallsBack() {
        let table = StyleTable([.person: RoleStyle(foreground: .basic(.green))])
        #expect(table[.speaker] == RoleStyle(foreground: .basic(.green)))
        #expect(table[.country] == .plain)
    }

    @Test func theBuiltInLooksUseTheOneColourModel() {
        // (the terminal shows every colour through ThemeColor.paletteIndex(colors:), tested with it)
        #expect(StyleTable.standard[.border].foreground == .basic(.blue))
        #expect(StyleTable.standard[.border].foreground.paletteIndex(colors: 8) == 4)
        #expect(StyleTable.standard[.text].foreground.paletteIndex(colors: 256) == nil)
    }

    @Test func aThemeBecomesAStyleTable() {
        let theme = Theme(name: "t", styles: [
            .text: Theme.Style(foreground: .basic(.white), background: .basic(.black)),
            .person: Theme.Style(foreground: .bright(.green), attributes: [.bold]),
        ])
        let table = StyleTable(theme: theme)
        #expect(table[.person] == RoleStyle(foreground: .bright(.green), background: .basic(.black), attributes: .bold))
        #expect(table[.speaker] == table[.person])
        #expect(table[.person].foreground.paletteIndex(colors: 8) == 2, "bright green on an 8-colour terminal")
    }
}

/// A theme drawn without colour (`NO_COLOR`, or a terminal with none).
@Suite("Colourless themes")
struct ColourlessThemeTests {
    @Test func attributesAreKeptAndColoursDropped() {
        let theme = Theme(name: "t", styles: [
            .speaker: Theme.Style(foreground: .basic(.green), attributes: [.bold, .underline]),
            .person: Theme.Style(foreground: .basic(.green)),
        ])
        let table = StyleTable(colourlessTheme: theme)
        #expect(table[.speaker] == RoleStyle(attributes: [.bold, .underline]))
        #expect(table[.speaker].foreground == .default)
    }

    @Test func aRoleSetApartOnlyByColourTakesTheMonochromeLook() {
        let theme = Theme(name: "t", styles: [.person: Theme.Style(foreground: .palette(114))])
        let table = StyleTable(colourlessTheme: theme)
        #expect(table[.person] == StyleTable.monochrome[.person])
        #expect(table[.person].attributes.contains(.bold), "a person's name still stands out")
        #expect(table[.text] == RoleStyle(), "plain text stays plain")
    }
}

/// `$BROWSER` to an argument vector: the link is always one argument.
@Suite("Browser command")
struct BrowserCommandTests {
    let url = "https://example.org/a?b=1&c='$(rm -rf ~)';x"

    @Test func theLinkIsTheLastArgument() {
        #expect(BrowserCommand.arguments(browser: "firefox", url: url) == ["firefox", url])
        #expect(BrowserCommand.arguments(browser: "w3m -o confirm_qq=0", url: url) == ["w3m", "-o", "confirm_qq=0", url])
    }

    @Test func percentSStandsForTheLinkAndTheFirstOfAListIsUsed() {
        #expect(BrowserCommand.arguments(browser: "lynx -accept_all_cookies %s:firefox", url: "https://e.org") == ["lynx", "-accept_all_cookies", "https://e.org"])
    }

    @Test func noBrowserMeansNoCommand() {
        #expect(BrowserCommand.arguments(browser: nil, url: url) == nil)
        #expect(BrowserCommand.arguments(browser: "", url: url) == nil)
        #expect(BrowserCommand.arguments(browser: "  ", url: url) == nil)
    }

    @Test func onlyWebLinksAreOpened() {
        #expect(BrowserCommand.isWebLink("https://example.org"))
        #expect(BrowserCommand.isWebLink("HTTP://example.org"))
        #expect(!BrowserCommand.isWebLink("file:///etc/passwd"))
        #expect(!BrowserCommand.isWebLink("javascript:alert(1)"))
    }
}
