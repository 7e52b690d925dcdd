/// The one policy for which characters may reach a terminal. Everything that
/// shows text (the article sanitiser, the reader's cells, the command line's
/// messages, feed names quoted in errors) asks here.
public enum TextSafety {
    /// C0 controls (tab and newline included), DEL, C1 controls, the bidi
    /// embeddings, overrides, isolates and marks (U+200E, U+200F, U+061C),
    /// and the zero-width space: any of them could make a terminal do
    /// something other than show a character, show text in another order, or
    /// hide a character in a name.
    @inlinable
    public static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
            || v == 0x200B || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The zero-width joiner and the tag characters are invisible on their
    /// own and kept only where they join (`👨‍👩‍👧`, a conjunct in Devanagari) or
    /// spell a flag's tag sequence (`🏴` then tags then U+E007F).
    @inlinable
    public static func isZeroWidthJoiner(_ v: UInt32) -> Bool { v == 0x200D }
    @inlinable
    public static func isTag(_ v: UInt32) -> Bool { v >= 0xE0000 && v <= 0xE007F }

    /// What the sanitiser takes out of an article's text: the controls but tab
    /// and newline (a text keeps its lines), and byte-order marks.
    @inlinable
    public static func isRemovedFromText(_ v: UInt32) -> Bool {
        (isControl(v) && v != 0x09 && v != 0x0A) || v == 0xFEFF
    }

    /// What may not stand in one line of a message: every control, tab and
    /// newline too, and byte-order marks.
    @inlinable
    public static func isUnsafeInLine(_ s: Unicode.Scalar) -> Bool {
        isControl(s.value) || s.value == 0xFEFF
    }

    /// `text` with every scalar `unsafe` says no to shown as U+FFFD: what a
    /// message or a line of output prints (by default, every control).
    public static func replacing(in text: String, where unsafe: (Unicode.Scalar) -> Bool = { isControl($0.value) }) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { unsafe($0) ? "\u{FFFD}" : $0 }))
    }
}
