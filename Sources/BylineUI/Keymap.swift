/// Keys to actions, each binding with its help text; the help screen is
/// rendered from it, so it always says what the keys really do.
public struct Keymap: Sendable, Equatable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action a key is bound to, the first binding winning.
    public func action(for key: Key) -> Action? {
        for binding in bindings where binding.keys.contains(key) { return binding.action }
        return nil
    }

    /// The keys bound to an action, for hints (`? help`).
    public func keys(for action: Action) -> [Key] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    /// The first keys of some actions, joined for a hint: `]/[`.
    public func hint(_ actions: Action...) -> String {
        actions.compactMap { keys(for: $0).first?.label }.joined(separator: "/")
    }

    public static let standard = Keymap(bindings: [
        KeyBinding([.character("j"), .down], .moveDown, "move down in the focused pane"),
        KeyBinding([.character("k"), .up], .moveUp, "move up in the focused pane"),
        KeyBinding([.character(" "), .pageDown], .pageDown, "page down"),
        KeyBinding([.character("b"), .pageUp], .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .top, "go to the top"),
        KeyBinding([.character("G"), .end], .bottom, "go to the bottom"),
        KeyBinding([.tab], .focusNext, "focus the next pane"),
        KeyBinding([.backTab], .focusPrevious, "focus the previous pane"),
        KeyBinding([.enter], .activate, "open the article; in the side panel, jump to the mention or quote"),
        KeyBinding([.character("]")], .nextQuote, "next quote in the article"),
        KeyBinding([.character("[")], .previousQuote, "previous quote in the article"),
        KeyBinding([.character("}")], .nextQuoteBySameSpeaker, "next quote by the same speaker, on into later articles"),
        KeyBinding([.character("{")], .previousQuoteBySameSpeaker, "previous quote by the same speaker, back into earlier articles"),
        KeyBinding([.character("s")], .showSpeakers, "the article's speakers; Enter goes to their first quote"),
        KeyBinding([.character("n")], .nextMatch, "next search match, or next mention of the name selected"),
        KeyBinding([.character("N")], .previousMatch, "previous search match, or previous mention"),
        KeyBinding([.character("/")], .openSearchPrompt, "search the article (case and accents ignored)"),
        KeyBinding([.escape], .clearHighlights, "end the search and take the emphasis off"),
        KeyBinding([.character("f")], .openFilterPrompt, "filter: person: speaker: country: org: words \"a phrase\" -not a,b"),
        KeyBinding([.character("F")], .clearFilter, "clear the filter"),
        KeyBinding([.character("p")], .filterBySelectedPerson, "filter by the person selected in the side panel"),
        KeyBinding([.character("c")], .filterBySelectedCountry, "filter by the country selected in the side panel"),
        KeyBinding([.character("u")], .toggleRead, "mark the article read or unread"),
        KeyBinding([.character("m")], .toggleBookmark, "bookmark the article, or take the bookmark off"),
        KeyBinding([.character("r")], .fetchFeeds, "fetch the subscribed feeds (byline feeds add URL subscribes)"),
        KeyBinding([.character("o")], .openLink, "open the article's link in $BROWSER"),
        KeyBinding([.character("t")], .nextTheme, "switch to the next theme"),
        KeyBinding([.character("?")], .toggleHelp, "show or hide this help"),
        KeyBinding([.character("q"), .control("c")], .quit, "quit"),
    ])
}
