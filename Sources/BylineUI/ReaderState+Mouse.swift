/// The mouse (issue 4): a press selects the row under the pointer and focuses
/// its pane; the wheel scrolls the pane under the pointer. Hit-testing uses
/// the layout's rectangles, so it always agrees with what is drawn.
extension ReaderState {
    /// What is under a screen cell: a pane, and the row there when it is a
    /// list row (an index into `listArticles`) or a side-panel row.
    public enum HitTarget: Sendable, Equatable {
        case listRow(Int)
        case sideRow(Int)
        /// A pane, off its rows.
        case pane(Pane)
    }

    /// What is under cell `(x, y)`, nil for borders, the status line and
    /// anything while the help covers the screen.
    public func hitTest(x: Int, y: Int) -> HitTarget? {
        let layout = self.layout
        guard !isHelpShown else { return nil }
        if let rect = layout.list, rect.contains(x: x, y: y) {
            let slot = listRows.slots(from: listScroll).first { y - rect.y >= $0.y && y - rect.y < $0.y + $0.height }
            return slot.map { .listRow($0.row) } ?? .pane(.list)
        }
        if let rect = layout.side, rect.contains(x: x, y: y) {
            let row = sideScroll + (y - rect.y)
            guard row < sidePanel.rows.count else { return .pane(.side) }
            // (a quote's second line is its row's)
            if case .quoteText = sidePanel.rows[row], row > 0 { return .sideRow(row - 1) }
            return sidePanel.rows[row].isSelectable ? .sideRow(row) : .pane(.side)
        }
        if let rect = layout.reading, rect.contains(x: x, y: y) {
            return .pane(.reading)
        }
        return nil
    }

    /// A press: focuses the pane and selects the row under the pointer; a
    /// press on the row already selected in the focused pane acts as Enter.
    mutating func click(x: Int, y: Int) {
        guard let target = hitTest(x: x, y: y) else { return }
        switch target {
        case .listRow(let row):
            let again = focus == .list && row == selectedIndex
            focus = .list
            selectedIndex = row
            keepListSelectionVisible()
            if again { perform(.activate) }
        case .sideRow(let row):
            let again = focus == .side && row == sideSelection
            focus = .side
            side.select(row, visible: sideVisibleRows)
            followSideSelection()
            if again { perform(.activate) }
        case .pane(let pane):
            focus = pane
        }
    }

    /// The wheel: scrolls the pane under the pointer by `lines` (list: by
    /// articles), the selection kept within the rows shown.
    mutating func wheel(x: Int, y: Int, lines: Int) {
        let layout = self.layout
        if let rect = layout.list, rect.contains(x: x, y: y) {
            guard !listArticles.isEmpty else { return }
            list.wheel(by: lines, visible: listVisibleCount)
            keepListSelectionVisible()
        } else if let rect = layout.side, rect.contains(x: x, y: y) {
            side.wheel(by: lines, visible: sideVisibleRows)
        } else if let rect = layout.reading, rect.contains(x: x, y: y) {
            pane.scroll(by: lines, visible: readingVisibleLines)
        }
    }
}
