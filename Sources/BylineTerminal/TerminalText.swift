import BylineKit

/// The last line of defence between text and the terminal: what a cell's
/// character becomes on the way out. Pure, no curses.
public enum TerminalText {
    /// Shown in place of a character that must not reach the terminal.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// C0 controls (tab and newline included: a cell never holds them), DEL, C1
    /// controls, and the bidi embeddings, overrides and isolates, any of which
    /// could make the terminal do something other than show a character.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { TextSafety.isControl(scalar.value) }

    /// The scalars to hand the terminal for one cell: a spacing character first,
    /// then at most four combining marks (accents, variation selectors) that
    /// draw in the same cell. Whatever else a grapheme holds (joiners, skin-tone
    /// modifiers, the second flag letter) is left out rather than allowed to
    /// spill into the next cell. Unsafe scalars become `replacement`, or `?`
    /// when the terminal's encoding is not UTF-8 (`unicode == false`), where
    /// everything outside ASCII is `?` too.
    public static func scalars(for character: Character, unicode: Bool) -> [Unicode.Scalar] {
        let fallback: Unicode.Scalar = unicode ? replacement : "?"
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return [" "] }
        if isUnsafe(first) || isCombining(first) { return [fallback] }
        if !unicode { return [first.isASCII ? first : "?"] }
        var result = [first]
        while let next = scalars.next(), result.count < 5 {
            if isCombining(next), !isUnsafe(next) { result.append(next) }
        }
        return result
    }

    /// Marks that draw on the character before them rather than in a cell of their own.
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return (0xFE00...0xFE0F).contains(scalar.value)
        }
    }
}
