/// One line of the reading pane: a wrapped piece of a paragraph (with the
/// paragraph index and the scalar range it covers, for jumps to a mention,
/// and where its glyphs start in the text), or a blank or header line
/// (`paragraph == nil`). Its glyphs are made only when it is drawn
/// (`ReadingText.glyphs(ofLine:in:)`), so a line costs 32 bytes however
/// wide it is.
struct ReadingLine: Sendable, Equatable {
    /// The paragraph (0…), a blank line (-1), or header line k (-2 - k).
    private var source: Int32
    private var lower: Int32
    private var upper: Int32
    /// How many glyphs it shows, from `start`.
    private(set) var count: Int32
    private(set) var start: TextWrapper.Cursor

    static let blank = ReadingLine(source: -1, lower: 0, upper: 0, count: 0, start: .start)

    private init(source: Int32, lower: Int32, upper: Int32, count: Int32, start: TextWrapper.Cursor) {
        self.source = source
        self.lower = lower
        self.upper = upper
        self.count = count
        self.start = start
    }

    /// Line `line` of paragraph `paragraph`.
    init(paragraph: Int, _ line: TextWrapper.LineLayout) {
        self.init(source: Int32(clamping: paragraph), lower: Int32(clamping: line.range.lowerBound),
                  upper: Int32(clamping: line.range.upperBound), count: Int32(clamping: line.count), start: line.start)
    }

    /// The `k`th line of the header (source · author · date, the address).
    static func header(_ k: Int) -> ReadingLine {
        ReadingLine(source: Int32(clamping: -2 - k), lower: 0, upper: 0, count: 0, start: .start)
    }

    var paragraph: Int? { source >= 0 ? Int(source) : nil }
    var headerLine: Int? { source <= -2 ? Int(-2 - source) : nil }
    var range: Range<Int> { Int(lower)..<Int(upper) }
}
