import BylineKit
import BylineStore
import BylineUI
import Foundation

/// The reader's side of the reading-state database: marks and the last
/// position read at the start, each change written as it happens (one
/// transaction each, so a bookmark survives a `kill -9` a moment later), and
/// library updates from the background load turned into events.
struct ReadingSession {
    let saved: ReadingState?
    /// The marks the database held at the start, for the state (which holds
    /// them from then on; this only writes each change through).
    let marks: ArticleMarks
    private let lastPosition: ReadingPosition?
    private var restored = false
    /// Set once the user presses a key: a position restored after that would yank them away.
    var userHasMoved = false

    /// Why the marks could not be read, for the status line (they are then
    /// kept for this session only: nothing is written over the ones unread).
    private(set) var problem: String?

    init(saved: ReadingState?) {
        do {
            marks = ArticleMarks(try saved?.marks() ?? [:])
            self.saved = saved
        } catch {
            marks = ArticleMarks()
            self.saved = nil
            problem = "Marks not read (\(error)); this session's marks are not saved"
        }
        lastPosition = self.saved?.lastPosition()
    }

    /// What a background-load update means to the reader, as events. Part of
    /// a library is shown only once loading has taken a while
    /// (`showPartial`): a small library then appears whole, not article by article.
    mutating func events(for update: BackgroundLoad.Update, showPartial: Bool = true) -> [Event] {
        switch update {
        case .progress(let done, let total):
            return [.progress(Self.progress(done: done, total: total))]
        case .partial(let library, let done, let total):
            return (showPartial ? replace(with: library) : []) + [.progress(Self.progress(done: done, total: total))]
        case .finished(let library, let notes, _):
            var events = replace(with: library) + [.progress(nil)]
            if let message = ReaderState.statusMessage(forNotes: notes) { events.append(.notice(message)) }
            restored = true
            return events
        case .failed(let message):
            restored = true
            return [.progress(nil), .notice(message)]
        }
    }

    static func progress(done: Int, total: Int) -> String {
        total > 0 ? "Indexing: \(done) of \(total) new articles parsed" : "Reading the library…"
    }

    /// The library, and the place last read when it is in it.
    private mutating func replace(with library: ReaderLibrary) -> [Event] {
        var events: [Event] = [.libraryLoaded(library)]
        if !restored, let lastPosition, let i = library.keys.firstIndex(of: lastPosition.key) {
            restored = true
            if !userHasMoved { events.append(.restorePosition(article: i, paragraph: lastPosition.paragraph, offset: lastPosition.offset)) }
        }
        return events
    }

    /// What a change that cannot be saved says (a read-only state database).
    private var readOnly: String? {
        saved?.isReadOnly == true ? "Not saved: the reading state is read-only (\(saved!.path))" : nil
    }

    /// Writes a read mark; a problem comes back as a status message.
    func save(read: Bool, key: String) -> String? {
        if let readOnly { return readOnly }
        guard let saved else { return nil }
        do { try saved.setRead(read, key: key) } catch { return "Read mark not saved: \(error)" }
        return nil
    }

    func save(readKeys keys: [String]) -> String? {
        if let readOnly { return readOnly }
        guard let saved else { return "Read marks kept for this session only: the reading-state database could not be opened" }
        do { try saved.setRead(true, keys: keys) } catch { return "Read marks not saved: \(error)" }
        return nil
    }

    /// The theme chosen with `t`, for the next start.
    func save(theme: String) -> String? {
        guard let saved, !saved.isReadOnly else { return nil }
        do { try saved.rememberTheme(theme) } catch { return "Theme not remembered: \(error)" }
        return nil
    }

    func save(bookmarked: Bool, key: String) -> String? {
        if let readOnly { return readOnly }
        guard let saved else { return "Bookmark kept for this session only: the reading-state database could not be opened" }
        do { try saved.setBookmarked(bookmarked, key: key) } catch { return "Bookmark not saved: \(error)" }
        return nil
    }

    /// Where the reader was, for the next start.
    func savePosition(of state: ReaderState) {
        guard let saved, let position = state.readingPosition, state.library.indices.contains(position.article) else { return }
        try? saved.setLastPosition(ReadingPosition(key: state.library.keys[position.article],
                                                   paragraph: position.paragraph, offset: position.offset))
    }
}

/// Opening the reading-state database for the reader: its notes (a damaged
/// or newer database set aside) go to the status line, and a database that
/// cannot be opened at all means marks last only for this session.
/// The reading-state database, opened for the reader; a problem becomes a note.
public enum SavedReading {
    public static func open(environment: [String: String], notes: inout [String]) -> ReadingState? {
        do {
            let state = try ReadingState.standard(environment: environment)
            notes += state.notes
            return state
        } catch {
            notes.append("Marks kept for this session only: \(error)")
            return nil
        }
    }
}
