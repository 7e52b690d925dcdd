import BylineKit
import BylineTerminal
import BylineUI
import Foundation

/// What the reader starts with, gathered from the command line, the config
/// file and the environment. A config or theme file with a mistake never stops
/// the reader: it starts with the defaults and `problems` says why on the
/// status line. What the user typed on the command line (a `--config` file
/// that does not exist, a `--theme` name no theme has) is a usage error
/// instead, so the mistake is seen before the screen is taken over.
public struct ReaderSettings: Sendable {
    public var config: Config
    public var catalog: ThemeCatalog
    /// The theme to draw in; nil when no theme file could be loaded, and the
    /// terminal's built-in styles stand in.
    public var theme: Theme?
    public var keymap: Keymap
    /// Whether to draw in colour: `NO_COLOR` set (to anything) says no.
    public var colour = true
    /// Whether `--theme` named the theme (then nothing else chooses it).
    public var themeFromCommandLine = false
    /// Problems met in the config and theme files, for the status line.
    public var problems: [String] = []
    /// The folder the config file lives in (for a relative `library`).
    public var configDirectory: URL
    public var home: URL

    /// A mistake in what the user typed on the command line: a usage error.
    public struct UsageError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func resolve(themeOption: String?, configOption: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws(UsageError) -> ReaderSettings {
        let home = BylineDirectories.home(environment)
        let configHome = Config.configHome(environment: environment)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let catalog = ShippedThemes.catalog(environment: environment)

        var problems: [String] = []
        var config = Config.empty
        let configFile: URL
        if let configOption {
            configFile = URL(fileURLWithPath: configOption, relativeTo: cwd)
            guard FileManager.default.isReadableFile(atPath: configFile.path) else {
                throw UsageError(description: "--config \(configOption): no such file (name a config.toml to read)")
            }
        } else {
            configFile = Config.defaultFile(configHome: configHome)
        }
        do {
            config = configOption == nil
                ? try ConfigLoader.loadIfPresent(contentsOf: configFile, displayPath: configFile.path)
                : try ConfigLoader.load(contentsOf: configFile, displayPath: configOption)
        } catch {
            problems.append("Config not used: \(error)")
        }

        let defaultName = ThemeCatalog.defaultThemeName
        let chosen = themeOption ?? config.theme ?? defaultName
        var theme: Theme?
        do {
            theme = try catalog.load(chosen, currentDirectory: cwd)
        } catch {
            switch error {
            case .invalid:
                problems.append("Default theme in use: \(error)")
            case .unknownName, .noSuchFile:
                if themeOption != nil { throw UsageError(description: "--theme: \(error)") }
                if chosen != defaultName { problems.append("Default theme in use: config theme: \(error)") }
            }
            if chosen != defaultName { theme = try? catalog.load(defaultName, currentDirectory: cwd) }
        }
        return ReaderSettings(config: config, catalog: catalog, theme: theme, keymap: config.keys.applied(to: .standard),
                              colour: !Theme.noColorRequested(environment: environment), themeFromCommandLine: themeOption != nil,
                              problems: problems, configDirectory: configFile.deletingLastPathComponent(), home: home)
    }

    /// The theme to start in when `--theme` names none: the one last chosen
    /// with `t` (remembered in the reading state), else the config's, else
    /// the light theme on a light background (`background`, asked only
    /// then: asking the terminal takes a moment), else the default.
    public mutating func chooseStartingTheme(remembered: String?, background: () -> TerminalBackground?) {
        guard !themeFromCommandLine else { return }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if let remembered, let chosen = try? catalog.load(remembered, currentDirectory: cwd) {
            theme = chosen
            return
        }
        guard config.theme == nil, background() == .light,
              let light = try? catalog.load(ReaderSettings.lightThemeName, currentDirectory: cwd) else { return }
        theme = light
    }

    /// The shipped theme for light backgrounds.
    public static let lightThemeName = "light"

    /// The library folder the config names, when PATHs are not given.
    public var configuredLibrary: String? {
        config.libraryURL(home: home, configDirectory: configDirectory)?.path
    }
}

/// Where the themes that ship with Byline are: a `Themes` folder next to the
/// executable or above it (a build in `.build/debug` of the repository), an
/// installed `share/byline/themes`, or `./Themes`.
public enum ShippedThemes {
    static func folder() -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var dir = executable.deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(dir.appendingPathComponent("Themes", isDirectory: true))
                candidates.append(dir.appendingPathComponent("share/byline/themes", isDirectory: true))
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath, isDirectory: true).appendingPathComponent("Themes", isDirectory: true))
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("\(ThemeCatalog.defaultThemeName).toml").path) }
    }

    /// The catalog the reader and `byline themes` use: the shipped themes and
    /// the user's own in `$XDG_CONFIG_HOME/byline/themes`.
    public static func catalog(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeCatalog {
        let configHome = Config.configHome(environment: environment)
        return ThemeCatalog(shippedFolder: folder(), userFolder: ThemeCatalog.userFolder(configHome: configHome))
    }
}
