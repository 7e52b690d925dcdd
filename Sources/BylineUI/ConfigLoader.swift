import Foundation
import TOMLKit

/// Reads `config.toml` into a `Config` (format in `Config`'s documentation).
/// Every problem — unknown setting, wrong type, unknown command or key name, a
/// key given to two actions — is a `ConfigFileError` at its line.
public enum ConfigLoader {
    /// The settings a config file may have at its top.
    public static let topLevelKeys = ["theme", "library", "boilerplate", "list-style", "keys"]

    /// Loads a config file. `[keys]` may name any `Command` by its config name.
    public static func load(contentsOf url: URL, displayPath: String? = nil) throws(ConfigFileError) -> Config {
        let file = displayPath ?? url.relativePath
        let text = try ThemeLoader.readText(url, file: file)
        return try parse(text, file: file)
    }

    /// Like `load`, but a file that does not exist is an empty config: for the
    /// default location, which most people never create.
    public static func loadIfPresent(contentsOf url: URL, displayPath: String? = nil) throws(ConfigFileError) -> Config {
        guard FileManager.default.fileExists(atPath: url.path) else { return .empty }
        return try load(contentsOf: url, displayPath: displayPath)
    }

    /// Reads config TOML, throwing the first problem (by line).
    public static func parse(_ text: String, file: String) throws(ConfigFileError) -> Config {
        let (config, problems) = read(text, file: file)
        if let first = problems.first { throw first }
        return config!
    }

    /// Every problem in a config file, in line order; empty when it is good.
    public static func problems(in text: String, file: String) -> [ConfigFileError] {
        read(text, file: file).problems
    }

    private static func read(_ text: String, file: String) -> (config: Config?, problems: [ConfigFileError]) {
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
                config.boilerplate = reader.choice(value, at: [key], of: BoilerplateDisplay.self) ?? config.boilerplate
            case "list-style":
                config.listStyle = reader.choice(value, at: [key], of: ListStyle.self) ?? config.listStyle
            case "keys":
                guard value.type == .table, let table = value.table else {
                    reader.report(.wrongType(key: key, expected: "a table of actions, [keys]",
                                             found: TOMLFileReader.typeName(value)), at: [key])
                    continue
                }
                config.keys = readKeys(table, reader: &reader)
            default:
                reader.report(.unknownKey(key, in: "the config", expected: topLevelKeys), at: [key])
            }
        }
        let problems = reader.sortedProblems
        return (problems.isEmpty ? config : nil, problems)
    }

    private static func readKeys(_ table: TOMLTable, reader: inout TOMLFileReader) -> KeyBindingsConfig {
        // Commands in the order they are written, so a conflict is reported
        // where the second binding of a key is.
        var entries: [(command: Command, keys: [(name: String, key: Key)], line: Int)] = []
        for (name, value) in table {
            let path = ["keys", name]
            guard let command = Command(configName: name) else {
                reader.report(.unknownCommand(name, suggestion: NameSuggestion.closest(to: name, among: Command.allCases.map(\.configName))), at: path)
                continue
            }
            guard let names = reader.strings(value, at: path, expected: "a key name or a list of key names, such as [\"j\", \"Down\"]")
            else { continue }
            var keys: [(name: String, key: Key)] = []
            for keyName in names {
                guard let key = KeyName.key(named: keyName) else {
                    reader.report(.unknownKeyName(keyName, action: name), at: path, value: keyName)
                    continue
                }
                if !keys.contains(where: { $0.key == key }) { keys.append((keyName, key)) }
            }
            entries.append((command, keys, reader.line(of: path) ?? .max))
        }
        entries.sort { $0.line != $1.line ? $0.line < $1.line : $0.command.configName < $1.command.configName }
        var owner: [Key: Command] = [:]
        var overrides: [Command: [Key]] = [:]
        for entry in entries {
            for (name, key) in entry.keys {
                if let first = owner[key] {
                    reader.report(.keyConflict(key: name, actions: [first.configName, entry.command.configName]), at: ["keys", entry.command.configName], value: name)
                } else {
                    owner[key] = entry.command
                }
            }
            overrides[entry.command] = entry.keys.map(\.key)
        }
        return KeyBindingsConfig(overrides: overrides)
    }
}
