/// A window of rows over a longer list, with the row the marker is on: the
/// one piece of clamp-and-scroll logic the list, the side panel, the reading
/// pane, the help screen and the speaker overlay share (newsboat's
/// `ListMovementControl` is the model). Pure; a pane without a marker (the
/// reading pane, help) moves `offset` only.
public struct ScrollableSelection: Sendable, Equatable {
    /// The row the marker is on.
    public internal(set) var selection: Int = 0
    /// The first row shown.
    public internal(set) var offset: Int = 0

    public init(selection: Int = 0, offset: Int = 0) {
        self.selection = selection
        self.offset = offset
    }

    /// The largest offset that still fills the window.
    static func maxOffset(count: Int, visible: Int) -> Int { max(0, count - visible) }

    /// `offset` within `0...maxOffset`.
    mutating func clampOffset(count: Int, visible: Int) {
        offset = min(max(0, offset), Self.maxOffset(count: count, visible: visible))
    }

    /// The offset clamped, then moved as little as brings the marker into view.
    mutating func keepSelectionVisible(count: Int, visible: Int) {
        clampOffset(count: count, visible: visible)
        if selection < offset { offset = selection }
        if selection >= offset + visible { offset = selection - visible + 1 }
    }

    /// A move of the marker over `count` rows, `visible` at once: a page moves
    /// the window with the marker; the marker stays in view.
    mutating func move(_ movement: ReaderState.Movement, count: Int, visible: Int) {
        guard count > 0 else { return }
        let last = count - 1
        switch movement {
        case .down: selection = min(last, selection + 1)
        case .up: selection = max(0, selection - 1)
        case .pageDown:
            selection = min(last, selection + visible)
            offset += visible
        case .pageUp:
            selection = max(0, selection - visible)
            offset -= visible
        case .top: selection = 0
        case .bottom: selection = last
        }
        keepSelectionVisible(count: count, visible: visible)
    }

    /// A move of the window alone, for a pane without a marker.
    mutating func scroll(_ movement: ReaderState.Movement, count: Int, visible: Int) {
        switch movement {
        case .down: offset += 1
        case .up: offset -= 1
        case .pageDown: offset += visible
        case .pageUp: offset -= visible
        case .top: offset = 0
        case .bottom: offset = Self.maxOffset(count: count, visible: visible)
        }
        clampOffset(count: count, visible: visible)
    }

    /// The window moved by `lines` (the mouse wheel), clamped.
    mutating func scroll(by lines: Int, count: Int, visible: Int) {
        offset += lines
        clampOffset(count: count, visible: visible)
    }

    /// The window moved so that rows `first...last` show: when they do not
    /// already, `first` goes to the top.
    mutating func reveal(_ first: Int, _ last: Int, count: Int, visible: Int) {
        if first < offset || last >= offset + visible { offset = first }
        clampOffset(count: count, visible: visible)
    }

    /// The window moved to start at `row`, clamped.
    mutating func scroll(to row: Int, count: Int, visible: Int) {
        offset = row
        clampOffset(count: count, visible: visible)
    }

    /// The marker moved as little as keeps it inside the window (after the wheel moved it).
    mutating func keepSelectionInWindow(count: Int, visible: Int) {
        guard count > 0 else { return }
        selection = min(max(selection, offset), min(count, offset + visible) - 1)
    }
}
