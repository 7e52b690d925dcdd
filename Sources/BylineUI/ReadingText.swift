import BylineKit

/// The open article laid out for the reading pane at one width: a header line
/// (source · author · date, dim), then the paragraphs wrapped with a blank
/// line between them, headings in `.heading`, boilerplate left out or dimmed
/// (`BoilerplateDisplay`). Built once
/// when an article is opened or the pane's width changes, and kept in the
/// state, so that rendering a frame only copies glyphs.
struct ReadingText: Sendable, Equatable {
    var articleIndex: Int?
    var width: Int
    var lines: [ReadingLine]

    static let empty = ReadingText(articleIndex: nil, width: 0, lines: [])

    init(articleIndex: Int?, width: Int, lines: [ReadingLine]) {
        self.articleIndex = articleIndex
        self.width = width
        self.lines = lines
    }

    init(article: Article, index: Int, width: Int, boilerplate: BoilerplateDisplay = .hidden) {
        self.articleIndex = index
        self.width = width
        self.lines = []
        guard width > 0 else { return }
        if let header = ReadingText.headerLine(article.header) {
            for wrapped in TextWrapper.wrap(header, width: width) {
                lines.append(ReadingLine(glyphs: wrapped.text.map { StyledGlyph(character: $0, width: DisplayWidth.of($0), role: .dim) },
                                         paragraph: nil, range: 0..<0))
            }
        }
        // the article's address under it, on one line (cut with `…`: an
        // address wrapped over lines cannot be copied)
        if let url = article.header.url?.trimming(" "), !url.isEmpty {
            let fits = DisplayWidth.of(url) <= width
            var glyphs: [StyledGlyph] = [], used = 0
            for c in url {
                let w = DisplayWidth.of(c)
                guard used + w <= (fits ? width : width - 1) else { break }
                glyphs.append(StyledGlyph(character: c, width: w, role: .dim))
                used += w
            }
            if !fits { glyphs.append(StyledGlyph(character: "…", width: 1, role: .dim)) }
            lines.append(ReadingLine(glyphs: glyphs, paragraph: nil, range: 0..<0))
        }
        let spans = ArticleStyler.spans(article)
        for (p, paragraph) in article.paragraphs.enumerated() where paragraph.kind != .boilerplate || boilerplate == .dimmed {
            let dimmed = paragraph.kind == .boilerplate
            let glyphs = TextWrapper.glyphs(of: paragraph.text, references: paragraph.references)
            let ranges = TextWrapper.lineRanges(glyphs, width: width)
            if ranges.isEmpty { continue }
            if !lines.isEmpty { lines.append(.blank) }
            let paragraphRoles = ArticleStyler.roles(ofParagraph: p, in: article, spans: spans[p])
            for r in ranges {
                var styled: [StyledGlyph] = []
                styled.reserveCapacity(r.count)
                for g in glyphs[r] {
                    let isReference = g.offset == g.end
                    let role = dimmed || isReference ? .dim : g.offset < paragraphRoles.count ? paragraphRoles[g.offset] : .text
                    styled.append(StyledGlyph(character: g.character == "\t" ? " " : g.character, width: g.width, role: role, offset: g.offset))
                }
                let range = r.isEmpty ? glyphs[r.lowerBound].offset..<glyphs[r.lowerBound].offset
                    : glyphs[r.lowerBound].offset..<glyphs[r.upperBound - 1].end
                lines.append(ReadingLine(glyphs: styled, paragraph: p, range: range))
            }
        }
    }

    /// `Source · Author · Date`, the date without its time; nil when none is known.
    static func headerLine(_ header: ArticleHeader) -> String? {
        let parts = [header.source, header.author, header.date.map(ArticleListRow.shortDate)]
            .compactMap { $0?.trimming(" ") }
            .filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The first line showing the scalar at `offset` of paragraph `p` (or the
    /// paragraph's first line after it, or the nearest line before).
    func line(paragraph p: Int, offset: Int) -> Int? {
        var candidate: Int?
        for (i, line) in lines.enumerated() {
            guard let lp = line.paragraph else { continue }
            if lp == p && line.range.upperBound > offset { return i }
            if lp > p { return candidate ?? i }
            if lp == p { candidate = i }
        }
        return candidate
    }

    /// Where line `i` stands in the text, to find it again after rewrapping:
    /// the paragraph and scalar offset of it or of the next paragraph line.
    func anchor(ofLine i: Int) -> (paragraph: Int, offset: Int)? {
        guard i >= 0 else { return nil }
        var j = i
        while j < lines.count {
            if let p = lines[j].paragraph { return (p, lines[j].range.lowerBound) }
            j += 1
        }
        return nil
    }
}

extension String {
    func trimming(_ set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
