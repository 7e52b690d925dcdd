/// One line of a wrapped paragraph: its text (no leading or trailing break
/// spaces), the half-open range of Unicode-scalar offsets it covers in the
/// paragraph (the unit `Mention` uses), and its display width in cells.
public struct WrappedLine: Sendable, Equatable {
    public var text: String
    public var range: Range<Int>
    public var width: Int

    public init(text: String, range: Range<Int>, width: Int) {
        self.text = text
        self.range = range
        self.width = width
    }
}
