import BylineKit
import Foundation
import TOMLKit

/// Reads themes from TOML. The format (each shipped theme repeats it in a
/// comment at its top):
///
/// ```toml
/// description = "Light text on a dark terminal"   # optional
///
/// [roles]
/// text   = { fg = "default" }
/// person = { fg = "bright-green", attrs = ["bold"] }
/// quote  = { fg = "#d7af5f", bg = 236, attrs = ["italic"] }
/// ```
///
/// Each role (see `Role`; written in kebab-case, `quote-focus`) maps to an inline table with any of `fg`, `bg`
/// (a colour: the eight names, `bright-NAME`, `default`, a number 0–255 or
/// `"#rrggbb"`) and `attrs` (a list of `bold`, `underline`, `reverse`, `dim`,
/// `italic`, or one name as a string). `[roles.person]` tables work the same.
/// A role left out falls back along `Role.fallback`; colours a role leaves
/// unset are inherited the same way.
public enum ThemeLoader {
    /// The keys a theme file may have at its top.
    public static let topLevelKeys = ["description", "roles"]
    /// The keys of one role's table.
    public static let styleKeys = ["fg", "bg", "attrs"]

    /// A role's name in a theme file: kebab-case, like config action names
    /// (`quoteFocus` → `quote-focus`).
    public static func roleName(_ role: Role) -> String {
        var name = ""
        for c in role.rawValue {
            if c.isUppercase {
                if !name.isEmpty { name.append("-") }
                name.append(contentsOf: c.lowercased())
            } else {
                name.append(c)
            }
        }
        return name
    }

    /// The role a theme file names (`quote-focus`; the Swift spelling
    /// `quoteFocus` is accepted too).
    public static func role(named name: String) -> Role? {
        Role.allCases.first { roleName($0) == name } ?? Role(rawValue: name)
    }

    /// Every role name, in `Role` order: for messages and docs.
    public static var roleNames: [String] { Role.allCases.map(roleName) }

    /// Loads a theme file; its name is the file name without `.toml`.
    /// `displayPath` is how errors name the file (by default the path as given).
    public static func load(contentsOf url: URL, displayPath: String? = nil) throws(ConfigFileError) -> Theme {
        let file = displayPath ?? url.relativePath
        let text = try readText(url, file: file)
        return try parse(text, name: url.deletingPathExtension().lastPathComponent, file: file)
    }

    /// Reads a theme from TOML text, throwing the first problem (by line).
    public static func parse(_ text: String, name: String, file: String) throws(ConfigFileError) -> Theme {
        let (theme, problems) = read(text, name: name, file: file)
        if let first = problems.first { throw first }
        return theme!
    }

    /// Every problem in a theme file, in line order (for `byline themes check`);
    /// empty when the theme is good.
    public static func problems(in text: String, file: String) -> [ConfigFileError] {
        read(text, name: "", file: file).problems
    }

    /// Reads a file as UTF-8 text, or throws an `unreadable` problem.
    /// A theme's or config's text: a regular file, not too big, UTF-8.
    public static func readText(_ url: URL, file: String) throws(ConfigFileError) -> String {
        // a FIFO, a device or a folder is no file to read (a FIFO would wait
        // for a writer), and a file past TOMLShape's limit is not read whole
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
            let what = type == .typeDirectory ? "a folder" : type == .typeCharacterSpecial || type == .typeBlockSpecial ? "a device" : type == .typeSocket ? "a socket" : "a pipe (FIFO)"
            throw ConfigFileError(file: file, line: nil, problem: .unreadable("it is \(what), not a file"))
        }
        if let size = attributes?[.size] as? Int, size > TOMLShape.maximumBytes {
            throw ConfigFileError(file: file, line: nil, problem: .unreadable("it is \(size) bytes; at most \(TOMLShape.maximumBytes) are read"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw ConfigFileError(file: file, line: nil, problem: .unreadable(reason))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigFileError(file: file, line: nil, problem: .unreadable("it is not UTF-8 text"))
        }
        return text
    }

    private static func read(_ text: String, name: String, file: String) -> (theme: Theme?, problems: [ConfigFileError]) {
        var reader: TOMLFileReader
        switch TOMLFileReader.parse(text, file: file) {
        case .success(let r): reader = r
        case .failure(let error): return (nil, [error])
        }
        var description: String?
        var styles: [Role: Theme.Style] = [:]
        for (key, value) in reader.root {
            switch key {
            case "description":
                description = reader.string(value, at: [key])
            case "roles":
                guard value.type == .table, let roles = value.table else {
                    reader.report(.wrongType(key: key, expected: "a table of roles, [roles]",
                                             found: TOMLFileReader.typeName(value)), at: [key])
                    continue
                }
                for (roleName, styleValue) in roles {
                    guard let role = Self.role(named: roleName) else {
                        let suggestion = NameSuggestion.closest(to: roleName, among: Self.roleNames)
                        reader.report(.unknownRole(roleName, suggestion: suggestion), at: [key, roleName])
                        continue
                    }
                    if let style = readStyle(styleValue, at: [key, roleName], reader: &reader) {
                        styles[role] = style
                    }
                }
            default:
                reader.report(.unknownKey(key, in: "the theme", expected: topLevelKeys), at: [key])
            }
        }
        let problems = reader.sortedProblems
        return (problems.isEmpty ? Theme(name: name, description: description, styles: styles) : nil, problems)
    }

    private static func readStyle(_ value: TOMLValueConvertible, at path: [String], reader: inout TOMLFileReader) -> Theme.Style? {
        let role = path.last ?? ""
        guard value.type == .table, let table = value.table else {
            reader.report(.wrongType(key: path.joined(separator: "."),
                                     expected: "a table such as { fg = \"green\", attrs = [\"bold\"] }",
                                     found: TOMLFileReader.typeName(value)), at: path)
            return nil
        }
        var style = Theme.Style()
        var ok = true
        for (field, fieldValue) in table {
            let fieldPath = path + [field]
            switch field {
            case "fg", "bg":
                guard let colour = readColour(fieldValue, at: fieldPath, reader: &reader) else { ok = false; continue }
                if field == "fg" { style.foreground = colour } else { style.background = colour }
            case "attrs":
                guard let names = reader.strings(fieldValue, at: fieldPath,
                                                 expected: "a list of attributes such as [\"bold\", \"underline\"]")
                else { ok = false; continue }
                for name in names {
                    if let attribute = Theme.Attribute(rawValue: name.lowercased()) {
                        style.attributes.insert(attribute)
                    } else {
                        let suggestion = NameSuggestion.closest(to: name, among: Theme.Attribute.allCases.map(\.rawValue))
                        reader.report(.unknownAttribute(name, suggestion: suggestion), at: fieldPath, value: name)
                        ok = false
                    }
                }
            default:
                reader.report(.unknownKey(field, in: "role '\(role)'", expected: styleKeys), at: fieldPath)
                ok = false
            }
        }
        return ok ? style : nil
    }

    private static func readColour(_ value: TOMLValueConvertible, at path: [String], reader: inout TOMLFileReader) -> ThemeColor? {
        let key = path.suffix(2).joined(separator: ".")
        do {
            switch value.type {
            case .string: return try ThemeColor(parsing: value.string ?? "")
            case .int: return try ThemeColor(index: value.int ?? -1)
            default:
                reader.report(.wrongType(key: key, expected: "a colour: a name, a number 0–255 or \"#rrggbb\"",
                                         found: TOMLFileReader.typeName(value)), at: path)
                return nil
            }
        } catch {
            reader.report(.badColour(key: key, error), at: path, value: value.string)
            return nil
        }
    }
}
