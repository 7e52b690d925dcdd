/// One line of the reading pane: a wrapped piece of a paragraph (with the
/// paragraph index and the scalar range it covers, for jumps to a mention),
/// or a blank or header line (`paragraph == nil`).
struct ReadingLine: Sendable, Equatable {
    var glyphs: [StyledGlyph]
    var paragraph: Int?
    var range: Range<Int>

    static let blank = ReadingLine(glyphs: [], paragraph: nil, range: 0..<0)
}
