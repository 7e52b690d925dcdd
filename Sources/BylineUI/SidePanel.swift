import BylineKit

/// The side panel's rows for one article: People, Countries, Organisations
/// (each entity with its mention count, most mentioned first) and Quotes,
/// each on two lines: who said it, then its own opening words (a quote
/// repeated word for word by the same speaker, as a headline's, is listed
/// once). Empty sections are left out. Each row knows the section it belongs
/// to, which the panel's top border shows.
public struct SidePanel: Sendable, Equatable {
    public var rows: [SidePanelRow]
    /// The section title of each row.
    public var sections: [String]

    public static let empty = SidePanel(rows: [], sections: [])

    public init(rows: [SidePanelRow], sections: [String]) {
        self.rows = rows
        self.sections = sections
    }

    public init(article: Article) {
        rows = []
        sections = []
        let groups: [(String, Entity.Kind)] = [("People", .person), ("Countries", .country), ("Organisations", .organisation)]
        for (title, kind) in groups {
            let entities = article.entities.enumerated()
                .filter { $0.element.kind == kind }
                .sorted { a, b in
                    a.element.mentions.count != b.element.mentions.count
                        ? a.element.mentions.count > b.element.mentions.count : a.offset < b.offset
                }
                .map(\.element)
            guard !entities.isEmpty else { continue }
            add(section: title)
            for e in entities {
                rows.append(.entity(name: e.name, kind: e.kind, count: e.mentions.count, target: e.mentions.min()))
                sections.append(title)
            }
        }
        if !article.quotes.isEmpty {
            add(section: "Quotes")
            var listed = Set<[String?]>()
            for q in article.quotes.sorted(by: { $0.mention < $1.mention }) {
                guard listed.insert([q.speaker, q.text]).inserted else { continue }
                rows.append(.quote(speaker: q.speakerOrUnattributed, text: q.text, target: q.mention))
                rows.append(.quoteText(q.text, target: q.mention))
                sections += ["Quotes", "Quotes"]
            }
        }
        if rows.isEmpty {
            rows.append(.note("No names or quotes found"))
            sections.append("People")
        }
    }

    private mutating func add(section title: String) {
        // the first section's title stands in the panel's top border
        if !rows.isEmpty {
            rows.append(.section(title))
            sections.append(title)
        }
    }

    /// The row of the quote that stands at `mention`.
    public func row(ofQuoteAt mention: Mention) -> Int? {
        rows.firstIndex {
            if case .quote(_, _, let target) = $0 { return target == mention }
            return false
        }
    }

    public var firstSelectable: Int? { rows.firstIndex { $0.isSelectable } }
    public var lastSelectable: Int? { rows.lastIndex { $0.isSelectable } }

    /// The selectable row nearest `row` in `direction` (+1/-1), `row` itself
    /// included; falls back to the other direction.
    func selectable(from row: Int, direction: Int) -> Int? {
        guard !rows.isEmpty else { return nil }
        var i = min(max(row, 0), rows.count - 1)
        while i >= 0 && i < rows.count {
            if rows[i].isSelectable { return i }
            i += direction
        }
        i = min(max(row, 0), rows.count - 1)
        while i >= 0 && i < rows.count {
            if rows[i].isSelectable { return i }
            i -= direction
        }
        return nil
    }
}
