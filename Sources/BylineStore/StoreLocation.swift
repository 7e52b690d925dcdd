import Foundation

/// Where Byline keeps what it writes, after the XDG base directories: the
/// parse cache under `$XDG_CACHE_HOME/byline` (`~/.cache/byline`) and the
/// reading state under `$XDG_STATE_HOME/byline` (`~/.local/state/byline`).
public enum StoreLocation {
    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        directory(environment, variable: "XDG_CACHE_HOME", fallback: ".cache")
    }

    public static func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        directory(environment, variable: "XDG_STATE_HOME", fallback: ".local/state")
    }

    /// `$VARIABLE/byline` when the variable holds an absolute path (the XDG
    /// rule: a relative one is ignored), else `$HOME/fallback/byline`.
    private static func directory(_ environment: [String: String], variable: String, fallback: String) -> String? {
        if let base = environment[variable], base.hasPrefix("/") { return base + "/byline" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/" + fallback + "/byline"
    }
}
