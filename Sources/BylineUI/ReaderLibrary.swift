import BylineKit

/// The articles the reader shows: every article's digest at once (what the
/// list, the filter and `}` need) and an article's whole text only when it is
/// opened — from memory, or from the library database — so memory does not
/// grow with the text of articles nobody opens.
public struct ReaderLibrary: Sendable {
    /// One per article, in list order.
    public private(set) var digests: [ArticleDigest]
    /// What filters are evaluated with (its `unread` and `bookmarked` are the
    /// reader's marks).
    public private(set) var index: LibraryIndex
    private let body: @Sendable (Int) -> Result<Article, LoadFailure>

    /// Why an article's text could not be had (the file went away, …).
    public struct LoadFailure: Error, Sendable, Equatable {
        public var message: String
        public init(_ message: String) { self.message = message }
    }

    /// A library whose bodies come from `body` (called with an index into `digests`).
    public init(digests: [ArticleDigest], index: LibraryIndex,
                body: @escaping @Sendable (Int) -> Result<Article, LoadFailure>) {
        self.digests = digests
        self.index = index
        self.body = body
    }

    /// A library held wholly in memory (tests, `--no-cache`).
    public init(articles: [Article]) {
        self.init(digests: articles.map(ArticleDigest.init), index: LibraryIndex(articles: articles)) { .success(articles[$0]) }
    }

    public static let empty = ReaderLibrary(articles: [])

    public var count: Int { digests.count }
    public var isEmpty: Bool { digests.isEmpty }
    public var indices: Range<Int> { digests.indices }

    /// The whole article `i`.
    public func article(at i: Int) -> Result<Article, LoadFailure> {
        guard digests.indices.contains(i) else { return .failure(LoadFailure("no article \(i)")) }
        return body(i)
    }

    func matches(_ query: LibraryQuery) throws(TextSearchFailure) -> [Int] { try index.matches(query) }

    /// The articles not yet read, and those bookmarked: held by the index,
    /// where `is:unread` and `is:bookmarked` look, and nowhere else.
    public var unread: Set<Int> { index.unread }
    public var bookmarked: Set<Int> { index.bookmarked }

    mutating func setMarks(unread: Set<Int>, bookmarked: Set<Int>) {
        index.unread = unread
        index.bookmarked = bookmarked
    }

    /// Marks article `i` read or unread; returns whether that changed anything.
    @discardableResult
    mutating func setRead(_ i: Int, _ read: Bool) -> Bool {
        read ? index.unread.remove(i) != nil : index.unread.insert(i).inserted
    }

    mutating func setBookmarked(_ i: Int, _ marked: Bool) {
        if marked { index.bookmarked.insert(i) } else { index.bookmarked.remove(i) }
    }
}

extension ReaderLibrary: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(digests.count) }

    /// Libraries are compared by what the list shows (articles and marks);
    /// their bodies are a function of the same files.
    public static func == (a: ReaderLibrary, b: ReaderLibrary) -> Bool {
        a.digests == b.digests && a.unread == b.unread && a.bookmarked == b.bookmarked
    }
}
