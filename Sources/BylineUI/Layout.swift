/// Where everything goes on a screen of a given size: a pure function of the
/// size (ratatui's layout is the model). The panes share their borders:
///
/// ```
/// ┌ Articles (3) ──┬ Title ─────────────┬ People ──┐
/// │list            │reading             │side      │
/// └────────────────┴────────────────────┴──────────┘
///  status line
/// ```
///
/// The rectangles are the panes' contents, inside the borders. The list
/// takes about a third of the width (24 to 60 columns), the side panel a
/// fifth (18 to 30), the reading pane the rest, and never less than the side
/// panel. Below
/// `sideMinimumWidth` columns the side panel goes, below `listMinimumWidth` the
/// list goes, and below `minimumSize` nothing but a "terminal too small"
/// message is shown (`isTooSmall`, all panes nil).
public struct Layout: Sendable, Equatable {
    public static let minimumSize = Size(width: 20, height: 5)
    public static let sideMinimumWidth = 60
    public static let listMinimumWidth = 40

    public var size: Size
    public var list: Rect?
    public var reading: Rect?
    public var side: Rect?
    /// The bottom row.
    public var status: Rect?

    public var isTooSmall: Bool { reading == nil }

    public init(size: Size) {
        self.size = size
        let w = size.width, h = size.height
        guard w >= Layout.minimumSize.width, h >= Layout.minimumSize.height else { return }
        let contentY = 1
        let contentHeight = h - 3  // top border, bottom border, status line
        let sideWidth = w >= Layout.sideMinimumWidth ? min(30, max(18, w / 5)) : 0
        // the list: about a third of the width, 24 to 60 columns, but never so
        // wide that the reading pane is narrower than the side panel (or 24)
        var listWidth = w >= Layout.listMinimumWidth ? min(60, max(24, w / 3)) : 0
        let borders = 2 + (listWidth > 0 ? 1 : 0) + (sideWidth > 0 ? 1 : 0)
        if listWidth > 0 { listWidth = max(12, min(listWidth, w - borders - sideWidth - max(sideWidth, 24))) }
        let readingWidth = w - borders - listWidth - sideWidth
        var x = 1
        if listWidth > 0 {
            list = Rect(x: x, y: contentY, width: listWidth, height: contentHeight)
            x += listWidth + 1
        }
        reading = Rect(x: x, y: contentY, width: readingWidth, height: contentHeight)
        x += readingWidth + 1
        if sideWidth > 0 {
            side = Rect(x: x, y: contentY, width: sideWidth, height: contentHeight)
        }
        status = Rect(x: 0, y: h - 1, width: w, height: 1)
    }

    /// The content rectangle of a pane, nil when the pane is not shown.
    public func rect(of pane: Pane) -> Rect? {
        switch pane {
        case .list: list
        case .reading: reading
        case .side: side
        }
    }

    /// The panes shown, left to right.
    public var panes: [Pane] {
        Pane.allCases.filter { rect(of: $0) != nil }
    }
}
