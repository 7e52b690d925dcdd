/// The one policy for which characters may reach a terminal. Everything that
/// shows text (the article sanitiser, the reader's cells, the command line's
/// messages, feed names quoted in errors) asks here.
public enum TextSafety {
    /// C0 controls (tab and newline included), DEL, C1 controls, and the bidi
    /// embeddings, overrides and isolates: any of them could make a terminal
    /// do something other than show a character, or show text in another order.
    @inlinable
    public static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

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
