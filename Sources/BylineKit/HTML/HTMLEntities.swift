/// HTML character references: every named one of the WHATWG table (with and
/// without the final semicolon where HTML allows it), decimal and hex numeric
/// ones, and the Windows-1252 reading of numeric references to 0x80–0x9F, as
/// browsers do. Anything that is not a reference stays as written.
public enum HTMLEntities {
    /// Named references, `amp;` → "&"; names without `;` are the legacy forms.
    static let named: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(2300)
        for line in GeneratedHTMLEntities.table.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            let scalars = parts[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            table[String(parts[0])] = String(String.UnicodeScalarView(scalars))
        }
        return table
    }()

    /// The longest name in the table, semicolon included.
    static let longestName = 32

    /// `text` with every character reference replaced by its characters.
    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "&", let (decoded, length) = reference(in: scalars, at: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i += length
            } else {
                out.append(s)
                i += 1
            }
        }
        return String(out)
    }

    /// The reference starting at `start` (an `&`): its text and its length.
    static func reference(in s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "#" {
            i += 1
            var hex = false
            if i < s.count, s[i] == "x" || s[i] == "X" { hex = true; i += 1 }
            var value: UInt32 = 0
            var digits = 0
            while i < s.count, let d = digit(s[i], hex: hex) {
                if value < 0x110000 { value = value * (hex ? 16 : 10) + d }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < s.count, s[i] == ";" { i += 1 }
            return (String(Character(numeric(value))), i - start)
        }
        // the longest run of letters and digits that names a reference
        var end = i
        while end < s.count, end - i < longestName, isASCIILetter(s[end]) || ("0"..."9").contains(s[end]) {
            end += 1
        }
        guard end > i else { return nil }
        let name = String(String.UnicodeScalarView(s[i..<end]))
        if end < s.count, s[end] == ";", let value = named[name + ";"] {
            return (value, end + 1 - start)
        }
        // legacy names without a semicolon (`&amp`, `&copy`): longest prefix first
        var length = name.unicodeScalars.count
        while length >= 2 {
            let prefix = String(String.UnicodeScalarView(s[i..<(i + length)]))
            if let value = named[prefix] { return (value, length + 1) }
            length -= 1
        }
        return nil
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s)
    }

    private static func digit(_ s: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch s {
        case "0"..."9": s.value - 48
        case "a"..."f" where hex: s.value - 87
        case "A"..."F" where hex: s.value - 55
        default: nil
        }
    }

    /// A numeric reference's character: NUL, surrogates and values past
    /// U+10FFFF are U+FFFD; 0x80–0x9F are read as Windows-1252.
    static func numeric(_ value: UInt32) -> Unicode.Scalar {
        let windows1252: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        if value == 0 { return "\u{FFFD}" }
        if (0x80...0x9F).contains(value) { return Unicode.Scalar(windows1252[Int(value - 0x80)]) ?? "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
