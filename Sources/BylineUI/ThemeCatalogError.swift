/// Why `--theme` (or a config's `theme`) could not give a theme.
public enum ThemeCatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A name that no theme file has.
    case unknownName(String, available: [String])
    /// A path to a file that does not exist or cannot be read.
    case noSuchFile(String)
    /// The file was found but is not a valid theme.
    case invalid(ConfigFileError)

    public var description: String {
        switch self {
        case .unknownName(let name, let available):
            let hint = NameSuggestion.closest(to: name, among: available).map { " (did you mean '\($0)'?)" } ?? ""
            let list = available.isEmpty ? "none were found" : "the themes are " + available.joined(separator: ", ")
            return "no theme named '\(name)'\(hint); \(list). Give a theme name or the path to a .toml file"
        case .noSuchFile(let path):
            return "\(path): no such theme file"
        case .invalid(let error):
            return error.description
        }
    }
}
