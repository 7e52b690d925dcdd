/// A box over the reading pane listing choices, the chosen one highlighted,
/// scrolled to keep it in view: the speaker list (`s`) and the link list
/// (`L`) are drawn with it.
struct Popup: Widget {
    struct Row {
        var label: String
        /// Set right-aligned, dim (a count).
        var trailing: String = ""
        var role: Role
    }

    let title: String
    let rows: [Row]
    let window: ScrollableSelection

    func draw(into screen: inout Screen, _ rect: Rect) {
        let widest = rows.map { DisplayWidth.of($0.label) + ($0.trailing.isEmpty ? 0 : 2 + $0.trailing.count) }.max() ?? 0
        let boxWidth = min(rect.width, max(widest, DisplayWidth.of(" \(title) ")) + 4)
        let boxHeight = min(rect.height, rows.count + 2)
        guard boxWidth >= 6, boxHeight >= 3 else { return }
        let box = Rect(x: rect.x + (rect.width - boxWidth) / 2, y: rect.y, width: boxWidth, height: boxHeight)
        Block(title: title).draw(into: &screen, box)
        let inner = box.height - 2
        var window = self.window
        window.keepSelectionVisible(count: rows.count, visible: inner)
        let x = box.x + 2, limit = box.maxX - 2
        for slot in 0..<inner {
            let i = window.offset + slot
            guard i < rows.count else { break }
            let y = box.y + 1 + slot
            let selected = i == window.selection
            if selected { screen.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: .selection) }
            let trailing = rows[i].trailing
            screen.write(rows[i].label, x: x, y: y, fitting: max(0, limit - x - (trailing.isEmpty ? 0 : trailing.count + 1)),
                         role: selected ? .selection : rows[i].role)
            if !trailing.isEmpty { screen.write(trailing, x: limit - trailing.count, y: y, limit: limit, role: selected ? .selection : .dim) }
        }
    }
}
