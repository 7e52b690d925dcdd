/// What a terminal too small for the panes shows: a short message and the minimum size.
struct TooSmallView: Widget {
    static let messages = ["Terminal too small", "Too small", "Small"]

    func draw(into screen: inout Screen, _ rect: Rect) {
        let w = screen.size.width, h = screen.size.height
        guard w > 0, h > 0 else { return }
        let message = TooSmallView.messages.first { DisplayWidth.of($0) <= w } ?? TooSmallView.messages.last!
        let y = (h - 1) / 2
        let x = max(0, (w - DisplayWidth.of(message)) / 2)
        screen.write(message, x: x, y: y, limit: w, role: .warning)
        let minimum = "at least \(Layout.minimumSize.width)×\(Layout.minimumSize.height)"
        if y + 1 < h, DisplayWidth.of(minimum) <= w {
            screen.write(minimum, x: max(0, (w - DisplayWidth.of(minimum)) / 2), y: y + 1, limit: w, role: .dim)
        }
    }
}
