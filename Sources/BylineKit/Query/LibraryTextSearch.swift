/// Where a `LibraryIndex` looks up plain words and `"phrases"`: the library
/// database's full-text index when there is one (`BylineStore`), else an
/// index in memory built from the articles' text.
public protocol LibraryTextSearch: Sendable {
    /// The articles (indices into the library) whose title or non-boilerplate
    /// text holds `words` (folded by `LibraryIndex.fold` and split by
    /// `LibraryIndex.words(in:)`) one after another, whatever spaces,
    /// punctuation or line breaks stand between them; `phrase` is the folded
    /// text as typed.
    func articles(containing words: [String], phrase: String) throws(TextSearchFailure) -> Set<Int>
}

/// Why words could not be searched (the index could not be read, or is not
/// built yet): said, never shown as "no articles match".
public struct TextSearchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Words and phrases searched in memory: a word → articles table, and each
/// article's folded text for checking a phrase, word by word, against the
/// articles that hold all of its words (as FTS5 matches a phrase).
public struct InMemoryTextSearch: LibraryTextSearch {
    private var words: [String: Set<Int>] = [:]
    private var texts: [String] = []

    public init(articles: [Article]) {
        for article in articles { add(article) }
    }

    /// From articles made one at a time (decoded, say) and dropped once
    /// added: only the folded words are held.
    public init(count: Int, article: (Int) -> Article) {
        for i in 0..<count { add(article(i)) }
    }

    /// The text that is searched: the title and every paragraph that is not
    /// boilerplate, one per line.
    public static func searchableText(of article: Article) -> String {
        var text = article.title
        for p in article.paragraphs where p.kind != .boilerplate { text += "\n" + p.text }
        return text
    }

    /// The searchable text's words, folded: what a word or phrase is looked
    /// for in, here and in the cache's FTS5 index alike (so both find the
    /// same articles).
    public static func foldedWords(of article: Article) -> [String] {
        LibraryIndex.foldedWords(in: searchableText(of: article))
    }

    /// Adds the next article (its index is the number added before it).
    private mutating func add(_ article: Article) {
        let id = texts.count
        let found = Self.foldedWords(of: article)
        for w in found { words[w, default: []].insert(id) }
        // (the folded words, one space apart: what a phrase is looked for in)
        texts.append(found.joined(separator: " "))
    }

    public func articles(containing parts: [String], phrase: String) -> Set<Int> {
        guard var candidates = parts.first.map({ words[$0] ?? [] }) else { return [] }
        for w in parts.dropFirst() { candidates.formIntersection(words[w] ?? []) }
        if parts.count == 1 { return candidates }
        return candidates.filter { Self.words(texts[$0].split(separator: " ").map(String.init), containRun: parts) }
    }

    /// Whether `run` occurs in `words` as consecutive words.
    static func words(_ words: [String], containRun run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        for start in 0...(words.count - run.count) where words[start] == run[0] {
            if words[start..<start + run.count].elementsEqual(run) { return true }
        }
        return false
    }
}
