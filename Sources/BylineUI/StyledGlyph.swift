/// One grapheme of laid-out text, ready to copy into cells. Kept small (24
/// bytes, not 40): the reading pane holds one for every character of the
/// open article.
struct StyledGlyph: Sendable, Equatable {
    var character: Character
    private var storedWidth: UInt8
    var role: Role
    private var storedOffset: Int32

    /// 0 (drawn as nothing), 1 or 2 cells.
    var width: Int {
        get { Int(storedWidth) }
        set { storedWidth = UInt8(clamping: newValue) }
    }

    /// Offset of its first Unicode scalar in its paragraph (0 outside paragraphs),
    /// so that emphasis can be laid over the glyphs of a mention. (Articles
    /// are at most 16 MB, far inside 32 bits.)
    var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    init(character: Character, width: Int, role: Role, offset: Int = 0) {
        self.character = character
        storedWidth = UInt8(clamping: width)
        self.role = role
        storedOffset = Int32(clamping: offset)
    }
}
