/// File-name pieces made from text: lowercase ASCII letters and digits joined
/// by single dashes, never empty, never `.` or `..`, never longer than asked.
public enum FeedSlug {
    public static func make(_ text: String, maxLength: Int = 60, fallback: String = "feed") -> String {
        var out = ""
        var dash = false
        for c in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(c)
                if out.count >= maxLength { break }
            } else {
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }

    /// A short, stable hash of `text` (FNV-1a, 64 bits, first 8 hex digits):
    /// two items with the same title get different file names.
    public static func shortHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(8))
    }
}
