/// The panes' frame: borders shared between panes, each pane's title in the
/// top border, the focused pane's outline in `.title`.
struct PaneFrame: Widget {
    let state: ReaderState

    func draw(into screen: inout Screen, _ rect: Rect) {
        let layout = state.layout
        let w = screen.size.width
        let bottom = screen.size.height - 2
        let edges = [0] + layout.panes.compactMap { layout.rect(of: $0)?.maxX }
        for x in 0..<w {
            screen.put("─", width: 1, x: x, y: 0, role: .border)
            screen.put("─", width: 1, x: x, y: bottom, role: .border)
        }
        for (i, x) in edges.enumerated() {
            let first = i == 0, last = i == edges.count - 1
            screen.put(first ? "┌" : last ? "┐" : "┬", width: 1, x: x, y: 0, role: .border)
            screen.put(first ? "└" : last ? "┘" : "┴", width: 1, x: x, y: bottom, role: .border)
            for y in 1..<bottom { screen.put("│", width: 1, x: x, y: y, role: .border) }
        }
        if let focused = layout.rect(of: state.focus) {
            screen.setRole(.title, y: 0, from: focused.x - 1, to: focused.maxX + 1)
            screen.setRole(.title, y: bottom, from: focused.x - 1, to: focused.maxX + 1)
            for y in 1..<bottom {
                screen.setRole(.title, y: y, from: focused.x - 1, to: focused.x)
                screen.setRole(.title, y: y, from: focused.maxX, to: focused.maxX + 1)
            }
        }
        for pane in layout.panes {
            guard let rect = layout.rect(of: pane), rect.width >= 3 else { continue }
            let role: Role = pane == state.focus ? .title : .border
            screen.put(" ", width: 1, x: rect.x, y: 0, role: role)
            let end = screen.write(title(of: pane), x: rect.x + 1, y: 0, fitting: rect.width - 2, role: role)
            screen.put(" ", width: 1, x: end, y: 0, role: role)
        }
    }

    private func title(of pane: Pane) -> String {
        switch pane {
        case .list:
            if state.filter != nil { return "Articles (\(state.listArticles.count) of \(state.library.count))" }
            return "Articles (\(state.library.count))"
        case .reading:
            guard let article = state.openArticle else { return "Byline" }
            return ArticleListRow(article).title
        case .side:
            guard state.openArticle != nil else { return "In this article" }
            let sections = state.sidePanel.sections
            return state.sideScroll < sections.count ? sections[state.sideScroll] : "People"
        }
    }
}
