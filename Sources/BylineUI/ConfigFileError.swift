/// A problem in a theme or config file, placed at its line: it reads as
/// `Themes/mine.toml:12: unknown role 'speeker' (did you mean 'speaker'?); …`.
public struct ConfigFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (or a label such as `<config>`).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, known for syntax errors.
    public var column: Int?
    public var problem: ConfigProblem

    public init(file: String, line: Int?, column: Int? = nil, problem: ConfigProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(problem)"
    }
}
