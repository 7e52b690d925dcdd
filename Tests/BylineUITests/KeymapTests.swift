import Testing
@testable import BylineUI

@Suite struct KeymapTests {
    @Test(arguments: [
        (Key.character("j"), Command.moveDown), (.down, .moveDown),
        (.character("k"), .moveUp), (.up, .moveUp),
        (.character(" "), .pageDown), (.pageDown, .pageDown),
        (.character("b"), .pageUp), (.pageUp, .pageUp),
        (.character("g"), .top), (.home, .top),
        (.character("G"), .bottom), (.end, .bottom),
        (.tab, .focusNext), (.backTab, .focusPrevious),
        (.enter, .activate), (.character("?"), .toggleHelp), (.character("q"), .close), (.character("Q"), .quit),
        (.control("c"), .quit), (.escape, .back), (.character("h"), .back), (.left, .back),
        (.character("J"), .nextArticle), (.character("K"), .previousArticle),
        (.character(">"), .nextUnread), (.character("<"), .previousUnread), (.character("A"), .markAllRead),
    ])
    func standardKeys(_ key: Key, _ command: Command) {
        #expect(Keymap.standard.command(for: key) == command)
    }

    @Test(arguments: [
        (Key.character("]"), Command.nextQuote), (.character("["), .previousQuote),
        (.character("}"), .nextQuoteBySameSpeaker), (.character("{"), .previousQuoteBySameSpeaker),
        (.character("n"), .nextMatch), (.character("N"), .previousMatch),
        (.character("s"), .showSpeakers), (.character("/"), .openSearchPrompt),
        (.character("f"), .openFilterPrompt), (.character("F"), .clearFilter),
        (.character("p"), .filterBySelectedPerson), (.character("c"), .filterBySelectedCountry),
    ])
    func navigationAndFilterKeys(_ key: Key, _ command: Command) {
        #expect(Keymap.standard.command(for: key) == command)
    }

    @Test func tSwitchesTheme() {
        #expect(Keymap.standard.command(for: .character("t")) == .nextTheme)
        #expect(Command.nextTheme.configName == "next-theme")
    }

    @Test func hintsJoinTheFirstKeyOfEachCommand() {
        #expect(Keymap.standard.hint(.nextQuote, .previousQuote) == "]/[")
        #expect(Keymap.standard.hint(.moveDown) == "j")
        #expect(Keymap(bindings: []).hint(.nextQuote) == "")
    }

    @Test func everyBindingHasKeysAndHelpAndNoKeyIsBoundTwice() {
        var seen = Set<Key>()
        for binding in Keymap.standard.bindings {
            // (clear-highlights is left for config.toml: Esc, going back, does it first)
            #expect(!binding.keys.isEmpty || binding.command == .clearHighlights)
            #expect(!binding.help.isEmpty)
            for key in binding.keys { #expect(seen.insert(key).inserted, "\(key) bound twice") }
        }
    }

    @Test func helpListsEveryBindingFromTheKeymap() {
        let lines = HelpText.lines(.standard)
        #expect(lines.first == "j/↓         move down in the focused pane")
        for binding in Keymap.standard.bindings where !binding.keys.isEmpty {
            #expect(lines.contains { $0.hasPrefix(binding.label) && $0.hasSuffix(binding.help) })
        }
        #expect(!lines.contains { $0.hasSuffix(Command.clearHighlights.help) }, "a command with no key is not listed")
        var custom = Keymap.standard
        custom.rebind(.quit, to: [.character("x")])
        #expect(HelpText.lines(custom).contains { $0.hasPrefix("x ") && $0.hasSuffix("quit from anywhere") })
    }
}
