/// One grapheme of laid-out text, ready to copy into cells.
struct StyledGlyph: Sendable, Equatable {
    var character: Character
    /// 0 (drawn as nothing), 1 or 2 cells.
    var width: Int
    var role: Role
    /// Offset of its first Unicode scalar in its paragraph (0 outside paragraphs),
    /// so that emphasis can be laid over the glyphs of a mention.
    var offset: Int = 0
}
