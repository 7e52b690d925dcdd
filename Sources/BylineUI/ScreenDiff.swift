/// What the terminal must write to turn the screen it shows into the next
/// one: every cell that differs, or every cell when there is nothing to
/// compare with (the first frame, a new size, a screen larger than the
/// terminal). Pure, so wide-character transitions are tested without a
/// terminal (ratatui's `BufferDiff` is the model).
///
/// A continuation cell (the right half of a wide character) is never
/// written: the wide character covers it. A wide character is written
/// whenever its own cell changed, so the half it covers is drawn with it.
public struct ScreenDiff: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public var x: Int
        public var y: Int
        public var character: Character
        public var role: Role
        /// A two-cell character: the terminal clears the cell to its right first.
        public var isWide: Bool
    }

    /// Whether the terminal should be cleared first (nothing to compare with).
    public let repaintsAll: Bool
    public let changes: [Change]

    /// `limit`: the terminal's own size; cells beyond it are not written.
    public init(previous: Screen?, next: Screen, limit: Size) {
        let before = previous.flatMap { $0.size == next.size && $0.size == limit ? $0 : nil }
        repaintsAll = before == nil
        let rows = min(next.size.height, limit.height), columns = min(next.size.width, limit.width)
        var changes: [Change] = []
        for y in 0..<max(0, rows) {
            for x in 0..<max(0, columns) {
                let cell = next[x, y]
                if let before, before[x, y] == cell { continue }
                guard let character = cell.character else { continue }
                changes.append(Change(x: x, y: y, character: character, role: cell.role, isWide: cell.width > 1))
            }
        }
        self.changes = changes
    }
}
