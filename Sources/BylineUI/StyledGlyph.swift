/// One grapheme of laid-out text, ready to copy into cells.
struct StyledGlyph: Sendable, Equatable {
    var character: Character
    /// 0 (drawn as nothing), 1 or 2 cells.
    var width: Int
    var role: Role
}
