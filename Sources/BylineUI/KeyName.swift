/// Key names as a config file writes them: a single character (`j`, `G`, `?`),
/// `Ctrl-X` (also `C-x`, `^X`), `Space`, `Enter`, `Tab`, `Shift-Tab`, `Esc`,
/// `Backspace`, `Delete`, `Up`/`Down`/`Left`/`Right` (or `↑↓←→`), `PgUp`,
/// `PgDn`, `Home`, `End`, `F1`–`F24`. Named keys ignore case; single
/// characters do not (`g` and `G` differ). Every `Key.label` reads back.
public enum KeyName {
    public static func key(named text: String) -> Key? {
        if text.count == 1, let c = text.first {
            if let arrow = arrows[c] { return arrow }
            return .character(c)
        }
        let name = text.trimmingSpaces().lowercased()
        if let key = named[name] { return key }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first, c.isASCII, c.isLetter { return .control(c) }
            return nil
        }
        if name.hasPrefix("f"), let n = Int(name.dropFirst()), (1...24).contains(n), name.count <= 3 {
            return .function(n)
        }
        return nil
    }

    private static let arrows: [Character: Key] = ["↑": .up, "↓": .down, "←": .left, "→": .right]

    private static let named: [String: Key] = [
        "space": .character(" "),
        "enter": .enter, "return": .enter,
        "tab": .tab,
        "shift-tab": .backTab, "backtab": .backTab, "s-tab": .backTab,
        "esc": .escape, "escape": .escape,
        "backspace": .backspace, "bs": .backspace,
        "delete": .delete, "del": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp,
        "pgdn": .pageDown, "pgdown": .pageDown, "pagedown": .pageDown, "page-down": .pageDown,
        "home": .home, "end": .end,
    ]
}
