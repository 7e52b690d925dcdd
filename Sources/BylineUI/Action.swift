/// Everything the reader can be asked to do (tig's request enum is the model).
/// Keys map to actions through the `Keymap`; `ReaderState.apply` is the only
/// place state changes.
///
public enum Action: Sendable, Equatable, Hashable {
    /// Move down/up one row (list, side panel) or one line (reading pane).
    case moveDown, moveUp
    /// A screenful down/up in the focused pane.
    case pageDown, pageUp
    /// First/last row or line of the focused pane.
    case top, bottom
    case focusNext, focusPrevious
    /// Enter: open the selected article (list); jump the reading pane to the
    /// selected entity's first mention or the selected quote (side panel).
    case activate
    case toggleHelp
    case closeHelp
    case quit
    case resize(Size)
    /// Show a message on the status line (nil clears it), e.g. load notes.
    case setStatus(String?)

    /// `]` / `[`: the next / previous quote in the open article.
    case nextQuote, previousQuote
    /// `}` / `{`: the next / previous quote by the same speaker, continuing
    /// into the next / previous article of the list that quotes them.
    case nextQuoteBySameSpeaker, previousQuoteBySameSpeaker
    /// `n` / `N`: the next / previous search match while a search is active,
    /// else the next / previous mention of the entity selected in the side panel.
    case nextMatch, previousMatch
    /// `s`: the list of the article's speakers with their quote counts.
    case showSpeakers
    /// `f`: the filter prompt; `F`: the whole library again.
    case openFilterPrompt, clearFilter
    /// Filter the list by a query, as if typed at the filter prompt.
    case applyFilter(String)
    /// `p` / `c`: filter by the person / country selected in the side panel.
    case filterBySelectedPerson, filterBySelectedCountry
    /// `/`: the search prompt.
    case openSearchPrompt
    /// Search the open article's text, as if typed at the search prompt.
    case search(String)
    /// Esc: end the search and take the emphasis off.
    case clearHighlights
    /// A mouse press at a screen cell: selects the row under it and focuses
    /// its pane; a press on the row already selected opens it (list) or jumps
    /// to it (side panel).
    case click(x: Int, y: Int)
    /// `u`: mark the article read or unread (the list's one when the list has
    /// the focus, else the open one). Opening an article marks it read.
    case toggleRead
    /// `m`: bookmark the article, or take its bookmark off.
    case toggleBookmark
    /// The library loaded (or grown, while indexing goes on): the list shows
    /// it at once, refiltered; the open article and the list's marker stay
    /// on the same files. `unread` and `bookmarked` are the marks the state
    /// database has for it.
    case replaceLibrary(ReaderLibrary, unread: Set<Int>, bookmarked: Set<Int>)
    /// How far loading has got, shown on the status line until nil.
    case setProgress(String?)
    /// Open an article at a place in its text (where the reader was at its last quit).
    case restorePosition(article: Int, paragraph: Int, offset: Int)
    /// `r`: fetch the subscribed feeds in the background; new articles join
    /// the list when they are in.
    case fetchFeeds
    /// `o`: open the article's link (its `URL:`) in the browser.
    case openLink
    /// `t`: the next theme of `ReaderState.themeNames`, named on the status line.
    /// The terminal loop loads it and redraws in it.
    case nextTheme
    /// Make `name` the theme in force without a message: the loop's way back
    /// to the previous theme when the next one cannot be loaded.
    case useTheme(String)
    /// The mouse wheel over a cell: scrolls the pane under it by `lines`
    /// (negative: up).
    case wheel(x: Int, y: Int, lines: Int)
}
