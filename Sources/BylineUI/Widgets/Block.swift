/// A box: a border in one role with a title in its top edge, the inside
/// cleared. Box drawing is written here once (the help screen and the
/// speaker overlay are Blocks; the panes share their borders, `PaneFrame`).
struct Block: Widget {
    var title: String
    var role: Role = .title

    func draw(into screen: inout Screen, _ rect: Rect) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        screen.fill(rect, role: .text)
        for x in rect.x..<rect.maxX {
            screen.put("─", width: 1, x: x, y: rect.y, role: role)
            screen.put("─", width: 1, x: x, y: rect.maxY - 1, role: role)
        }
        for y in rect.y..<rect.maxY {
            screen.put("│", width: 1, x: rect.x, y: y, role: role)
            screen.put("│", width: 1, x: rect.maxX - 1, y: y, role: role)
        }
        screen.put("┌", width: 1, x: rect.x, y: rect.y, role: role)
        screen.put("┐", width: 1, x: rect.maxX - 1, y: rect.y, role: role)
        screen.put("└", width: 1, x: rect.x, y: rect.maxY - 1, role: role)
        screen.put("┘", width: 1, x: rect.maxX - 1, y: rect.maxY - 1, role: role)
        screen.write(" \(title) ", x: rect.x + 1, y: rect.y, fitting: rect.width - 2, role: role)
    }

    /// The rectangle inside the border.
    static func inner(_ rect: Rect) -> Rect {
        Rect(x: rect.x + 1, y: rect.y + 1, width: max(0, rect.width - 2), height: max(0, rect.height - 2))
    }
}
