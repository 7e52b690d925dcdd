/// The `s` overlay: a box over the reading pane listing the speakers and
/// their quote counts, the chosen one highlighted.
struct SpeakerPopup: Widget {
    let list: SpeakerList

    func draw(into screen: inout Screen, _ rect: Rect) {
        let counts = list.rows.map { String($0.count) }
        let widest = zip(list.rows, counts).map { DisplayWidth.of($0.label) + 2 + $1.count }.max() ?? 0
        let boxWidth = min(rect.width, max(widest, DisplayWidth.of(" Speakers ")) + 4)
        let boxHeight = min(rect.height, list.rows.count + 2)
        guard boxWidth >= 6, boxHeight >= 3 else { return }
        let box = Rect(x: rect.x + (rect.width - boxWidth) / 2, y: rect.y, width: boxWidth, height: boxHeight)
        Block(title: "Speakers").draw(into: &screen, box)
        let inner = box.height - 2
        var window = list.window
        window.keepSelectionVisible(count: list.rows.count, visible: inner)
        let scroll = window.offset
        let x = box.x + 2, limit = box.maxX - 2
        for slot in 0..<inner {
            let i = scroll + slot
            guard i < list.rows.count else { break }
            let y = box.y + 1 + slot
            let selected = i == list.selection
            if selected { screen.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: .selection) }
            let count = counts[i]
            screen.write(list.rows[i].label, x: x, y: y, fitting: max(0, limit - x - count.count - 1),
                         role: selected ? .selection : list.rows[i].speaker == nil ? .dim : .speaker)
            screen.write(count, x: limit - count.count, y: y, limit: limit, role: selected ? .selection : .dim)
        }
    }
}
