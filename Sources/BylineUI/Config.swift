import BylineKit
import Foundation

/// What `$XDG_CONFIG_HOME/byline/config.toml` (or `--config FILE`) says. Every
/// setting is optional: nil means the reader's own default.
///
/// ```toml
/// theme = "light"            # a theme name, or a path to a .toml file
/// library = "~/News"         # the folder opened when no PATH is given
/// boilerplate = "dimmed"     # or "hidden"
/// list-style = "one-line"    # or "two-line": one line an article from 100 columns
///
/// [keys]                     # action = key or [keys]; replaces that action's defaults
/// move-down = ["j", "Down", "Ctrl-N"]
/// quit = "q"
/// ```
public struct Config: Sendable, Equatable {
    public var theme: String?
    /// The library folder as written (see `libraryURL(home:configDirectory:)`).
    public var library: String?
    public var boilerplate: BoilerplateDisplay?
    public var listStyle: ListStyle?
    public var keys: KeyBindingsConfig

    public init(theme: String? = nil, library: String? = nil, boilerplate: BoilerplateDisplay? = nil,
                listStyle: ListStyle? = nil, keys: KeyBindingsConfig = KeyBindingsConfig()) {
        self.theme = theme
        self.library = library
        self.boilerplate = boilerplate
        self.listStyle = listStyle
        self.keys = keys
    }

    /// No settings: every default in force.
    public static let empty = Config()

    /// `$XDG_CONFIG_HOME`, or `~/.config` when it is unset, empty or not an
    /// absolute path (as the XDG base directory specification says).
    public static func configHome(environment: [String: String]) -> URL {
        BylineDirectories.base("XDG_CONFIG_HOME", fallback: ".config", environment: environment)
    }

    /// `CONFIG_HOME/byline/config.toml`.
    public static func defaultFile(configHome: URL) -> URL {
        configHome.appendingPathComponent("byline", isDirectory: true).appendingPathComponent("config.toml")
    }

    /// The library folder: `~/…` under `home`, a relative path under the
    /// folder holding the config file, an absolute path as it is.
    public func libraryURL(home: URL, configDirectory: URL) -> URL? {
        guard let library, !library.isEmpty else { return nil }
        if library == "~" { return home }
        if library.hasPrefix("~/") {
            return home.appendingPathComponent(String(library.dropFirst(2)), isDirectory: true)
        }
        if library.hasPrefix("/") { return URL(fileURLWithPath: library, isDirectory: true) }
        return configDirectory.appendingPathComponent(library, isDirectory: true)
    }
}
