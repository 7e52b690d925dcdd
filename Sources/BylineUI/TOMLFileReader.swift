import BylineKit
import TOMLKit

/// The common part of reading a theme or config file: TOMLKit parses the text,
/// problems found afterwards are collected with their lines, and the first one
/// (by line) is what a loader throws.
struct TOMLFileReader {
    let file: String
    let root: TOMLTable
    private let locator: TOMLKeyLocator
    private(set) var problems: [ConfigFileError] = []

    /// Parses `text`; a syntax error comes back as a `ConfigFileError` with
    /// TOMLKit's line and column.
    static func parse(_ text: String, file: String) -> Result<TOMLFileReader, ConfigFileError> {
        // (refused before the TOML library sees it: a file too big or too
        // deeply nested would crash it)
        if let refusal = TOMLShape.check(text) {
            return .failure(ConfigFileError(file: file, line: refusal.line, problem: .syntax(refusal.reason)))
        }
        do {
            let root = try TOMLTable(string: text)
            return .success(TOMLFileReader(file: file, root: root, locator: TOMLKeyLocator(source: text)))
        } catch let error as TOMLParseError {
            let position = error.source.begin
            return .failure(ConfigFileError(
                file: file, line: position.line > 0 ? position.line : nil,
                column: position.column > 0 ? position.column : nil,
                problem: .syntax(error.description)))
        } catch {
            return .failure(ConfigFileError(file: file, line: nil, problem: .syntax(String(describing: error))))
        }
    }

    private init(file: String, root: TOMLTable, locator: TOMLKeyLocator) {
        self.file = file
        self.root = root
        self.locator = locator
    }

    /// Records a problem at the line of `path` (or of `value` under it).
    mutating func report(_ problem: ConfigProblem, at path: [String], value: String? = nil) {
        problems.append(ConfigFileError(file: file, line: locator.line(of: path, value: value), problem: problem))
    }

    /// The line a key is written on, if it can be found.
    func line(of path: [String]) -> Int? {
        locator.line(of: path)
    }

    /// All problems, in the order of their lines.
    var sortedProblems: [ConfigFileError] {
        problems.enumerated().sorted { a, b in
            let (la, lb) = (a.element.line ?? .max, b.element.line ?? .max)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }

    /// How a TOML value's type is named in messages.
    static func typeName(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .bool: "boolean"
        case .int: "integer"
        case .double: "floating-point number"
        case .string: "string"
        case .table: "table"
        case .array: "array"
        case .date: "date"
        case .time: "time"
        case .dateTime: "date-time"
        }
    }

    /// A value that should be a string: the string, or a reported problem.
    mutating func string(_ value: TOMLValueConvertible, at path: [String], expected: String = "a string") -> String? {
        if let s = value.string, value.type == .string { return s }
        report(.wrongType(key: path.joined(separator: "."), expected: expected, found: Self.typeName(value)), at: path)
        return nil
    }

    /// A value that should be one of an enumeration's names (`"dimmed"`),
    /// any case; anything else is reported with the names it could be.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ value: TOMLValueConvertible, at path: [String], of type: T.Type) -> T?
    where T.RawValue == String {
        let expected = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
        guard let s = string(value, at: path, expected: expected) else { return nil }
        if let choice = T(rawValue: s.lowercased()) { return choice }
        report(.badValue(key: path.joined(separator: "."), value: s, expected: expected), at: path)
        return nil
    }

    /// A value that should be a string or a list of strings (`"q"` or `["q", "Esc"]`).
    mutating func strings(_ value: TOMLValueConvertible, at path: [String], expected: String) -> [String]? {
        if value.type == .string, let s = value.string { return [s] }
        guard value.type == .array, let array = value.array else {
            report(.wrongType(key: path.joined(separator: "."), expected: expected, found: Self.typeName(value)), at: path)
            return nil
        }
        var result: [String] = []
        for item in array {
            guard item.type == .string, let s = item.string else {
                report(.wrongType(key: path.joined(separator: "."), expected: expected,
                                  found: "list containing \(Self.typeName(item)) items"), at: path)
                return nil
            }
            result.append(s)
        }
        return result
    }
}
