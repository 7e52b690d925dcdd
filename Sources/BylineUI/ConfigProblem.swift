/// What is wrong in a theme or config file, and what was expected instead.
public enum ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file is not valid TOML (the parser's own message).
    case syntax(String)
    /// The file could not be read at all.
    case unreadable(String)
    /// A key that means nothing here: `unknownKey(key, in: "the theme", expected: [...])`.
    case unknownKey(String, in: String, expected: [String])
    /// A role name the theme does not know, with the closest real one if any.
    case unknownRole(String, suggestion: String?)
    /// A colour that could not be read.
    case badColour(key: String, ColorParseError)
    /// An attribute other than the ones themes may use.
    case unknownAttribute(String, suggestion: String?)
    /// A value of the wrong TOML type: `wrongType(key: "fg", expected: "a string", found: "integer")`.
    case wrongType(key: String, expected: String, found: String)
    /// A value of the right type but not one of the allowed ones.
    case badValue(key: String, value: String, expected: String)
    /// A command name in `[keys]` that the reader does not have.
    case unknownCommand(String, suggestion: String?)
    /// A key name in `[keys]` that is not a key.
    case unknownKeyName(String, action: String)
    /// One key given to two commands in `[keys]`.
    case keyConflict(key: String, actions: [String])

    public var description: String {
        switch self {
        case .syntax(let message):
            return "TOML syntax error: \(message)"
        case .unreadable(let reason):
            return "cannot read the file: \(reason)"
        case .unknownKey(let key, let place, let expected):
            let hint = NameSuggestion.closest(to: key, among: expected).map { " (did you mean '\($0)'?)" } ?? ""
            return "unknown key '\(key)' in \(place)\(hint); expected \(Self.list(expected))"
        case .unknownRole(let role, let suggestion):
            return "unknown role '\(role)'\(Self.hint(suggestion)); expected \(Self.list(ThemeLoader.roleNames))"
        case .badColour(let key, let error):
            return "\(key): \(error)"
        case .unknownAttribute(let name, let suggestion):
            return "unknown attribute '\(name)'\(Self.hint(suggestion)); expected \(Self.list(Theme.Attribute.allCases.map(\.rawValue)))"
        case .wrongType(let key, let expected, let found):
            return "\(key) should be \(expected), not \(Self.article(found))"
        case .badValue(let key, let value, let expected):
            return "\(key) cannot be '\(value)'; expected \(expected)"
        case .unknownCommand(let action, let suggestion):
            return "unknown command '\(action)'\(Self.hint(suggestion)); byline --help lists the commands"
        case .unknownKeyName(let name, let action):
            return "\(action): '\(name)' is not a key name; expected a single character, Ctrl-X, "
                + "Space, Enter, Tab, Shift-Tab, Esc, Backspace, Delete, Up, Down, Left, Right, "
                + "PgUp, PgDn, Home, End or F1–F24"
        case .keyConflict(let key, let actions):
            return "key '\(key)' is bound to both \(actions.joined(separator: " and ")); give each key to one command"
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }

    private static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : "one of " + names.joined(separator: ", ")
    }

    private static func article(_ noun: String) -> String {
        (noun.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + noun
    }
}
