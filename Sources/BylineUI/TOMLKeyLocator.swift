/// Finds the line on which a TOML key (or a value under it) is written, so
/// that problems the TOML parser cannot see — an unknown role, a bad colour —
/// are reported at their line. TOMLKit gives positions only for syntax errors;
/// this reads the source text itself, knowing just enough TOML to skip
/// comments, strings, multi-line strings and multi-line arrays.
struct TOMLKeyLocator: Sendable {
    private struct Entry: Sendable {
        var path: [String]
        var line: Int
    }

    private let entries: [Entry]
    private let lines: [Substring]

    init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var entries: [Entry] = []
        var table: [String] = []
        var state = ValueScanner()
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            if state.continues {
                state.scan(rawLine[...])
                continue
            }
            var rest = rawLine.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("[") {
                let isArrayTable = rest.hasPrefix("[[")
                rest = rest.dropFirst(isArrayTable ? 2 : 1)
                if let path = Self.parseKey(&rest, terminator: "]") {
                    table = path
                    entries.append(Entry(path: path, line: lineNumber))
                }
            } else if let key = Self.parseKey(&rest, terminator: "=") {
                entries.append(Entry(path: table + key, line: lineNumber))
                state.scan(rest)
            }
        }
        self.entries = entries
    }

    /// The line of `path` (`["roles", "person", "fg"]`); where the exact key is
    /// not written on a line of its own (inside an inline table), the line of
    /// its closest written parent. With `value`, the line within that entry on
    /// which the string `value` is written (an item of a multi-line array).
    func line(of path: [String], value: String? = nil) -> Int? {
        var prefix = path
        while !prefix.isEmpty {
            if let i = entries.lastIndex(where: { $0.path == prefix }) {
                let start = entries[i].line
                guard let value else { return start }
                let end = entries.indices.contains(i + 1) ? entries[i + 1].line - 1 : lines.count
                for n in start...max(start, end) where n <= lines.count {
                    let text = lines[n - 1]
                    if text.contains("\"\(value)\"") || text.contains("'\(value)'") { return n }
                }
                return start
            }
            prefix.removeLast()
        }
        return nil
    }

    /// Reads a dotted key (`a."b c".d`) up to `terminator`, leaving `text` after it.
    private static func parseKey(_ text: inout Substring, terminator: Character) -> [String]? {
        var parts: [String] = []
        while true {
            text = text.drop { $0 == " " || $0 == "\t" }
            guard let first = text.first else { return nil }
            if first == "\"" || first == "'" {
                text = text.dropFirst()
                var part = ""
                var escaped = false
                while let c = text.first {
                    text = text.dropFirst()
                    if escaped { part.append(c); escaped = false; continue }
                    if c == "\\" && first == "\"" { escaped = true; continue }
                    if c == first { break }
                    part.append(c)
                }
                parts.append(part)
            } else {
                let bare = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
                guard !bare.isEmpty else { return nil }
                parts.append(String(bare))
                text = text.dropFirst(bare.count)
            }
            text = text.drop { $0 == " " || $0 == "\t" }
            guard let next = text.first else { return nil }
            if next == "." { text = text.dropFirst(); continue }
            guard next == terminator else { return nil }
            text = text.dropFirst()
            return parts
        }
    }
}

/// Tracks whether a value goes on past its line: an open multi-line string,
/// array or inline table.
private struct ValueScanner: Sendable {
    var depth = 0
    var multilineDelimiter: Substring?

    var continues: Bool { depth > 0 || multilineDelimiter != nil }

    mutating func scan(_ line: Substring) {
        var text = line
        while !text.isEmpty {
            if let delimiter = multilineDelimiter {
                guard let range = text.firstRange(of: delimiter) else { return }
                text = text[range.upperBound...]
                multilineDelimiter = nil
                continue
            }
            if text.hasPrefix("\"\"\"") || text.hasPrefix("'''") {
                multilineDelimiter = text.prefix(3)
                text = text.dropFirst(3)
                continue
            }
            let c = text.removeFirst()
            switch c {
            case "#":
                return
            case "\"", "'":
                var escaped = false
                while let d = text.first {
                    text = text.dropFirst()
                    if escaped { escaped = false; continue }
                    if d == "\\" && c == "\"" { escaped = true; continue }
                    if d == c { break }
                }
            case "[", "{":
                depth += 1
            case "]", "}":
                depth = max(0, depth - 1)
            default:
                break
            }
        }
    }
}
