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
    /// Marks by article key (absolute path), as the database has them.
    private var marks: [String: ArticleMark]
    private let lastPosition: ReadingPosition?
    private var restored = false
    /// Set once the user presses a key: a position restored after that would yank them away.
    var userHasMoved = false

    /// Why the marks could not be read, for the status line (they are then
    /// kept for this session only: nothing is written over the ones unread).
    private(set) var problem: String?

    init(saved: ReadingState?) {
        do {
            marks = try saved?.marks() ?? [:]
            self.saved = saved
        } catch {
            marks = [:]
            self.saved = nil
            problem = "Marks not read (\(error)); this session's marks are not saved"
        }
        lastPosition = self.saved?.lastPosition()
    }

    static func key(of digest: ArticleDigest) -> String { StorePath.absolute(digest.file) }

    /// What a background-load update means to the reader, as events. Part of
    /// a library is shown only once loading has taken a while
    /// (`showPartial`): a small library then appears whole, not article by article.
    mutating func events(for update: BackgroundLoad.Update, showPartial: Bool = true) -> [Event] {
        switch update {
        case .progress(let done, let total):
            return [.progress(Self.progress(done: done, total: total))]
        case .partial(let library, let keys, let done, let total):
            return (showPartial ? replace(with: library, keys: keys) : []) + [.progress(Self.progress(done: done, total: total))]
        case .finished(let library, let keys, let notes, _):
            var events = replace(with: library, keys: keys) + [.progress(nil)]
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

    /// The library with the database's marks, and the place last read when it is in it.
    private mutating func replace(with library: ReaderLibrary, keys: [String]) -> [Event] {
        var unread = Set<Int>(minimumCapacity: library.count), bookmarked = Set<Int>()
        var restoreAt: (Int, ReadingPosition)?
        for (i, key) in keys.enumerated() {
            let mark = marks.isEmpty ? nil : marks[key]
            if mark?.read != true { unread.insert(i) }
            if mark?.bookmarked == true { bookmarked.insert(i) }
            if !restored, let lastPosition, lastPosition.key == key { restoreAt = (i, lastPosition) }
        }
        var events: [Event] = [.libraryLoaded(library, unread: unread, bookmarked: bookmarked)]
        if let (i, position) = restoreAt {
            restored = true
            if !userHasMoved { events.append(.restorePosition(article: i, paragraph: position.paragraph, offset: position.offset)) }
        }
        return events
    }

    /// Writes a read mark; a problem comes back as a status message.
    mutating func save(read: Bool, article: Int, in library: ReaderLibrary) -> String? {
        guard library.indices.contains(article) else { return nil }
        let key = Self.key(of: library.digests[article])
        marks[key, default: ArticleMark()].read = read
        guard let saved else { return nil }
        do { try saved.setRead(read, key: key) } catch { return "Read mark not saved: \(error)" }
        return nil
    }

    mutating func save(bookmarked: Bool, article: Int, in library: ReaderLibrary) -> String? {
        guard library.indices.contains(article) else { return nil }
        let key = Self.key(of: library.digests[article])
        marks[key, default: ArticleMark()].bookmarked = bookmarked
        guard let saved else { return "Bookmark kept for this session only: the reading-state database could not be opened" }
        do { try saved.setBookmarked(bookmarked, key: key) } catch { return "Bookmark not saved: \(error)" }
        return nil
    }

    /// Where the reader was, for the next start.
    func savePosition(of state: ReaderState) {
        guard let saved, let position = state.readingPosition, state.library.indices.contains(position.article) else { return }
        try? saved.setLastPosition(ReadingPosition(key: Self.key(of: state.library.digests[position.article]),
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
