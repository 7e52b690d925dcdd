import BylineKit

/// The side panel's part of the state: the open article's rows, the row
/// selected (always a selectable one when there is one) and the first row
/// shown. Moves skip section titles and notes.
struct SidePanelState: Sendable, Equatable {
    private(set) var panel: SidePanel = .empty
    var window = ScrollableSelection()

    /// The panel of a newly opened article, at its first selectable row.
    mutating func show(_ article: Article) {
        panel = SidePanel(article: article)
        window = ScrollableSelection(selection: panel.firstSelectable ?? 0, offset: 0)
    }

    static let empty = SidePanelState()

    mutating func move(_ movement: ReaderState.Movement, visible: Int) {
        guard let first = panel.firstSelectable, let last = panel.lastSelectable else { return }
        let selection = window.selection
        switch movement {
        case .down: window.selection = panel.selectable(from: min(last, selection + 1), direction: 1) ?? selection
        case .up: window.selection = panel.selectable(from: max(first, selection - 1), direction: -1) ?? selection
        case .pageDown:
            window.selection = panel.selectable(from: min(last, selection + visible), direction: 1) ?? last
            window.offset += visible
        case .pageUp:
            window.selection = panel.selectable(from: max(first, selection - visible), direction: -1) ?? first
            window.offset -= visible
        case .top:
            window.selection = first
            window.offset = 0
        case .bottom: window.selection = last
        }
        keepSelectionVisible(visible: visible)
    }

    /// The window moved by the wheel; the selection follows into it.
    mutating func wheel(by lines: Int, visible: Int) {
        guard let first = panel.firstSelectable, let last = panel.lastSelectable else { return }
        window.scroll(by: lines, count: panel.rows.count, visible: visible)
        if window.selection < window.offset {
            window.selection = panel.selectable(from: min(window.offset, last), direction: 1) ?? first
        } else if window.selection >= window.offset + visible {
            window.selection = panel.selectable(from: max(first, window.offset + visible - 1), direction: -1) ?? last
        }
    }

    mutating func select(_ row: Int, visible: Int) {
        window.selection = row
        keepSelectionVisible(visible: visible)
    }

    /// The selection in view, a quote with its second line; a section title
    /// just above it comes into view with it.
    mutating func keepSelectionVisible(visible: Int) {
        window.keepSelectionVisible(count: panel.rows.count, visible: visible)
        let next = window.selection + 1
        if visible > 1, panel.rows.indices.contains(next), case .quoteText = panel.rows[next], next >= window.offset + visible {
            window.offset = next - visible + 1
        }
        if window.offset > 0, window.offset == window.selection, !panel.rows[window.offset - 1].isSelectable, visible > 1 {
            window.offset -= 1
        }
    }
}
