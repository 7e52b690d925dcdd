/// The help screen's lines, made from the keymap so it always matches it:
/// one line per binding, keys in a column, then how to close the help.
enum HelpText {
    static func lines(_ keymap: Keymap) -> [String] {
        let labelWidth = keymap.bindings.map { DisplayWidth.of($0.label) }.max() ?? 0
        var lines = keymap.bindings.map { binding in
            let label = binding.label
            return label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label) + 2) + binding.help
        }
        lines.append("")
        lines.append("In this help: j/k scroll, q, Esc or ? close it.")
        return lines
    }
}
