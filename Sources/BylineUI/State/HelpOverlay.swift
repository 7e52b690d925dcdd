/// The help screen: whether it is shown, and how far it is scrolled.
struct HelpOverlay: Sendable, Equatable {
    private(set) var isShown = false
    private(set) var window = ScrollableSelection()

    mutating func toggle() {
        isShown.toggle()
        window = ScrollableSelection()
    }

    mutating func close() {
        isShown = false
        window = ScrollableSelection()
    }

    mutating func scroll(_ movement: ReaderState.Movement, lines: Int, visible: Int) {
        window.scroll(movement, count: lines, visible: visible)
    }

    mutating func scroll(by delta: Int, lines: Int, visible: Int) {
        window.scroll(by: delta, count: lines, visible: visible)
    }

    /// After a resize: still within its lines.
    mutating func clamp(lines: Int, visible: Int) {
        window.clampOffset(count: lines, visible: visible)
    }
}
