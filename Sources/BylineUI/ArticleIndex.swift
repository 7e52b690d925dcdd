import BylineKit

/// The `LibraryIndex` the reader filters with, built once when the reader
/// starts. It is a pure function of the articles, which `ReaderState`
/// already compares, so two indices are always taken as equal: states are
/// compared by what they show.
struct ArticleIndex: Sendable, Equatable {
    private(set) var index: LibraryIndex

    init(articles: [Article]) {
        index = LibraryIndex(articles: articles)
    }

    func matches(_ query: LibraryQuery) -> [Int] { index.matches(query) }

    /// The read and bookmark marks that `is:unread` and `is:bookmarked` see.
    mutating func setMarks(unread: Set<Int>, bookmarked: Set<Int>) {
        index.unread = unread
        index.bookmarked = bookmarked
    }

    static func == (a: ArticleIndex, b: ArticleIndex) -> Bool { a.index.count == b.index.count }
}
