/// The help screen: the keymap's lines, wrapped, in a box over the panes,
/// scrolled; the box's borders say when there is more above or below.
struct HelpView: Widget {
    let state: ReaderState

    func draw(into screen: inout Screen, _ rect: Rect) {
        let w = screen.size.width, bottom = screen.size.height - 2
        Block(title: "Keys").draw(into: &screen, Rect(x: 0, y: 0, width: w, height: bottom + 1))
        let lines = state.helpLines
        let visible = bottom - 1
        for row in 0..<visible {
            let i = state.helpScroll + row
            guard i < lines.count else { break }
            screen.write(lines[i], x: 2, y: 1 + row, fitting: w - 4, role: .help)
        }
        if state.helpScroll > 0 { mark(" ↑ more above ", y: 0, width: w, into: &screen) }
        if state.helpScroll + visible < lines.count { mark(" ↓ more below ", y: bottom, width: w, into: &screen) }
    }

    /// A note set in a border, at its right end, where it fits.
    private func mark(_ text: String, y: Int, width: Int, into screen: inout Screen) {
        let x = width - 2 - DisplayWidth.of(text)
        guard x > 12 else { return }
        screen.write(text, x: x, y: y, limit: width - 2, role: .title)
    }
}
