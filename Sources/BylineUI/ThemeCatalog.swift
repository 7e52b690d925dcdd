import Foundation

/// The themes a person can choose from: the shipped ones (`Themes/`) and their
/// own (`$XDG_CONFIG_HOME/byline/themes`). Both folders are passed in, so the
/// catalog has no global state; a user theme with a shipped theme's name
/// replaces it.
public struct ThemeCatalog: Sendable, Equatable {
    /// Where a theme comes from.
    public enum Origin: String, Sendable, Equatable {
        case shipped, user
    }

    /// One theme file found.
    public struct Entry: Sendable, Equatable {
        /// The file name without `.toml`: what `--theme NAME` takes.
        public var name: String
        public var url: URL
        public var origin: Origin
    }

    /// The name of the theme used when nothing else is chosen (and when the
    /// chosen one cannot be loaded).
    public static let defaultThemeName = "default"

    public var shippedFolder: URL?
    public var userFolder: URL?

    public init(shippedFolder: URL?, userFolder: URL?) {
        self.shippedFolder = shippedFolder
        self.userFolder = userFolder
    }

    /// The user's theme folder under an XDG config home
    /// (`$XDG_CONFIG_HOME/byline/themes`).
    public static func userFolder(configHome: URL) -> URL {
        configHome.appendingPathComponent("byline", isDirectory: true).appendingPathComponent("themes", isDirectory: true)
    }

    /// Every theme found, sorted by name (so `default` comes first among the
    /// shipped ones); this is also the order `t` cycles through. Folders that
    /// do not exist are simply empty.
    public func entries() -> [Entry] {
        var byName: [String: Entry] = [:]
        for (folder, origin) in [(shippedFolder, Origin.shipped), (userFolder, Origin.user)] {
            guard let folder else { continue }
            for url in Self.themeFiles(in: folder) {
                let name = url.deletingPathExtension().lastPathComponent
                byName[name] = Entry(name: name, url: url, origin: origin)
            }
        }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// What `--theme VALUE` names: a file when it has a `/` or ends in
    /// `.toml` (relative paths resolved against `currentDirectory`), else a
    /// theme name looked up in the catalog.
    public func resolve(_ nameOrFile: String, currentDirectory: URL) throws(ThemeCatalogError) -> URL {
        if nameOrFile.contains("/") || nameOrFile.hasSuffix(".toml") {
            let url = nameOrFile.hasPrefix("/")
                ? URL(fileURLWithPath: nameOrFile)
                : URL(fileURLWithPath: nameOrFile, relativeTo: currentDirectory)
            guard FileManager.default.isReadableFile(atPath: url.path) else { throw .noSuchFile(nameOrFile) }
            return url
        }
        let all = entries()
        guard let entry = all.first(where: { $0.name == nameOrFile }) else {
            throw .unknownName(nameOrFile, available: all.map(\.name))
        }
        return entry.url
    }

    /// Resolves and loads a theme in one step.
    public func load(_ nameOrFile: String, currentDirectory: URL) throws(ThemeCatalogError) -> Theme {
        let url = try resolve(nameOrFile, currentDirectory: currentDirectory)
        do {
            return try ThemeLoader.load(contentsOf: url,
                                        displayPath: url.baseURL == nil ? url.path : url.relativePath)
        } catch {
            throw .invalid(error)
        }
    }

    /// The theme after `current` in `entries()` order, wrapping round: for `t`.
    public func name(after current: String) -> String? {
        let names = entries().map(\.name)
        guard !names.isEmpty else { return nil }
        guard let i = names.firstIndex(of: current) else { return names[0] }
        return names[(i + 1) % names.count]
    }

    private static func themeFiles(in folder: URL) -> [URL] {
        let contents = (try? FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])) ?? []
        return contents.filter { $0.pathExtension == "toml" }
    }
}
