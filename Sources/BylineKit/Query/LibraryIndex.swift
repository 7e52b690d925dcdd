import Foundation

/// An index from entities and words to the articles that hold them, built once
/// when the library loads, so that a query never rescans article text it does
/// not need to (only a phrase is checked against the few articles that have all
/// its words).
public struct LibraryIndex: Sendable {
    public private(set) var count: Int
    private var people: [String: Set<Int>] = [:]
    private var speakers: [String: Set<Int>] = [:]
    private var countries: [String: Set<Int>] = [:]   // ISO code → articles
    private var countryNames: [String: String] = [:]  // folded name → code, for countries outside the gazetteer
    private var organisations: [String: Set<Int>] = [:]
    private var words: [String: Set<Int>] = [:]
    private var texts: [String]                       // folded text, for phrases
    /// Read and bookmark state, kept by the caller (`is:` terms).
    public var unread: Set<Int> = []
    public var bookmarked: Set<Int> = []

    public init(articles: [Article]) {
        count = 0
        texts = []
        for article in articles { add(article) }
    }

    /// Adds one more article (its index is the number added before it).
    public mutating func add(_ article: Article) {
        let id = count
        count += 1
        for e in article.entities {
            switch e.kind {
            case .person:
                for key in Self.personKeys(e) { people[key, default: []].insert(id) }
            case .country:
                if let code = e.code { countries[code, default: []].insert(id); countryNames[Self.fold(e.name)] = code }
            case .organisation:
                for key in Self.organisationKeys(e.name) { organisations[key, default: []].insert(id) }
            }
        }
        for q in article.quotes {
            guard let name = q.speaker else { continue }
            if let e = article.entity(named: name) {
                let keys: [String] = switch e.kind {
                case .person: Self.personKeys(e)
                case .organisation: Self.organisationKeys(e.name)
                case .country: [Self.fold(e.name)] + (e.code.map { [$0.lowercased()] } ?? [])
                }
                for key in keys { speakers[key, default: []].insert(id) }
            } else {
                speakers[Self.fold(name), default: []].insert(id)
            }
        }
        var text = Self.fold(article.title)
        for p in article.paragraphs where p.kind != .boilerplate { text += "\n" + Self.fold(p.text) }
        for w in Self.words(in: text) { words[w, default: []].insert(id) }
        texts.append(text)
    }

    /// The articles (indices into the library) that match the query, in order.
    public func matches(_ query: LibraryQuery) -> [Int] {
        var result = Set(0..<count)
        for clause in query.clauses {
            let set = articles(for: clause.term)
            if clause.negated { result.subtract(set) } else { result.formIntersection(set) }
            if result.isEmpty { break }
        }
        return result.sorted()
    }

    private func articles(for term: LibraryQuery.Term) -> Set<Int> {
        switch term {
        case .text(let phrase):
            let folded = Self.fold(phrase)
            let parts = Self.words(in: folded)
            guard var candidates = parts.first.map({ words[$0] ?? [] }) else { return [] }
            for w in parts.dropFirst() { candidates.formIntersection(words[w] ?? []) }
            if parts.count == 1 { return candidates }
            return candidates.filter { texts[$0].contains(folded) }
        case .field(let field, let values):
            var union = Set<Int>()
            for value in values {
                let key = Self.fold(value)
                switch field {
                case .person: union.formUnion(people[key] ?? [])
                case .speaker: union.formUnion(speakers[key] ?? [])
                case .org: union.formUnion(organisations[key] ?? [])
                case .country:
                    if let code = countryCode(for: value) { union.formUnion(countries[code] ?? []) }
                case .is:
                    switch key {
                    case "unread": union.formUnion(unread)
                    case "read": union.formUnion(Set(0..<count).subtracting(unread))
                    default: union.formUnion(bookmarked)
                    }
                }
            }
            return union
        }
    }

    /// A country by name, ISO code, demonym, city or government metonym.
    public func countryCode(for value: String) -> String? {
        if let c = Gazetteer.standard.lookup(query: value) { return c.code }
        let key = Self.fold(value)
        if let code = countryNames[key] { return code }
        if key.count == 2 { return key.uppercased() }
        return nil
    }

    // MARK: Keys

    /// Lowercase, accents and case folded, spaces collapsed: `Erdoğan` → `erdogan`.
    public static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// Every way to name a person in a query: full name, aliases, and each part
    /// (so `zelensky` and `volodymyr` both find Volodymyr Zelensky).
    static func personKeys(_ e: Entity) -> [String] {
        var keys = Set<String>()
        for form in [e.name] + e.aliases {
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

    static func words(in text: String) -> [String] {
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
