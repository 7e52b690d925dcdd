import BylineKit
import Foundation

/// Where Byline keeps what it writes, after the XDG base directories: the
/// parse cache under `$XDG_CACHE_HOME/byline` (`~/.cache/byline`) and the
/// reading state under `$XDG_STATE_HOME/byline` (`~/.local/state/byline`).
/// (`BylineDirectories` decides; this names the two the store writes.)
public enum StoreLocation {
    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        BylineDirectories(environment: environment).cache.path
    }

    public static func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        BylineDirectories(environment: environment).state.path
    }
}
