/// The `[keys]` table of a config file: for some commands, the keys that
/// replace their default keys. Commands are named by `Command.configName`
/// (`move-down`, `toggle-help`).
public struct KeyBindingsConfig: Sendable, Equatable {
    /// Command → the keys it is bound to instead of its defaults (an empty
    /// list unbinds the command).
    public var overrides: [Command: [Key]]

    public init(overrides: [Command: [Key]] = [:]) {
        self.overrides = overrides
    }

    /// The keymap with these overrides in force: an overridden command gets
    /// exactly its configured keys, and a key the config gives to one command
    /// is taken away from whichever other command had it by default. Help
    /// texts and the order of bindings stay as they were.
    public func applied(to keymap: Keymap) -> Keymap {
        var result = keymap
        result.unbind(Set(overrides.values.joined()), except: Set(overrides.keys))
        for (command, keys) in overrides { result.rebind(command, to: keys) }
        return result
    }
}
