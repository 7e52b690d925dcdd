/// What a user can bind to a key: tig's request table is the model. Each
/// command has its config-file name (`[keys]` in `config.toml`), its default
/// keys and its help text, written here once; the keymap, the help screen and
/// the config reader are made from this table, in its order.
///
/// Things the world reports (a resize, the library loaded, an article's text)
/// are `Event`s, not commands.
public enum Command: String, CaseIterable, Sendable, Hashable {
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case top
    case bottom
    case focusNext = "focus-next"
    case focusPrevious = "focus-previous"
    /// Enter: open the selected article (list); jump the reading pane to the
    /// selected entity's first mention or the selected quote (side panel).
    case activate
    case nextQuote = "next-quote"
    case previousQuote = "previous-quote"
    /// `}` / `{`: the next / previous quote by the same speaker, continuing
    /// into the next / previous article of the list that quotes them.
    case nextQuoteBySameSpeaker = "next-quote-by-same-speaker"
    case previousQuoteBySameSpeaker = "previous-quote-by-same-speaker"
    case showSpeakers = "show-speakers"
    /// `n` / `N`: the next / previous search match while a search is active,
    /// else the next / previous mention of the entity selected in the side panel.
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case openSearchPrompt = "open-search-prompt"
    case clearHighlights = "clear-highlights"
    case openFilterPrompt = "open-filter-prompt"
    case clearFilter = "clear-filter"
    case filterBySelectedPerson = "filter-by-selected-person"
    case filterBySelectedCountry = "filter-by-selected-country"
    /// `u`: the list's article when the list has the focus, else the open one.
    case toggleRead = "toggle-read"
    case toggleBookmark = "toggle-bookmark"
    case fetchFeeds = "fetch-feeds"
    case openLink = "open-link"
    /// `L`: the article's links, by the numbers its text shows; Enter opens one.
    case showLinks = "show-links"
    case nextTheme = "next-theme"
    /// `J` / `K`: open the next / previous article of the (filtered) list.
    case nextArticle = "next-article"
    case previousArticle = "previous-article"
    /// `>` / `<`: open the next / previous unread article of the list.
    case nextUnread = "next-unread"
    case previousUnread = "previous-unread"
    /// `A`: mark every article of the list read.
    case markAllRead = "mark-all-read"
    /// `S`: order the list newest first, by title, by source, in turn.
    case cycleSort = "cycle-sort"
    case toggleHelp = "toggle-help"
    /// Esc, `h`, ←: back one level — an overlay closes, highlights go, a
    /// pane gives the focus back to the list. Never quits.
    case back
    /// `q`: back one level, as `back`; in the list, quit (newsboat's habit).
    case close
    /// `Q`, Ctrl-C: quit from anywhere.
    case quit

    /// The name `[keys]` in `config.toml` knows the command by.
    public var configName: String { rawValue }

    /// The command a config name stands for.
    public init?(configName: String) { self.init(rawValue: configName) }

    /// The keys bound to the command unless the config says otherwise.
    public var defaultKeys: [Key] {
        switch self {
        case .moveDown: [.character("j"), .down]
        case .moveUp: [.character("k"), .up]
        case .pageDown: [.character(" "), .pageDown]
        case .pageUp: [.character("b"), .pageUp]
        case .top: [.character("g"), .home]
        case .bottom: [.character("G"), .end]
        case .focusNext: [.tab]
        case .focusPrevious: [.backTab]
        case .activate: [.enter]
        case .nextQuote: [.character("]")]
        case .previousQuote: [.character("[")]
        case .nextQuoteBySameSpeaker: [.character("}")]
        case .previousQuoteBySameSpeaker: [.character("{")]
        case .showSpeakers: [.character("s")]
        case .nextMatch: [.character("n")]
        case .previousMatch: [.character("N")]
        case .openSearchPrompt: [.character("/")]
        case .clearHighlights: []
        case .openFilterPrompt: [.character("f")]
        case .clearFilter: [.character("F")]
        case .filterBySelectedPerson: [.character("p")]
        case .filterBySelectedCountry: [.character("c")]
        case .toggleRead: [.character("u")]
        case .toggleBookmark: [.character("m")]
        case .fetchFeeds: [.character("r")]
        case .openLink: [.character("o")]
        case .showLinks: [.character("L")]
        case .nextTheme: [.character("t")]
        case .nextArticle: [.character("J")]
        case .previousArticle: [.character("K")]
        case .nextUnread: [.character(">")]
        case .previousUnread: [.character("<")]
        case .markAllRead: [.character("A")]
        case .cycleSort: [.character("S")]
        case .toggleHelp: [.character("?")]
        case .back: [.escape, .character("h"), .left]
        case .close: [.character("q")]
        case .quit: [.character("Q"), .control("c")]
        }
    }

    /// What the command does, as the help screen says it.
    public var help: String {
        switch self {
        case .moveDown: "move down in the focused pane"
        case .moveUp: "move up in the focused pane"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .top: "go to the top"
        case .bottom: "go to the bottom"
        case .focusNext: "focus the next pane"
        case .focusPrevious: "focus the previous pane"
        case .activate: "open the article; in the side panel, jump to the mention or quote"
        case .nextQuote: "next quote in the article"
        case .previousQuote: "previous quote in the article"
        case .nextQuoteBySameSpeaker: "next quote by the same speaker, on into later articles"
        case .previousQuoteBySameSpeaker: "previous quote by the same speaker, back into earlier articles"
        case .showSpeakers: "the article's speakers; Enter goes to their first quote"
        case .nextMatch: "next search match, or next mention of the name selected"
        case .previousMatch: "previous search match, or previous mention"
        case .openSearchPrompt: "search the article (case and accents ignored)"
        case .clearHighlights: "end the search and take the emphasis off (Esc does it too)"
        case .openFilterPrompt: "filter: person: speaker: country: org: source: words \"a phrase\" -not a,b"
        case .clearFilter: "clear the filter"
        case .filterBySelectedPerson: "filter by the person selected in the side panel"
        case .filterBySelectedCountry: "filter by the country selected in the side panel"
        case .toggleRead: "mark the article read or unread"
        case .toggleBookmark: "bookmark the article, or take the bookmark off"
        case .fetchFeeds: "fetch the subscribed feeds (byline feeds add URL subscribes)"
        case .openLink: "open the article's link in $BROWSER"
        case .showLinks: "the links in the article ([1], [2] …); Enter opens one in $BROWSER"
        case .nextTheme: "switch to the next theme"
        case .nextArticle: "open the next article of the list"
        case .previousArticle: "open the previous article of the list"
        case .nextUnread: "open the next unread article"
        case .previousUnread: "open the previous unread article"
        case .markAllRead: "mark every article of the list read"
        case .cycleSort: "sort the list: newest first, by title, by source"
        case .toggleHelp: "show or hide this help"
        case .back: "back: close the overlay, end the search, return to the list"
        case .close: "back one level; in the list, quit"
        case .quit: "quit from anywhere"
        }
    }
}
