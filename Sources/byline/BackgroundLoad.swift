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
        /// Part of the library, while parsing goes on (words and phrases are
        /// not searchable until the end); `done` of `total` files parsed.
        case partial(ReaderLibrary, done: Int, total: Int)
        case finished(ReaderLibrary, notes: [String], parsed: Int)
        case failed(String)
    }

    private let lock = NSLock()
    private var files: [String] = []
    private var digests: [ArticleDigest?] = []
    private var done = 0
    private var total = 0
    private var changed = false
    private var outcome: Result<LoadedLibrary, ArticleLibrary.LoadError>?
    private var delivered = false

    init(paths: [String], store: LibraryStore) {
        let thread = Thread { [self] in
            let result = Result { () throws(ArticleLibrary.LoadError) in
                try store.load(paths: paths, events: { [self] event in receive(event) })
            }
            lock.withLock { outcome = result }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Whether the whole library has been handed over (or failed).
    var isFinished: Bool { lock.withLock { delivered } }

    private func receive(_ event: LibraryLoadEvent) {
        lock.withLock {
            switch event {
            case .listed(let files, let cached, _):
                self.files = files
                digests = cached
            case .parsed(let batch, let done, let total):
                for (position, digest) in batch where digests.indices.contains(position) { digests[position] = digest }
                self.done = done
                self.total = total
            }
            changed = true
        }
    }

    /// The news since the last call, if any.
    func take() -> Update? {
        lock.withLock {
            if let outcome, !delivered {
                delivered = true
                switch outcome {
                case .success(let loaded): return .finished(Self.library(loaded), notes: loaded.notes, parsed: loaded.parsedCount)
                case .failure(let error): return .failed(error.description)
                }
            }
            guard changed, !delivered else { return nil }
            changed = false
            return .partial(partialLibrary(), done: done, total: total)
        }
    }

    /// The articles known so far, in file order; their text is read from the
    /// file when opened.
    private func partialLibrary() -> ReaderLibrary {
        var known: [ArticleDigest] = []
        known.reserveCapacity(digests.count)
        for case let digest? in digests { known.append(digest) }
        let files = known.map(\.file)
        let index = LibraryIndex(digests: known, textSearch: NoTextSearchYet())
        return ReaderLibrary(digests: known, index: index) { i in
            ArticleLibrary.readArticle(at: files[i]).mapError { ReaderLibrary.LoadFailure($0.message) }
        }
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
    func articles(containing words: [String], phrase: String) -> Set<Int> { [] }
}
