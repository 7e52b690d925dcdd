/// What the reader asks of the world outside its state: things only the
/// terminal loop can do (read a file, start a program, write the state
/// database). `ReaderState` stays a pure value — an action may queue effects,
/// and the loop takes them (`takeEffects()`) after each event and carries
/// them out, so tests check what was asked without doing it.
public enum Effect: Sendable, Equatable {
    /// Load the named theme and draw in it (`t`). If it cannot be loaded the
    /// loop answers with `.useTheme(previous)` and a status message.
    case loadTheme(String)
    /// Open a link in the user's browser (`o`).
    case openLink(String)
    /// Fetch the subscribed feeds in the background (`r`).
    case fetchFeeds
    /// Remember that an article (an index into the reader's articles) is read or unread.
    case setRead(article: Int, read: Bool)
    /// Remember that an article is bookmarked or not.
    case setBookmarked(article: Int, bookmarked: Bool)
}
