/// The help screen's lines, made from the keymap so it always matches it:
/// one line per binding, keys in a column, then how to close the help.
enum HelpText {
    static func lines(_ keymap: Keymap) -> [String] {
        // (a command bound to no key is left out: it is there for config.toml)
        let bound = keymap.bindings.filter { !$0.keys.isEmpty }
        let labelWidth = bound.map { DisplayWidth.of($0.label) }.max() ?? 0
        var lines = bound.map { binding in
            let label = binding.label
            return label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label) + 2) + binding.help
        }
        lines.append("")
        let step = keymap.hint(.nextMatch, .previousMatch)
        lines.append("\(step) step through the search matches while a search is active, else through")
        lines.append("the mentions of the name selected in the side panel: the later of the two")
        lines.append("wins, and \(keymap.hint(.back)) ends both.")
        lines.append("In a prompt: ←/→, Home/End, Backspace/Delete and Ctrl-U edit, ↑/↓ recall")
        lines.append("earlier entries, Enter applies, Esc cancels; q is just a letter there.")
        lines.append("Mouse: a click selects a row and focuses its pane (click it again to open")
        lines.append("it or jump to it); the wheel scrolls the pane under the pointer.")
        lines.append("")
        lines.append("In this help: j/k scroll, q, Esc or ? close it.")
        lines.append("q goes back one level (overlay, highlights, pane) and quits from the list; Q quits.")
        return lines
    }
}
