/// Keys to commands, in the order of `Command.allCases`; the help screen is
/// rendered from it, so it always says what the keys really do.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command a key is bound to, the first binding winning.
    public func command(for key: Key) -> Command? {
        for binding in bindings where binding.keys.contains(key) { return binding.command }
        return nil
    }

    /// The keys bound to a command, for hints (`? help`).
    public func keys(for command: Command) -> [Key] {
        bindings.first { $0.command == command }?.keys ?? []
    }

    /// The first keys of some commands, joined for a hint: `]/[`.
    public func hint(_ commands: Command...) -> String {
        commands.compactMap { keys(for: $0).first?.label }.joined(separator: "/")
    }

    /// Gives `command` exactly `keys`, keeping its place and help text.
    mutating func rebind(_ command: Command, to keys: [Key]) {
        for i in bindings.indices where bindings[i].command == command { bindings[i].keys = keys }
    }

    /// Takes `keys` away from every command but those in `except`.
    mutating func unbind(_ keys: Set<Key>, except: Set<Command>) {
        for i in bindings.indices where !except.contains(bindings[i].command) { bindings[i].keys.removeAll { keys.contains($0) } }
    }

    /// Every command with its default keys, in the table's order.
    public static let standard = Keymap(bindings: Command.allCases.map { KeyBinding($0.defaultKeys, $0) })
}
