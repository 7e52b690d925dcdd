/// Keys to actions, each binding with its help text; the help screen is
/// rendered from it, so it always says what the keys really do.
public struct Keymap: Sendable, Equatable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action a key is bound to, the first binding winning.
    public func action(for key: Key) -> Action? {
        for binding in bindings where binding.keys.contains(key) { return binding.action }
        return nil
    }

    /// The keys bound to an action, for hints (`? help`).
    public func keys(for action: Action) -> [Key] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    public static let standard = Keymap(bindings: [
        KeyBinding([.character("j"), .down], .moveDown, "move down in the focused pane"),
        KeyBinding([.character("k"), .up], .moveUp, "move up in the focused pane"),
        KeyBinding([.character(" "), .pageDown], .pageDown, "page down"),
        KeyBinding([.character("b"), .pageUp], .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .top, "go to the top"),
        KeyBinding([.character("G"), .end], .bottom, "go to the bottom"),
        KeyBinding([.tab], .focusNext, "focus the next pane"),
        KeyBinding([.backTab], .focusPrevious, "focus the previous pane"),
        KeyBinding([.enter], .activate, "open the article; in the side panel, jump to the mention or quote"),
        KeyBinding([.character("?")], .toggleHelp, "show or hide this help"),
        KeyBinding([.character("q"), .control("c")], .quit, "quit"),
    ])
}
