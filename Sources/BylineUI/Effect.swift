/// What the reader asks of the world outside its state: things only the
/// runtime can do (read an article, start a program, write the state
/// database). `ReaderState.reduce` returns them; the runtime carries them out
/// and reports back with an `Event` where there is something to report, so
/// tests check what was asked without doing it.
public enum Effect: Sendable, Equatable {
    /// Read article `i`'s whole text; it comes back as `Event.articleLoaded`.
    case loadArticle(Int)
    /// Load the named theme and draw in it (`t`): `.themeLoaded` or `.themeFailed` comes back.
    case loadTheme(String)
    /// Open a link in the user's browser (`o`).
    case openLink(String)
    /// Fetch the subscribed feeds in the background (`r`).
    case fetchFeeds
    /// Remember that an article (by its key) is read or unread.
    case setRead(key: String, read: Bool)
    /// Remember that these articles (by key) are read, all at once (`A`).
    case setAllRead(keys: [String])
    /// Remember that an article (by its key) is bookmarked or not.
    case setBookmarked(key: String, bookmarked: Bool)
}
