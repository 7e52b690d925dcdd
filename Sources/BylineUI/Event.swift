import BylineKit

/// What the world reports to the reader: the terminal's input, the library
/// and its articles as they are read, themes, feeds, and what became of an
/// effect. `ReaderState.reduce(_:)` turns each into a change of state and the
/// effects it asks for; nothing else changes the state.
public enum Event: Sendable {
    /// A key, a mouse event or a new terminal size.
    case input(InputEvent)
    /// The library loaded (or grown, while indexing goes on): the list shows
    /// it at once, refiltered; the open article and the list's marker stay on
    /// the same files.
    case libraryLoaded(ReaderLibrary)
    /// The marks the state database holds, read once at the start.
    case marksLoaded(ArticleMarks)
    /// How far loading (or fetching) has got, shown on the status line until nil.
    case progress(String?)
    /// An article's whole text, asked for by `Effect.loadArticle`, or why it
    /// could not be had.
    case articleLoaded(Int, Result<Article, ReaderLibrary.LoadFailure>)
    /// The theme asked for by `Effect.loadTheme` is drawn now.
    case themeLoaded(String)
    /// The theme asked for could not be loaded: the one drawn before stays.
    case themeFailed(String, kept: String, reason: String)
    /// A message for the status line from outside: a fetch's summary, a link
    /// opened, marks that could not be saved.
    case notice(String)
    /// Open an article at a place in its text (where the reader was at its last quit).
    case restorePosition(article: Int, paragraph: Int, offset: Int)
}
