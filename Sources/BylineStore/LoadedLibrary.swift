import BylineKit
import Foundation

/// A library as loaded through the store: one digest per article in file
/// order, the notes met on the way, the index queries run on, and the whole
/// articles on demand (`article(at:)`), read from the cache when opened.
public struct LoadedLibrary: Sendable {
    /// One per article, in file order (files that could not be read are left
    /// out and have a note instead).
    public var digests: [ArticleDigest]
    /// Each article's key in the cache and the reading state: its absolute path.
    public var keys: [String]
    /// One line per problem met while loading (unreadable file, damaged cache, …).
    public var notes: [String]
    /// Entities, speakers and words → articles; `unread` and `bookmarked` are
    /// filled by `apply(_:)` from the reading state.
    public var index: LibraryIndex
    /// How many files were parsed by this load (the rest came from the cache).
    public var parsedCount: Int
    private var bodies: Bodies

    enum Bodies: Sendable {
        /// Rows of the cache (nil: not cached, parse the file again).
        case cache(LibraryCache, [Int64?])
        /// Parsed in this process, kept in memory encoded (no cache).
        case encoded([Data])
        /// None kept (no cache): each is parsed from its file again.
        case files

        /// Article `i` (its file `file`) as these bodies give it, or parsed
        /// again from its file when they cannot.
        func article(at i: Int, file: String) throws(ArticleLibrary.SkipNote) -> Article {
            switch self {
            case .encoded(let bodies):
                if let article = try? ArticleCoding.decodeArticle(bodies[i], file: file) { return article }
                return try ArticleLibrary.readArticle(at: file).get()
            case .files:
                return try ArticleLibrary.readArticle(at: file).get()
            case .cache(let cache, let ids):
                return try LoadedLibrary.article(row: ids[i], of: cache, file: file)
            }
        }
    }

    /// The article cached in `row`, or parsed from `file` when there is no
    /// such row (not cached, or gone) or it does not decode.
    static func article(row: Int64?, of cache: LibraryCache?, file: String) throws(ArticleLibrary.SkipNote) -> Article {
        if let cache, let row, let article = try? cache.body(id: row, file: file) { return article }
        return try ArticleLibrary.readArticle(at: file).get()
    }

    init(digests: [ArticleDigest], keys: [String], notes: [String], index: LibraryIndex, parsedCount: Int, bodies: Bodies) {
        self.digests = digests
        self.keys = keys
        self.notes = notes
        self.index = index
        self.parsedCount = parsedCount
        self.bodies = bodies
    }

    public var count: Int { digests.count }

    /// The whole article `i` (an index into `digests`): from the cache, or
    /// parsed again from its file if the cache cannot give it.
    public func article(at i: Int) throws(ArticleLibrary.SkipNote) -> Article {
        try bodies.article(at: i, file: digests[i].file)
    }

    /// Builds the text index of the articles parsed since it was last built
    /// (the cache defers it: see `LibraryCache`), so that a later word search
    /// need not wait for it. The reader calls it on its loading thread once
    /// the library is shown; a command leaves it to the first word search.
    /// `stop` is asked between batches; true ends the work there (what
    /// is left is indexed by the next search or start).
    public func indexText(until stop: () -> Bool = { false }) {
        if case .cache(let cache, _) = bodies { _ = try? cache.indexPending(until: stop) }
    }

    /// The articles matching `query`, as indices into `digests`.
    public func matches(_ query: LibraryQuery, marks: MarkSets? = nil) throws(TextSearchFailure) -> [Int] {
        try index.matches(query, marks: marks)
    }

    /// The `is:` sets from `state`'s marks, for `matches(_:marks:)`; throws
    /// when the marks cannot be read.
    public func markSets(from state: ReadingState) throws -> MarkSets {
        ArticleMarks(try state.marks()).sets(keys: keys)
    }
}

/// What a load reports as it goes, for a reader that shows the library before
/// every file is parsed.
public enum LibraryLoadEvent: Sendable {
    /// The article files found, in order, with their keys in the reading
    /// state (absolute paths), the digests the cache already had (nil: to be
    /// parsed) and a way to open those articles at once. Comes once, before
    /// any parsing.
    case listed(files: [String], keys: [String], cached: [ArticleDigest?], bodies: CachedArticles)
    /// More files parsed (and cached): their positions in the `listed` files
    /// with their digests (nil: the file was skipped, with a note) and cache
    /// rows (nil: not cached), and how many of the files to parse are done.
    case parsed([(position: Int, digest: ArticleDigest?, row: Int64?)], done: Int, total: Int)
}

/// The whole articles of the files a load found in the cache, by position in
/// the `listed` files: what a reader opens while the rest are being parsed.
/// The rows of files parsed since are added as they are written
/// (`cached(row:at:)`), so that an article opened during the load is read
/// from the cache, not parsed a second time.
public struct CachedArticles: Sendable {
    let cache: LibraryCache?
    let files: [String]
    private(set) var ids: [Int64?]

    init(cache: LibraryCache?, files: [String], ids: [Int64?]) {
        self.cache = cache
        self.files = files
        self.ids = ids
    }

    /// The file at `position` is now cached in `row`.
    public mutating func cached(row: Int64, at position: Int) {
        if ids.indices.contains(position) { ids[position] = row }
    }

    /// Article `position` from the cache, or parsed from its file when the
    /// cache does not have it (yet).
    public func article(at position: Int) throws(ArticleLibrary.SkipNote) -> Article {
        try LoadedLibrary.article(row: ids[position], of: cache, file: files[position])
    }
}

/// Words and phrases looked up in the cache's FTS5 index, numbered like the
/// library's digests (by path: see `LibraryCache.pathsContaining`).
struct CachedTextSearch: LibraryTextSearch {
    let cache: LibraryCache
    let positions: [String: Int]
    /// Articles of the library the cache could not take (a full disk): the
    /// index cannot answer for them, and says so rather than miss them.
    let uncached: Int

    func articles(containing words: [String], phrase: String) throws(TextSearchFailure) -> Set<Int> {
        if uncached > 0 {
            throw TextSearchFailure("\(uncached) article\(uncached == 1 ? " is" : "s are") not in the word index, as the library cache could not be written (is the disk full?); free some space, or search with --no-cache")
        }
        let paths: [String]
        do { paths = try cache.pathsContaining(words: words) } catch { throw TextSearchFailure("the word index could not be read (\(error))") }
        var result = Set<Int>(minimumCapacity: paths.count)
        for path in paths { if let i = positions[path] { result.insert(i) } }
        return result
    }
}
