import Foundation
import TOMLKit

/// Reads `config.toml` into a `Config` (format in `Config`'s documentation).
/// Every problem — unknown setting, wrong type, unknown action or key name, a
/// key given to two actions — is a `ConfigFileError` at its line.
public enum ConfigLoader {
    /// The settings a config file may have at its top.
    public static let topLevelKeys = ["theme", "library", "boilerplate", "keys"]

    /// Loads a config file. `actionNames` are the actions `[keys]` may name
    /// (`KeyBindingsConfig.actionNames(of: Keymap.standard)`).
    public static func load(contentsOf url: URL, actionNames: [String], displayPath: String? = nil) throws(ConfigFileError) -> Config {
        let file = displayPath ?? url.relativePath
        let text = try ThemeLoader.readText(url, file: file)
        return try parse(text, file: file, actionNames: actionNames)
    }

    /// Like `load`, but a file that does not exist is an empty config: for the
    /// default location, which most people never create.
    public static func loadIfPresent(contentsOf url: URL, actionNames: [String], displayPath: String? = nil) throws(ConfigFileError) -> Config {
        guard FileManager.default.fileExists(atPath: url.path) else { return .empty }
        return try load(contentsOf: url, actionNames: actionNames, displayPath: displayPath)
    }

    /// Reads config TOML, throwing the first problem (by line).
    public static func parse(_ text: String, file: String, actionNames: [String]) throws(ConfigFileError) -> Config {
        let (config, problems) = read(text, file: file, actionNames: actionNames)
        if let first = problems.first { throw first }
        return config!
    }

    /// Every problem in a config file, in line order; empty when it is good.
    public static func problems(in text: String, file: String, actionNames: [String]) -> [ConfigFileError] {
        read(text, file: file, actionNames: actionNames).problems
    }

    private static func read(_ text: String, file: String, actionNames: [String]) -> (config: Config?, problems: [ConfigFileError]) {
        var reader: TOMLFileReader
        switch TOMLFileReader.parse(text, file: file) {
        case .success(let r): reader = r
        case .failure(let error): return (nil, [error])
        }
        var config = Config()
        for (key, value) in reader.root {
            switch key {
            case "theme":
                config.theme = reader.string(value, at: [key], expected: "a theme name or the path to a .toml file")
            case "library":
                config.library = reader.string(value, at: [key], expected: "the path to a folder of articles")
            case "boilerplate":
                guard let s = reader.string(value, at: [key], expected: "\"hidden\" or \"dimmed\"") else { continue }
                if let display = BoilerplateDisplay(rawValue: s.lowercased()) {
                    config.boilerplate = display
                } else {
                    reader.report(.badValue(key: key, value: s, expected: "\"hidden\" or \"dimmed\""), at: [key])
                }
            case "keys":
                guard value.type == .table, let table = value.table else {
                    reader.report(.wrongType(key: key, expected: "a table of actions, [keys]",
                                             found: TOMLFileReader.typeName(value)), at: [key])
                    continue
                }
                config.keys = readKeys(table, actionNames: actionNames, reader: &reader)
            default:
                reader.report(.unknownKey(key, in: "the config", expected: topLevelKeys), at: [key])
            }
        }
        let problems = reader.sortedProblems
        return (problems.isEmpty ? config : nil, problems)
    }

    private static func readKeys(_ table: TOMLTable, actionNames: [String], reader: inout TOMLFileReader) -> KeyBindingsConfig {
        // Actions in the order they are written, so a conflict is reported
        // where the second binding of a key is.
        var entries: [(action: String, keys: [(name: String, key: Key)], line: Int)] = []
        for (action, value) in table {
            let path = ["keys", action]
            guard actionNames.contains(action) else {
                reader.report(.unknownAction(action, suggestion: NameSuggestion.closest(to: action, among: actionNames)), at: path)
                continue
            }
            guard let names = reader.strings(value, at: path, expected: "a key name or a list of key names, such as [\"j\", \"Down\"]")
            else { continue }
            var keys: [(name: String, key: Key)] = []
            for name in names {
                guard let key = KeyName.key(named: name) else {
                    reader.report(.unknownKeyName(name, action: action), at: path, value: name)
                    continue
                }
                if !keys.contains(where: { $0.key == key }) { keys.append((name, key)) }
            }
            entries.append((action, keys, reader.line(of: path) ?? .max))
        }
        entries.sort { $0.line != $1.line ? $0.line < $1.line : $0.action < $1.action }
        var owner: [Key: String] = [:]
        var overrides: [String: [Key]] = [:]
        for entry in entries {
            for (name, key) in entry.keys {
                if let first = owner[key] {
                    reader.report(.keyConflict(key: name, actions: [first, entry.action]), at: ["keys", entry.action], value: name)
                } else {
                    owner[key] = entry.action
                }
            }
            overrides[entry.action] = entry.keys.map(\.key)
        }
        return KeyBindingsConfig(overrides: overrides)
    }
}
