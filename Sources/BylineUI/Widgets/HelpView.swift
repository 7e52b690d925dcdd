/// The help screen: the keymap's lines in a box over the panes, scrolled.
struct HelpView: Widget {
    let state: ReaderState

    func draw(into screen: inout Screen, _ rect: Rect) {
        let w = screen.size.width, bottom = screen.size.height - 2
        Block(title: "Keys").draw(into: &screen, Rect(x: 0, y: 0, width: w, height: bottom + 1))
        let lines = HelpText.lines(state.keymap)
        for row in 0..<(bottom - 1) {
            let i = state.helpScroll + row
            guard i < lines.count else { break }
            screen.write(lines[i], x: 2, y: 1 + row, fitting: w - 4, role: .help)
        }
    }
}
