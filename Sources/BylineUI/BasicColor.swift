/// One of the eight colours every colour terminal has, numbered as the
/// terminal numbers them (black is 0, white is 7; their bright forms are 8–15).
public enum BasicColor: Int, Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white

    /// The name a theme file uses: `red`, `bright-red`.
    public var name: String {
        switch self {
        case .black: "black"
        case .red: "red"
        case .green: "green"
        case .yellow: "yellow"
        case .blue: "blue"
        case .magenta: "magenta"
        case .cyan: "cyan"
        case .white: "white"
        }
    }

    public init?(name: String) {
        guard let colour = BasicColor.allCases.first(where: { $0.name == name }) else { return nil }
        self = colour
    }
}
