/// The reading pane: the open article wrapped to the pane, with its highlights.
struct ReadingView: Widget {
    let state: ReaderState

    func draw(into screen: inout Screen, _ rect: Rect) {
        let pad = rect.width >= 12 ? 1 : 0
        let x = rect.x + pad, limit = rect.maxX - pad
        guard state.openIndex != nil, let article = state.openArticle else {
            screen.write(state.library.isEmpty ? "Nothing to read yet." : "No article open.", x: x, y: rect.y, fitting: limit - x, role: .dim)
            return
        }
        let lines = state.readingText.lines
        if lines.isEmpty {
            screen.write("This article has no text.", x: x, y: rect.y, fitting: limit - x, role: .dim)
            return
        }
        let highlights = ReadingHighlights(state)
        for row in 0..<rect.height {
            let i = state.readingScroll + row
            guard i < lines.count else { break }
            let glyphs = state.readingText.glyphs(ofLine: i, in: article)
            screen.write(highlights.glyphs(glyphs, of: lines[i]), x: x, y: rect.y + row, limit: limit)
        }
    }
}
