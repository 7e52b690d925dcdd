import BylineKit
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
        let hex = String(FNV1a.hash64(text.utf8), radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(8))
    }
}
