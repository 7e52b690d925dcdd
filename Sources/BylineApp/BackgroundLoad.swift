import BylineKit
import BylineStore
import BylineUI
import BylineTerminal
import Foundation
import Synchronization

/// Loads the library on a thread of its own while the reader runs: what the
/// cache already has shows at once, parsed articles join as they come, and the
/// whole library (with full-text search) replaces them at the end. Each piece
/// of news signals the loop's `Wakeup`; the loop then `take()`s it. What the
/// two threads share is one `Mutex`-guarded value.
final class BackgroundLoad: Sendable {
    /// What has changed since the last `take()`.
    enum Update {
        /// How far parsing has got, when no library is wanted yet.
        case progress(done: Int, total: Int)
        /// Part of the library, while parsing goes on (words and phrases are
        /// not searchable until the end); `done` of `total` files parsed.
        case partial(ReaderLibrary, done: Int, total: Int)
        case finished(ReaderLibrary, notes: [String], parsed: Int)
        case failed(String)
    }

    private struct Shared {
        var files: [String] = []
        /// The files' keys in the state database, made once when they are listed.
        var keys: [String] = []
        var digests: [ArticleDigest?] = []
        var bodies: CachedArticles?
        var done = 0
        var total = 0
        var changed = false
        var outcome: Result<LoadedLibrary, ArticleLibrary.LoadError>?
        var delivered = false
        /// When the last partial library was built: at most four a second, as
        /// each costs time in proportion to the library.
        var lastPartial: UInt64 = 0
    }

    private let shared = Mutex(Shared())
    /// Set by `stop`: the work after the load (the text index) is not begun,
    /// or ends at its next batch.
    private let stopping = Mutex(false)
    /// Signalled by `stop`, to cut short the wait before the text index.
    private let stopSignal = DispatchSemaphore(value: 0)
    /// Signalled when the thread has done all its work.
    private let threadDone = DispatchSemaphore(value: 0)
    private let wakeup: Wakeup?
    static let partialInterval: UInt64 = 250_000_000

    init(paths: [String], store: LibraryStore, wakeup: Wakeup? = nil) {
        self.wakeup = wakeup
        let thread = Thread { [self] in
            let result = Result { () throws(ArticleLibrary.LoadError) in
                try store.load(paths: paths, events: { [self] event in receive(event) })
            }
            shared.withLock { $0.outcome = result }
            wakeup?.signal()
            if case .success(let library) = result {
                // the list for the next start's first frame
                if let directory = store.cacheDirectory {
                    LibrarySnapshot.write(library, paths: paths, cacheDirectory: directory)
                }
                // words become searchable without the first search waiting for the
                // index; a second later, so that it does not slow the first frames
                if stopSignal.wait(timeout: .now() + 1) == .timedOut {
                    library.indexText(until: { [self] in stopping.withLock { $0 } })
                }
            }
            threadDone.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Ends the thread's work and waits (at most `timeout`) for it: the load
    /// itself goes on to its end, and with it the list for the next start;
    /// the text index is not begun, or stops at its next batch. Called
    /// before the reader quits, so that the list is written even when the
    /// reader is quit as soon as its library is in, and before a new load
    /// replaces this one, so that the old load's indexing never writes to
    /// the cache beside the new load.
    func stop(waitingAtMost timeout: DispatchTimeInterval) {
        stopping.withLock { $0 = true }
        stopSignal.signal()
        if threadDone.wait(timeout: .now() + timeout) == .success { threadDone.signal() }
    }

    /// Whether the whole library has been handed over (or failed).
    var isFinished: Bool { shared.withLock { $0.delivered } }

    private func receive(_ event: LibraryLoadEvent) {
        shared.withLock { state in
            switch event {
            case .listed(let files, let keys, let cached, let bodies):
                state.files = files
                state.keys = keys
                state.digests = cached
                state.bodies = bodies
            case .parsed(let batch, let done, let total):
                for (position, digest, row) in batch where state.digests.indices.contains(position) {
                    state.digests[position] = digest
                    if let row { state.bodies?.cached(row: row, at: position) }
                }
                state.done = done
                state.total = total
            }
            state.changed = true
        }
        wakeup?.signal()
    }

    /// The news since the last call, if any. With `partial` false, a load
    /// still going on reports only its progress (building a partial library
    /// costs time the first frame should not spend).
    func take(partial: Bool = true) -> Update? {
        shared.withLock { state in
            if let outcome = state.outcome, !state.delivered {
                state.delivered = true
                switch outcome {
                case .success(let loaded):
                    return .finished(Self.library(loaded), notes: loaded.notes, parsed: loaded.parsedCount)
                case .failure(let error): return .failed(error.description)
                }
            }
            guard state.changed, !state.delivered else { return nil }
            let now = DispatchTime.now().uptimeNanoseconds
            guard partial, now - state.lastPartial >= Self.partialInterval else {
                if !partial { state.changed = false }   // else the partial library waits for its turn
                return .progress(done: state.done, total: state.total)
            }
            state.changed = false
            state.lastPartial = now
            return .partial(Self.partialLibrary(state), done: state.done, total: state.total)
        }
    }

    /// The articles known so far, in file order, with their keys; an
    /// article's text comes from the cache (or from its file, when the cache
    /// could not take it).
    private static func partialLibrary(_ state: Shared) -> ReaderLibrary {
        var known: [ArticleDigest] = []
        var positions: [Int] = []
        known.reserveCapacity(state.digests.count)
        positions.reserveCapacity(state.digests.count)
        for (position, digest) in state.digests.enumerated() {
            guard let digest else { continue }
            known.append(digest)
            positions.append(position)
        }
        let (files, bodies, cachedPositions) = (state.files, state.bodies, positions)
        let index = LibraryIndex(digests: known, textSearch: NoTextSearchYet())
        let keys = state.keys
        return ReaderLibrary(digests: known, index: index, keys: positions.map { keys[$0] }) { i in
            if let bodies, let article = try? bodies.article(at: cachedPositions[i]) { return .success(article) }
            return ArticleLibrary.readArticle(at: files[cachedPositions[i]]).mapError { ReaderLibrary.LoadFailure($0.message) }
        }

    }

    /// The list as the last start left it (`LibrarySnapshot`), to show while
    /// the library is read: articles open from their files, and names and
    /// words are not searchable until the library is in.
    static func preview(paths: [String], store: LibraryStore) -> ReaderLibrary? {
        guard let directory = store.cacheDirectory,
              let snapshot = LibrarySnapshot.read(paths: paths, cacheDirectory: directory), !snapshot.digests.isEmpty else { return nil }
        let files = snapshot.digests.map(\.file), keys = snapshot.keys
        let cached = SnapshotArticles(cacheDirectory: directory)
        return ReaderLibrary(digests: snapshot.digests, index: LibraryIndex(digests: snapshot.digests, textSearch: NoTextSearchYet()),
                             keys: keys) { i in
            if let article = cached.article(key: keys[i], file: files[i]) { return .success(article) }
            return ArticleLibrary.readArticle(at: files[i]).mapError { ReaderLibrary.LoadFailure($0.message) }
        }
    }

    /// The whole library: bodies from the cache, words through its FTS index.
    static func library(_ loaded: LoadedLibrary) -> ReaderLibrary {
        ReaderLibrary(digests: loaded.digests, index: loaded.index, keys: loaded.keys) { i in
            Result { () throws(ArticleLibrary.SkipNote) in try loaded.article(at: i) }
                .mapError { ReaderLibrary.LoadFailure($0.message) }
        }
    }
}

/// While parsing goes on, words are not searched yet: the reader refilters
/// when the whole library, with its full-text index, arrives.
private struct NoTextSearchYet: LibraryTextSearch {
    func articles(containing words: [String], phrase: String) throws(TextSearchFailure) -> Set<Int> {
        throw TextSearchFailure("words are searchable once the library has loaded")
    }
}
