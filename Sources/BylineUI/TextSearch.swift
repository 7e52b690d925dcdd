import BylineKit
import Foundation

/// A search of the open article's text: the query, every match (in reading
/// order, never overlapping) and the one `n`/`N` last went to.
public struct TextSearch: Sendable, Equatable {
    public var query: String
    public var matches: [Mention]
    public var current: Int?

    public init(query: String, matches: [Mention], current: Int? = nil) {
        self.query = query
        self.matches = matches
        self.current = current
    }

    /// Where `query` occurs in the article's shown paragraphs (boilerplate is
    /// hidden, so it is not searched), case and accents ignored; offsets in
    /// Unicode scalars, as `Mention` counts them.
    public init(query: String, in article: Article) {
        self.query = query
        matches = []
        current = nil
        guard !query.isEmpty else { return }
        for (p, paragraph) in article.paragraphs.enumerated() where paragraph.kind != .boilerplate {
            matches += TextSearch.matches(of: query, in: paragraph.text, paragraph: p)
        }
    }

    static func matches(of query: String, in text: String, paragraph: Int) -> [Mention] {
        var result: [Mention] = []
        var searchStart = text.startIndex
        // scalar offset of `counted`, advanced incrementally so a long
        // paragraph with many matches is walked once
        var counted = text.startIndex
        var offset = 0
        let scalars = text.unicodeScalars
        while searchStart < text.endIndex,
              let range = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: searchStart..<text.endIndex) {
            offset += scalars.distance(from: counted, to: range.lowerBound)
            let length = scalars.distance(from: range.lowerBound, to: range.upperBound)
            if length > 0 { result.append(Mention(paragraph: paragraph, start: offset, end: offset + length)) }
            offset += length
            counted = range.upperBound
            searchStart = range.upperBound > range.lowerBound ? range.upperBound : text.index(after: range.lowerBound)
        }
        return result
    }
}
