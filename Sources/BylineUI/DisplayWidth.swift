/// How many terminal cells a character takes, from tables generated from
/// Unicode's data (`GeneratedDisplayWidth.swift`, by
/// `Scripts/generate-display-width.py`) — never from the locale or the C
/// library's `wcwidth`, so a screen renders the same everywhere (ratatui's
/// `cell_width.rs` does the same).
///
/// - combining marks, zero-width joiners and spaces, variation selectors: 0
/// - East Asian Wide and Fullwidth (CJK, Hangul, kana, fullwidth forms): 2
/// - emoji with emoji presentation, flags, and any base followed by VS16: 2
/// - everything else: 1
///
/// A grapheme cluster is as wide as its base scalar, so an emoji ZWJ sequence
/// (👨‍👩‍👧) is 2 and `❤️` (a text-style heart with VS16) is 2.
public enum DisplayWidth {
    /// The width of one grapheme cluster.
    @inline(__always)
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let base = iterator.next() else { return 0 }
        if base.value < 0x7F {
            // ASCII: printable 1, control 0; VS16 (keycaps `1️⃣`) makes it 2
            if base.value < 0x20 { return 0 }
            guard let next = iterator.next() else { return 1 }
            return next.value == 0xFE0F || hasVS16(iterator) ? 2 : 1
        }
        let width = of(scalar: base)
        // a text-style symbol with VS16 (`❤️`) is drawn as an emoji; flags
        // (regional indicator pairs) are already 2 through the table
        if width == 1 && hasVS16(iterator) { return 2 }
        return width
    }

    /// The width of a string: the sum of its grapheme clusters' widths.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// The width of one scalar standing on its own (as the base of a cluster).
    public static func of(scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if contains(zeroWidth, v) { return 0 }
        if v < 0x1100 { return 1 }
        if contains(wide, v) { return 2 }
        return 1
    }

    private static func hasVS16(_ iterator: String.UnicodeScalarView.Iterator) -> Bool {
        var it = iterator
        while let s = it.next() { if s.value == 0xFE0F { return true } }
        return false
    }

    private static func contains(_ table: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = table[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
