/// Something drawn into a rectangle of a `Screen`, as ratatui's widgets draw
/// into a `Buffer`: pure, so each is tested as text and roles. The reader's
/// screen is made of these (`Renderer`).
protocol Widget {
    func draw(into screen: inout Screen, _ rect: Rect)
}
