import Foundation
import BylineKit

/// The articles the reader shows: every article's digest at once (what the
/// list, the filter and `}` need) and an article's whole text only when it is
/// opened — from memory, or from the library database — so memory does not
/// grow with the text of articles nobody opens.
public struct ReaderLibrary: Sendable {
    /// One per article, in list order.
    public private(set) var digests: [ArticleDigest]
    /// What filters are evaluated with.
    public let index: LibraryIndex
    /// Each article's key, as marks are kept (`ArticleMarks`): the store's
    /// absolute path, or the file as given for a library held in memory.
    public let keys: [String]
    private let body: @Sendable (Int) -> Result<Article, LoadFailure>
    /// Each article's date for "newest first" (`ArticleDigest.sortDate`),
    /// read once: a sort compares numbers, not header text.
    let dates: [Int64]

    /// Why an article's text could not be had (the file went away, …).
    public struct LoadFailure: Error, Sendable, Equatable {
        public var message: String
        public init(_ message: String) { self.message = message }
    }

    /// A library whose bodies come from `body` (called with an index into `digests`).
    public init(digests: [ArticleDigest], index: LibraryIndex, keys: [String]? = nil,
                body: @escaping @Sendable (Int) -> Result<Article, LoadFailure>) {
        self.digests = digests
        self.index = index
        self.keys = keys ?? digests.map(\.file)
        self.body = body
        self.dates = digests.map { $0.sortDate ?? .min }
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

    /// `indices` in the list's order: newest first (an article with no date
    /// and no file time last), or by title or source (A to Z, case and
    /// accents aside; no source last). Ties keep the library's order.
    func ordered(_ indices: [Int], by order: ListOrder) -> [Int] {
        switch order {
        case .date:
            return indices.sorted { dates[$0] != dates[$1] ? dates[$0] > dates[$1] : $0 < $1 }
        case .title, .source:
            let key: (Int) -> String = order == .title
                ? { self.digests[$0].title }
                : { self.digests[$0].header.source ?? "" }
            let keys = Dictionary(uniqueKeysWithValues: indices.map { ($0, LibraryIndex.fold(key($0))) })
            return indices.sorted { a, b in
                let (ka, kb) = (keys[a]!, keys[b]!)
                if ka.isEmpty != kb.isEmpty { return kb.isEmpty }
                return ka != kb ? ka < kb : a < b
            }
        }
    }

    /// The articles `query` matches, its `is:` terms looking in `marks`.
    func matches(_ query: LibraryQuery, marks: ArticleMarks) throws(TextSearchFailure) -> [Int] {
        try index.matches(query, marks: marks.sets(keys: keys))
    }
}

extension ReaderLibrary: Equatable {
    /// Libraries are compared by what the list shows; their bodies are a
    /// function of the same files.
    public static func == (a: ReaderLibrary, b: ReaderLibrary) -> Bool {
        a.digests == b.digests && a.keys == b.keys
    }
}
