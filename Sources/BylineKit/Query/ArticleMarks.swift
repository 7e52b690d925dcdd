/// Whether an article has been read and whether it is bookmarked.
public struct ArticleMark: Sendable, Equatable {
    public var read: Bool
    public var bookmarked: Bool

    public init(read: Bool = false, bookmarked: Bool = false) {
        self.read = read
        self.bookmarked = bookmarked
    }
}

/// Every article's marks, held once, by the article's key (its absolute
/// path, as the library store names it): an article without an entry is
/// unread and not bookmarked. A library that grows or changes order keeps
/// its marks, since nothing here counts positions.
public struct ArticleMarks: Sendable, Equatable {
    public private(set) var byKey: [String: ArticleMark]

    public init(_ byKey: [String: ArticleMark] = [:]) {
        self.byKey = byKey
    }

    public subscript(key: String) -> ArticleMark {
        get { byKey[key] ?? ArticleMark() }
        set { byKey[key] = newValue == ArticleMark() ? nil : newValue }
    }

    /// The `is:` sets for a library whose article `i` has key `keys[i]`, as a
    /// query takes them.
    public func sets(keys: [String]) -> MarkSets {
        var sets = MarkSets(unread: Set(keys.indices), bookmarked: [])
        guard !byKey.isEmpty else { return sets }
        for (i, key) in keys.enumerated() {
            guard let mark = byKey[key] else { continue }
            if mark.read { sets.unread.remove(i) }
            if mark.bookmarked { sets.bookmarked.insert(i) }
        }
        return sets
    }
}

/// What `is:unread`, `is:read` and `is:bookmarked` match, by library index:
/// handed to `LibraryIndex.matches` with the query, never kept in the index.
public struct MarkSets: Sendable, Equatable {
    public var unread: Set<Int>
    public var bookmarked: Set<Int>

    public init(unread: Set<Int>, bookmarked: Set<Int>) {
        self.unread = unread
        self.bookmarked = bookmarked
    }
}
