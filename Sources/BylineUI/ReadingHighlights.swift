import BylineKit

/// Roles laid over the reading pane's glyphs at render time: the emphasised
/// quote (`.quoteFocus`, marks included) and its speaker's mention
/// (`.speakerFocus`), every mention of the emphasised entity
/// (`.mentionFocus`), search matches (`.searchMatch`), and the mention or
/// match `n`/`N` went to (`.selection`). Later spans win: entity, quote,
/// speaker, search, current.
struct ReadingHighlights: Sendable, Equatable {
    struct Span: Sendable, Equatable {
        var range: Range<Int>
        var role: Role
    }

    /// Spans by paragraph, in the order they are laid.
    private(set) var spans: [Int: [Span]] = [:]

    init(_ state: ReaderState) {
        guard let article = state.openArticle else { return }
        switch state.emphasis {
        case .entity(let e, let current)?:
            for (i, m) in state.visibleMentions(of: e).enumerated() {
                add(m.start..<m.end, in: m.paragraph, i == current ? .selection : .mentionFocus)
            }
        case .quote(let q)? where article.quotes.indices.contains(q):
            let quote = article.quotes[q]
            if article.paragraphs.indices.contains(quote.paragraph) {
                let scalars = Array(article.paragraphs[quote.paragraph].text.unicodeScalars)
                add(ArticleStyler.quoteRangeWithMarks(quote.mention, scalars), in: quote.paragraph, .quoteFocus)
            }
            if let m = QuoteFocus.speakerMention(of: quote, in: article) {
                add(m.start..<m.end, in: m.paragraph, .speakerFocus)
            }
        default:
            break
        }
        if let search = state.search {
            for (i, m) in search.matches.enumerated() {
                add(m.start..<m.end, in: m.paragraph, i == search.current ? .selection : .searchMatch)
            }
        }
    }

    private mutating func add(_ range: Range<Int>, in paragraph: Int, _ role: Role) {
        guard !range.isEmpty else { return }
        spans[paragraph, default: []].append(Span(range: range, role: role))
    }

    var isEmpty: Bool { spans.isEmpty }

    /// The line's glyphs with the spans' roles laid over them.
    func glyphs(_ glyphs: [StyledGlyph], of line: ReadingLine) -> [StyledGlyph] {
        guard let p = line.paragraph, let spans = spans[p] else { return glyphs }
        let touching = spans.filter { $0.range.overlaps(line.range) }
        guard !touching.isEmpty else { return glyphs }
        return glyphs.map { glyph in
            var g = glyph
            for span in touching where span.range.contains(g.offset) { g.role = span.role }
            return g
        }
    }
}
