import BylineKit
import BylineStore
import BylineUI
import Foundation

/// Loads the library on a thread of its own while the reader runs: what the
/// cache already has shows at once, parsed articles join as they come, and the
/// whole library (with full-text search) replaces them at the end. The loop
/// polls `take()`; everything shared is behind one lock.
final class BackgroundLoad: @unchecked Sendable {
    /// What has changed since the last `take()`.
    enum Update {
        /// How far parsing has got, when no library is wanted yet.
        case progress(done: Int, total: Int)
        /// Part of the library, while parsing goes on (words and phrases are
        /// not searchable until the end); `done` of `total` files parsed.
        /// `keys` are the articles' keys in the state database.
        case partial(ReaderLibrary, keys: [String], done: Int, total: Int)
        case finished(ReaderLibrary, keys: [String], notes: [String], parsed: Int)
        case failed(String)
    }

    private let lock = NSLock()
    private var files: [String] = []
    /// The files' keys in the state database, made once when they are listed.
    private var keys: [String] = []
    private var digests: [ArticleDigest?] = []
    private var bodies: CachedArticles?
    private var done = 0
    private var total = 0
    private var changed = false
    private var outcome: Result<LoadedLibrary, ArticleLibrary.LoadError>?
    private var delivered = false
    /// When the last partial library was built: at most four a second, as
    /// each costs time in proportion to the library.
    private var lastPartial: UInt64 = 0
    private static let partialInterval: UInt64 = 250_000_000

    init(paths: [String], store: LibraryStore) {
        let thread = Thread { [self] in
            let result = Result { () throws(ArticleLibrary.LoadError) in
                try store.load(paths: paths, events: { [self] event in receive(event) })
            }
            lock.withLock { outcome = result }
            // words become searchable without the first search waiting for the
            // index; a second later, so that it does not slow the first frames
            if case .success(let library) = result {
                Thread.sleep(forTimeInterval: 1)
                library.indexText()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Whether the whole library has been handed over (or failed).
    var isFinished: Bool { lock.withLock { delivered } }

    private func receive(_ event: LibraryLoadEvent) {
        lock.withLock {
            switch event {
            case .listed(let files, let keys, let cached, let bodies):
                self.files = files
                self.keys = keys
                digests = cached
                self.bodies = bodies
            case .parsed(let batch, let done, let total):
                for (position, digest) in batch where digests.indices.contains(position) { digests[position] = digest }
                self.done = done
                self.total = total
            }
            changed = true
        }
    }

    /// The news since the last call, if any. With `partial` false, a load
    /// still going on reports only its progress (building a partial library
    /// costs time the first frame should not spend).
    func take(partial: Bool = true) -> Update? {
        lock.withLock {
            if let outcome, !delivered {
                delivered = true
                switch outcome {
                case .success(let loaded):
                    return .finished(Self.library(loaded), keys: loaded.keys, notes: loaded.notes, parsed: loaded.parsedCount)
                case .failure(let error): return .failed(error.description)
                }
            }
            guard changed, !delivered else { return nil }
            let now = DispatchTime.now().uptimeNanoseconds
            guard partial, now - lastPartial >= Self.partialInterval else {
                if !partial { changed = false }   // else the partial library waits for its turn
                return .progress(done: done, total: total)
            }
            changed = false
            lastPartial = now
            let (library, keys) = partialLibrary()
            return .partial(library, keys: keys, done: done, total: total)
        }
    }

    /// The articles known so far, in file order, with their keys; a cached
    /// article's text comes from the cache, a newly parsed one's from its file.
    private func partialLibrary() -> (ReaderLibrary, [String]) {
        var known: [ArticleDigest] = []
        var positions: [Int] = []
        known.reserveCapacity(digests.count)
        positions.reserveCapacity(digests.count)
        for (position, digest) in digests.enumerated() {
            guard let digest else { continue }
            known.append(digest)
            positions.append(position)
        }
        let (files, bodies, cachedPositions) = (self.files, self.bodies, positions)
        let index = LibraryIndex(digests: known, textSearch: NoTextSearchYet())
        let library = ReaderLibrary(digests: known, index: index) { i in
            if let bodies, let article = try? bodies.article(at: cachedPositions[i]) { return .success(article) }
            return ArticleLibrary.readArticle(at: files[cachedPositions[i]]).mapError { ReaderLibrary.LoadFailure($0.message) }
        }
        return (library, positions.map { keys[$0] })
    }

    /// The whole library: bodies from the cache, words through its FTS index.
    static func library(_ loaded: LoadedLibrary) -> ReaderLibrary {
        ReaderLibrary(digests: loaded.digests, index: loaded.index) { i in
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
