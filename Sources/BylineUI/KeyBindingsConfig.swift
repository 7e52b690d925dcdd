/// The `[keys]` table of a config file: for some actions, the keys that
/// replace their default keys. Action names are the `Action` cases in
/// kebab-case (`move-down`, `toggle-help`), as `actionName(for:)` spells them.
public struct KeyBindingsConfig: Sendable, Equatable {
    /// Action name → the keys it is bound to instead of its defaults (an
    /// empty list unbinds the action).
    public var overrides: [String: [Key]]

    public init(overrides: [String: [Key]] = [:]) {
        self.overrides = overrides
    }

    /// The config-file name of an action: `moveDown` → `move-down`.
    public static func actionName(for action: Action) -> String {
        kebabCase(String(String(describing: action).prefix { $0 != "(" }))
    }

    /// `moveDown` → `move-down`.
    static func kebabCase(_ camel: String) -> String {
        var name = ""
        for c in camel {
            if c.isUppercase {
                if !name.isEmpty { name.append("-") }
                name.append(contentsOf: c.lowercased())
            } else {
                name.append(c)
            }
        }
        return name
    }

    /// The names of the actions a keymap binds, in its order: what `[keys]`
    /// may override.
    public static func actionNames(of keymap: Keymap) -> [String] {
        var names: [String] = []
        for binding in keymap.bindings {
            let name = actionName(for: binding.action)
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The keymap with these overrides in force: an overridden action gets
    /// exactly its configured keys, and a key the config gives to one action
    /// is taken away from whichever other action had it by default. Help
    /// texts and the order of bindings stay as they were.
    public func applied(to keymap: Keymap) -> Keymap {
        let claimed = Set(overrides.values.joined())
        var result = keymap
        for i in result.bindings.indices {
            let name = Self.actionName(for: result.bindings[i].action)
            if let keys = overrides[name] {
                result.bindings[i].keys = keys
            } else {
                result.bindings[i].keys.removeAll { claimed.contains($0) }
            }
        }
        return result
    }
}
