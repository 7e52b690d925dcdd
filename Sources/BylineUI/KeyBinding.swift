/// One row of the keymap: the keys and the command they run. The help text
/// is the command's own.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public let command: Command

    public init(_ keys: [Key], _ command: Command) {
        self.keys = keys
        self.command = command
    }

    public var help: String { command.help }

    /// The keys as the help screen shows them: `j/↓`, `Space/PgDn`.
    public var label: String {
        keys.map(\.label).joined(separator: "/")
    }
}

extension Key {
    /// How a key is named on the help screen and the status line.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        }
    }
}
