/// The help screen's lines, made from the keymap so it always matches it:
/// one line per binding, keys in a column, then how to close the help;
/// wrapped at `width` (a binding's help goes on under its own column), so
/// nothing is cut off on a narrow terminal.
enum HelpText {
    static func lines(_ keymap: Keymap, width: Int = .max) -> [String] {
        let unwrapped = lines(keymap)
        guard unwrapped.contains(where: { DisplayWidth.of($0) > width }) else { return unwrapped }
        let bound = keymap.bindings.filter { !$0.keys.isEmpty }
        let labelWidth = bound.map { DisplayWidth.of($0.label) }.max() ?? 0
        let column = labelWidth + 2
        var wrapped: [String] = []
        for (i, line) in unwrapped.enumerated() {
            if i < bound.count, width - column >= 12 {
                let help = wrap(bound[i].help, width: width - column)
                let label = bound[i].label
                wrapped.append(label + String(repeating: " ", count: column - DisplayWidth.of(label)) + help[0])
                wrapped += help.dropFirst().map { String(repeating: " ", count: column) + $0 }
            } else {
                wrapped += wrap(line, width: width)
            }
        }
        return wrapped
    }

    /// `text` wrapped as the reading pane wraps (`TextWrapper`); a blank
    /// line stays one.
    static func wrap(_ text: String, width: Int) -> [String] {
        let lines = TextWrapper.wrap(text, width: width).map(\.text)
        return lines.isEmpty ? [""] : lines
    }

    private static func lines(_ keymap: Keymap) -> [String] {
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
