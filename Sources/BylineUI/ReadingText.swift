import BylineKit

/// The open article laid out for the reading pane at one width: a header line
/// (source · author · date, dim), then the paragraphs wrapped with a blank
/// line between them, headings in `.heading`, boilerplate left out or dimmed
/// (`BoilerplateDisplay`). Made when an article is opened or the pane's width
/// changes, and kept in the state. It holds where each line starts and each
/// paragraph's roles as runs, not glyphs: a frame makes the glyphs of the
/// lines it shows (`glyphs(ofLine:in:)`), so an article of a million lines
/// costs a few bytes a line, and opening it one pass over its text.
struct ReadingText: Sendable, Equatable {
    var articleIndex: Int?
    var width: Int
    private(set) var lines: [ReadingLine]
    /// The header's lines, made whole (they are short).
    private var header: [[StyledGlyph]] = []
    /// Paragraph p's roles: the runs `runs[runStart[p]..<runStart[p + 1]]`,
    /// each role holding from its start to the next run's (`.text` before
    /// the first). Headings and dimmed boilerplate have none: all of them
    /// is `.heading` or `.dim`.
    private var runs: [RoleRun] = []
    private var runStart: [Int32] = []

    struct RoleRun: Sendable, Equatable {
        var start: Int32
        var role: Role
    }

    static let empty = ReadingText()

    private init() {
        articleIndex = nil
        width = 0
        lines = []
    }

    init(article: Article, index: Int, width: Int, boilerplate: BoilerplateDisplay = .hidden) {
        self.articleIndex = index
        self.width = width
        self.lines = []
        guard width > 0 else { return }
        if let headerText = ReadingText.headerLine(article.header) {
            for wrapped in TextWrapper.wrap(headerText, width: width) {
                lines.append(.header(header.count))
                header.append(wrapped.text.map { StyledGlyph(character: $0, width: DisplayWidth.of($0), role: .dim) })
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
            lines.append(.header(header.count))
            header.append(glyphs)
        }
        let spans = ArticleStyler.spans(article)
        runStart.reserveCapacity(article.paragraphs.count + 1)
        for (p, paragraph) in article.paragraphs.enumerated() {
            runStart.append(Int32(clamping: runs.count))
            guard paragraph.kind != .boilerplate || boilerplate == .dimmed else { continue }
            let laid = TextWrapper.layout(paragraph.text, references: paragraph.references, width: width)
            if laid.isEmpty { continue }
            if !lines.isEmpty { lines.append(.blank) }
            for line in laid { lines.append(ReadingLine(paragraph: p, line)) }
            if paragraph.kind == .body, !spans[p].isEmpty {
                var previous: Role?
                for (offset, role) in ArticleStyler.roles(ofParagraph: p, in: article, spans: spans[p]).enumerated() where role != previous {
                    runs.append(RoleRun(start: Int32(clamping: offset), role: role))
                    previous = role
                }
            }
        }
        runStart.append(Int32(clamping: runs.count))
    }

    /// Line `i`'s glyphs, styled: made from `article` (the one laid out) each
    /// time the line is drawn.
    func glyphs(ofLine i: Int, in article: Article) -> [StyledGlyph] {
        guard lines.indices.contains(i) else { return [] }
        let line = lines[i]
        if let k = line.headerLine { return header[k] }
        guard let p = line.paragraph, article.paragraphs.indices.contains(p), p + 1 < runStart.count else { return [] }
        let paragraph = article.paragraphs[p]
        let whole: Role? = switch paragraph.kind {
        case .heading: .heading
        case .boilerplate: .dim
        default: nil
        }
        let first = Int(runStart[p]), end = Int(runStart[p + 1])
        // the last run starting at or before the line (first - 1: none)
        var lo = first, hi = end
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(runs[mid].start) <= line.range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var run = lo - 1
        var stream = TextWrapper.GlyphStream(paragraph.text, references: paragraph.references, at: line.start)
        var result: [StyledGlyph] = []
        result.reserveCapacity(Int(line.count))
        while result.count < Int(line.count), let g = stream.next() {
            let role: Role
            if g.offset == g.end {
                role = .dim  // a `[n]` reference
            } else if let whole {
                role = whole
            } else {
                while run + 1 < end, Int(runs[run + 1].start) <= g.offset { run += 1 }
                role = run >= first ? runs[run].role : .text
            }
            result.append(StyledGlyph(character: g.character == "\t" ? " " : g.character, width: g.width, role: role, offset: g.offset))
        }
        return result
    }

    /// `Source · Author · Date`, the date without its time; nil when none is known.
    static func headerLine(_ header: ArticleHeader) -> String? {
        let parts = [header.source, header.author, header.date.map(ArticleListRow.shortDate)]
            .compactMap { $0?.trimming(" ") }
            .filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The first line showing the scalar at `offset` of paragraph `p` (or the
    /// paragraph's first line after it, or the nearest line before), found
    /// by halving: lines are in paragraph and offset order.
    func line(paragraph p: Int, offset: Int) -> Int? {
        // the first paragraph line at or past (p, offset): blank and header
        // lines are judged by the paragraph line after them
        func isPast(_ i: Int) -> Bool {
            guard let j = nextParagraphLine(from: i), let lp = lines[j].paragraph else { return true }
            return lp > p || (lp == p && lines[j].range.upperBound > offset)
        }
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isPast(mid) { hi = mid } else { lo = mid + 1 }
        }
        let found = nextParagraphLine(from: lo)
        if let found, lines[found].paragraph == p { return found }
        // past the paragraph's end: its last line, if it has one
        var before = lo - 1
        while before >= 0, lines[before].paragraph == nil { before -= 1 }
        if before >= 0, lines[before].paragraph == p { return before }
        return found
    }

    private func nextParagraphLine(from i: Int) -> Int? {
        var j = i
        while j < lines.count {
            if lines[j].paragraph != nil { return j }
            j += 1
        }
        return nil
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
