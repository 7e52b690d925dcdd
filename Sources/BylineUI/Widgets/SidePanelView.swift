import BylineKit

/// The side panel: the article's people, countries, organisations and quotes.
struct SidePanelView: Widget {
    let state: ReaderState

    func draw(into screen: inout Screen, _ rect: Rect) {
        let pad = rect.width >= 12 ? 1 : 0
        let x = rect.x + pad, limit = rect.maxX - pad, width = limit - x
        let rows = state.sidePanel.rows
        for slot in 0..<rect.height {
            let i = state.sideScroll + slot
            guard i < rows.count else { break }
            let y = rect.y + slot
            // (a quote's second line is highlighted with its first)
            let owner = { if case .quoteText = rows[i] { return i - 1 } else { return i } }()
            let highlighted = owner == state.sideSelection && state.focus == .side && rows[owner].isSelectable
            if highlighted { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection) }
            // unfocused, the row the emphasis came from keeps a marker in the padding
            if !highlighted, pad == 1, i == state.sideSelection, state.emphasis != nil, rows[i].isSelectable {
                screen.put("▶", width: 1, x: rect.x, y: y, role: .emphasis)
            }
            switch rows[i] {
            case .section(let title):
                let end = screen.write(title, x: x, y: y, fitting: width, role: .heading)
                if end + 1 < rect.maxX {
                    for cx in (end + 1)..<rect.maxX { screen.put("─", width: 1, x: cx, y: y, role: .border) }
                }
            case .entity(let name, let kind, let count, _):
                let number = String(count)
                let numberWidth = number.count
                screen.write(name, x: x, y: y, fitting: max(0, width - numberWidth - 1), role: highlighted ? .selection : ArticleStyler.role(of: kind))
                if numberWidth <= width { screen.write(number, x: limit - numberWidth, y: y, limit: limit, role: highlighted ? .selection : .dim) }
            case .quote(let speaker, _, _):
                screen.write(speaker, x: x, y: y, fitting: width, role: highlighted ? .selection : .speaker)
            case .quoteText(let text, _):
                screen.write(text, x: x + 2, y: y, fitting: width - 2, role: highlighted ? .selection : .quote)
            case .note(let text):
                screen.write(text, x: x, y: y, fitting: width, role: .dim)
            }
        }
    }
}
