/// What a TOML file must look like before it is handed to the TOML library:
/// small enough, and no key or value nested deeper than people write. A key
/// of 200,000 dotted parts, or arrays nested as deep, overflow the stack of
/// the C++ parser underneath (a crash, the terminal left in the reader's
/// modes); this check refuses them first, with the line and the reason.
public enum TOMLShape {
    /// The largest config, theme or feeds file read (1 MiB: a feeds.toml of
    /// ten thousand feeds is about one).
    public static let maximumBytes = 1 << 20
    /// The most parts a dotted key may have, and the deepest nesting of
    /// arrays and inline tables.
    public static let maximumDepth = 32

    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int?
        public var reason: String
        public var description: String { reason }
    }

    /// Nil when `text` may be parsed; else where and why not. Strings (basic,
    /// literal and multi-line) and comments are stepped over, so dots and
    /// brackets inside them count for nothing.
    public static func check(_ text: String) -> Refusal? {
        let bytes = Array(text.utf8)
        guard bytes.count <= maximumBytes else {
            return Refusal(line: nil, reason: "the file is \(bytes.count) bytes; at most \(maximumBytes) are read")
        }
        var line = 1, depth = 0, dots = 0, i = 0
        let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
        func skipString(_ mark: UInt8) {
            let multi = i + 2 < bytes.count && bytes[i + 1] == mark && bytes[i + 2] == mark
            i += multi ? 3 : 1
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\n") { line += 1 }
                if b == UInt8(ascii: "\\"), mark == quote { i += 2; continue }
                if b == mark {
                    if !multi { i += 1; return }
                    if i + 2 < bytes.count, bytes[i + 1] == mark, bytes[i + 2] == mark { i += 3; return }
                }
                i += 1
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\n"):
                line += 1
                dots = 0
            case UInt8(ascii: "#"):
                while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            case quote, apostrophe:
                skipString(b)
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth {
                    return Refusal(line: line, reason: "nested more than \(maximumDepth) deep")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "."):
                dots += 1
                if dots > maximumDepth {
                    return Refusal(line: line, reason: "a key of more than \(maximumDepth) dotted parts")
                }
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
