import Foundation

/// An index from entities and words to the articles that hold them, so that a
/// query never rescans article text. Entities come from each article's
/// `ArticleDigest`; each field's table (people, speakers, countries,
/// organisations) is built the first time a query needs it, so a start that
/// runs one `country:` query does not pay for the rest. Words and phrases go to
/// a `LibraryTextSearch`: the library database's full-text index
/// (`BylineStore`), or an index in memory when the index is built from articles.
public struct LibraryIndex: Sendable {
    public var count: Int { digests.count }
    private var digests: [ArticleDigest]
    private var tables = Tables()
    private var text: TextIndex

    private enum TextIndex: Sendable {
        case memory(LazyTextSearch)
        case external(any LibraryTextSearch)
    }

    /// The in-memory word index, built the first time a word or phrase is
    /// searched: folding every article's text is most of a `--no-cache`
    /// load's time and memory, which a query by person or country never needs.
    /// Shared by copies of the index, built once under a lock.
    private final class LazyTextSearch: @unchecked Sendable {
        private let lock = NSLock()
        private var article: (@Sendable (Int) -> Article)?
        private let count: Int
        private var built: InMemoryTextSearch?

        init(count: Int, article: @escaping @Sendable (Int) -> Article) {
            self.count = count
            self.article = article
        }

        var search: InMemoryTextSearch {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            let search = article.map { InMemoryTextSearch(count: count, article: $0) } ?? InMemoryTextSearch(articles: [])
            built = search
            article = nil
            return search
        }
    }

    /// An index whose words and phrases are searched in memory.
    public init(articles: [Article]) {
        digests = articles.map(ArticleDigest.init)
        text = .memory(LazyTextSearch(count: articles.count) { articles[$0] })
    }

    /// An index whose words and phrases are searched in memory, in article
    /// `i` as `article(i)` gives it (numbered as `digests`) when a word is
    /// first searched, one at a time: they need not be held whole.
    public init(digests: [ArticleDigest], article: @escaping @Sendable (Int) -> Article) {
        self.digests = digests
        text = .memory(LazyTextSearch(count: digests.count, article: article))
    }

    /// An index of digests whose words and phrases are looked up in `textSearch`
    /// (which numbers articles the same way: the order of `digests`).
    public init(digests: [ArticleDigest], textSearch: any LibraryTextSearch) {
        self.digests = digests
        text = .external(textSearch)
    }

    /// The lazily built tables, shared by copies of the index (they are a pure
    /// function of the digests, and replaced when one is added).
    private final class Tables: @unchecked Sendable {
        private let lock = NSLock()
        private var built: [LibraryQuery.Field: Table] = [:]

        struct Table {
            /// key → the articles, ascending
            var articles: [String: [Int]] = [:]
            /// countries only: folded name → code, for countries outside the gazetteer
            var countryNames: [String: String] = [:]
        }

        func table(_ field: LibraryQuery.Field, _ digests: [ArticleDigest]) -> Table {
            lock.lock()
            defer { lock.unlock() }
            if let t = built[field] { return t }
            let t = Self.build(field, digests)
            built[field] = t
            return t
        }

        private static func build(_ field: LibraryQuery.Field, _ digests: [ArticleDigest]) -> Table {
            var table = Table()
            var memo = KeyMemo()
            func add(_ id: Int, _ key: String) {
                // ids come in ascending order: appending keeps the list sorted
                table.articles[key, default: []].appendUnlessLast(id)
            }
            for (id, article) in digests.enumerated() {
                switch field {
                case .person:
                    for e in article.entities where e.kind == .person { for key in memo.keys(e) { add(id, key) } }
                case .country:
                    for e in article.entities where e.kind == .country {
                        guard let code = e.code else { continue }
                        add(id, code)
                        table.countryNames[memo.keys(e)[0]] = code
                    }
                case .org:
                    for e in article.entities where e.kind == .organisation { for key in memo.keys(e) { add(id, key) } }
                case .speaker:
                    for name in article.speakers {
                        if let e = article.entity(named: name) {
                            var keys = memo.keys(e)
                            if e.kind == .country, let code = e.code { keys = [keys[0], code.lowercased()] }
                            for key in keys { add(id, key) }
                        } else {
                            add(id, memo.fold(name))
                        }
                    }
                case .source:
                    // the whole name or any word of it: `source:guardian` finds The Guardian
                    guard let source = article.header.source else { break }
                    let folded = memo.fold(source)
                    add(id, folded)
                    for word in folded.split(separator: " ") where word.count > 2 && word != "the" { add(id, String(word)) }
                case .is:
                    break
                }
            }
            return table
        }
    }

    /// Keys already worked out while building: the same names recur across
    /// thousands of articles, and folding is the costly part of a build.
    private struct KeyMemo {
        private var entities: [String: [String]] = [:]
        private var folded: [String: String] = [:]

        mutating func fold(_ s: String) -> String {
            if let f = folded[s] { return f }
            let f = LibraryIndex.fold(s)
            folded[s] = f
            return f
        }

        /// A person's keys, an organisation's keys, or a country's folded name.
        mutating func keys(_ e: DigestEntity) -> [String] {
            var id = e.name + (e.kind == .person ? "\u{0}p" : e.kind == .country ? "\u{0}c" : "\u{0}o")
            if e.kind == .person { for a in e.aliases { id += "\u{0}" + a } }
            if let k = entities[id] { return k }
            let k: [String] = switch e.kind {
            case .person: LibraryIndex.personKeys(name: e.name, aliases: e.aliases)
            case .organisation: LibraryIndex.organisationKeys(e.name)
            case .country: [fold(e.name)]
            }
            entities[id] = k
            return k
        }
    }

    /// The articles (indices into the library) that match the query, in order.
    /// The articles a query matches, in library order; `is:` terms look in
    /// `marks` (without them every article is unread and none bookmarked).
    /// Throws when a word or phrase in it cannot be searched.
    public func matches(_ query: LibraryQuery, marks: MarkSets? = nil) throws(TextSearchFailure) -> [Int] {
        var result = Set(0..<count)
        let marks = marks ?? MarkSets(unread: Set(0..<count), bookmarked: [])
        for clause in query.clauses {
            let set = try articles(for: clause.term, marks: marks)
            if clause.negated { result.subtract(set) } else { result.formIntersection(set) }
            if result.isEmpty { break }
        }
        return result.sorted()
    }

    private func articles(for term: LibraryQuery.Term, marks: MarkSets) throws(TextSearchFailure) -> Set<Int> {
        switch term {
        case .text(let phrase):
            let folded = Self.fold(phrase)
            let parts = Self.words(in: folded)
            guard !parts.isEmpty else { return [] }
            switch text {
            case .memory(let lazy): return lazy.search.articles(containing: parts, phrase: folded)
            case .external(let search): return try search.articles(containing: parts, phrase: folded)
            }
        case .field(let field, let values):
            var union = Set<Int>()
            let table = field == .is ? Tables.Table() : tables.table(field, digests)
            for value in values {
                let key = Self.fold(value)
                switch field {
                case .person, .speaker, .org, .source: union.formUnion(table.articles[key] ?? [])
                case .country:
                    if let code = countryCode(for: value, names: table.countryNames) { union.formUnion(table.articles[code] ?? []) }
                case .is:
                    switch key {
                    case "unread": union.formUnion(marks.unread)
                    case "read": union.formUnion(Set(0..<count).subtracting(marks.unread))
                    default: union.formUnion(marks.bookmarked)
                    }
                }
            }
            return union
        }
    }

    /// A country by name, ISO code, demonym, city or government metonym.
    public func countryCode(for value: String) -> String? {
        countryCode(for: value, names: tables.table(.country, digests).countryNames)
    }

    private func countryCode(for value: String, names countryNames: [String: String]) -> String? {
        // a country's own name, as the articles name it, needs no gazetteer
        // (whose tables take a moment to build, which a warm `byline list` feels)
        let key = Self.fold(value)
        if let code = countryNames[key] { return code }
        if let c = Gazetteer.standard.lookup(query: value) { return c.code }
        if key.count == 2 { return key.uppercased() }
        return nil
    }

    // MARK: Keys

    /// Lowercase, accents and case folded, spaces collapsed: `Erdoğan` → `erdogan`.
    public static func fold(_ s: String) -> String {
        // ASCII (most names and words): folding is lowercasing
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// Every way to name a person in a query: full name, aliases, and each part
    /// (so `zelensky` and `volodymyr` both find Volodymyr Zelensky).
    static func personKeys(name: String, aliases: [String]) -> [String] {
        var keys = Set<String>()
        for form in [name] + aliases {
            let f = fold(form)
            keys.insert(f)
            for part in f.split(whereSeparator: { $0 == " " || $0 == "-" }) where part.count > 1 && !NameRules.nameParticles.contains(String(part)) {
                keys.insert(String(part))
            }
        }
        return Array(keys)
    }

    /// An organisation by its full name, its acronym, or a distinctive word.
    static func organisationKeys(_ name: String) -> [String] {
        let f = fold(name)
        var keys: Set<String> = [f]
        let parts = f.split(separator: " ").map(String.init)
        if parts.count > 1 {
            let initials = String(parts.filter { !["of", "the", "and", "for"].contains($0) }.compactMap(\.first))
            if initials.count > 1 { keys.insert(initials) }
            for p in parts where p.count > 3 && !NameRules.organisationHeads.contains(p) && !["the", "of", "and", "for"].contains(p) { keys.insert(p) }
        }
        if f.hasPrefix("the ") { keys.insert(String(f.dropFirst(4))) }
        return Array(keys)
    }

    /// The words of `text`, each folded (`fold`): what `words(in: fold(text))`
    /// gives, found scalar by scalar and folded word by word, so that the
    /// mostly ASCII words of a long text never go through Foundation's
    /// folding (building the in-memory word index was most of a `--no-cache`
    /// word query's time).
    public static func foldedWords(in text: String) -> [String] {
        var out: [String] = []
        var word: [UInt8] = []   // (the word's UTF-8, ASCII letters lowercased as they come)
        var ascii = true
        func finish() {
            guard !word.isEmpty else { return }
            let found = String(decoding: word, as: UTF8.self)
            if ascii { out.append(found) } else { out += words(in: fold(found)) }
            word.removeAll(keepingCapacity: true)
            ascii = true
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    word.append(b)
                } else if b >= 0x41 && b <= 0x5A {
                    word.append(b + 0x20)
                } else {
                    finish()
                }
                continue
            }
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                || p.generalCategory == .spacingMark || p.generalCategory == .enclosingMark {
                ascii = false
                UTF8.encode(scalar) { word.append($0) }
            } else {
                finish()
            }
        }
        finish()
        return out
    }

    public static func words(in text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

private extension Array where Element == Int {
    mutating func appendUnlessLast(_ id: Int) {
        if last != id { append(id) }
    }
}
