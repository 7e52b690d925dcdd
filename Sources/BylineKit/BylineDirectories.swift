import Foundation

/// Byline's folders, after the XDG base directory specification, decided in
/// this one place for every command and module: settings (`config`), the
/// default library and fetched articles (`data`), the parse cache (`cache`)
/// and the reading and fetch state (`state`), each a `byline` folder under
/// its base. A base variable that is unset, empty or not an absolute path is
/// ignored, as the specification says, and the default under the home folder
/// (`$HOME`, else the account's) is used.
public struct BylineDirectories: Sendable, Equatable {
    public let config: URL
    public let data: URL
    public let cache: URL
    public let state: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func folder(_ variable: String, _ fallback: String) -> URL {
            Self.base(variable, fallback: fallback, environment: environment).appendingPathComponent("byline", isDirectory: true)
        }
        config = folder("XDG_CONFIG_HOME", ".config")
        data = folder("XDG_DATA_HOME", ".local/share")
        cache = folder("XDG_CACHE_HOME", ".cache")
        state = folder("XDG_STATE_HOME", ".local/state")
    }

    /// The home folder: `$HOME` when set and not empty, else the account's.
    public static func home(_ environment: [String: String]) -> URL {
        URL(fileURLWithPath: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory(), isDirectory: true)
    }

    /// `$variable` when it holds an absolute path, else `home/fallback`.
    public static func base(_ variable: String, fallback: String, environment: [String: String]) -> URL {
        if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value, isDirectory: true) }
        return home(environment).appendingPathComponent(fallback, isDirectory: true)
    }
}
