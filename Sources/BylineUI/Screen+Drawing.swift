/// Drawing into a `Screen`, clipped to its bounds and never splitting a wide
/// character: one that would need a cell beyond the limit is drawn as a space.
extension Screen {
    /// Puts one character of display width `width` (1 or 2) at `(x, y)`.
    /// Overwriting half of a wide character blanks its other half.
    mutating func put(_ character: Character, width: Int, x: Int, y: Int, role: Role) {
        guard contains(x: x, y: y) else { return }
        if width == 2 && x + 1 >= size.width {
            put(" ", width: 1, x: x, y: y, role: role)
            return
        }
        clearWideNeighbours(x: x, y: y)
        self[x, y] = Cell(character: character, role: role, width: width)
        if width == 2 {
            if self[x + 1, y].width == 2, x + 2 < size.width { self[x + 2, y] = Cell(character: " ", role: self[x + 2, y].role) }
            self[x + 1, y] = Cell(character: nil, role: role, width: 0)
        }
    }

    private mutating func clearWideNeighbours(x: Int, y: Int) {
        let old = self[x, y]
        if old.width == 0, x > 0 { self[x - 1, y] = Cell(character: " ", role: self[x - 1, y].role) }
        if old.width == 2, x + 1 < size.width { self[x + 1, y] = Cell(character: " ", role: old.role) }
    }

    /// Writes styled glyphs from `x`, stopping before `limit`. Returns the next x.
    @discardableResult
    mutating func write(_ glyphs: [StyledGlyph], x: Int, y: Int, limit: Int) -> Int {
        var cx = x
        for g in glyphs {
            if g.width == 0 { continue }
            if cx + g.width > limit {
                if cx < limit { put(" ", width: 1, x: cx, y: y, role: g.role); cx += 1 }
                break
            }
            put(g.character, width: g.width, x: cx, y: y, role: g.role)
            cx += g.width
        }
        return cx
    }

    /// Writes text from `x`, stopping before `limit`. Returns the next x.
    @discardableResult
    mutating func write<S: StringProtocol>(_ text: S, x: Int, y: Int, limit: Int, role: Role) -> Int {
        var cx = x
        for c in text {
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if cx + w > limit {
                if cx < limit { put(" ", width: 1, x: cx, y: y, role: role); cx += 1 }
                break
            }
            put(c, width: w, x: cx, y: y, role: role)
            cx += w
        }
        return cx
    }

    /// Writes text in at most `width` cells, ending in `…` when it is cut.
    @discardableResult
    mutating func write<S: StringProtocol>(_ text: S, x: Int, y: Int, fitting width: Int, role: Role) -> Int {
        guard width > 0 else { return x }
        if DisplayWidth.of(text) <= width { return write(text, x: x, y: y, limit: x + width, role: role) }
        var cx = x
        for c in text {
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if cx + w > x + width - 1 { break }
            put(c, width: w, x: cx, y: y, role: role)
            cx += w
        }
        put("…", width: 1, x: cx, y: y, role: role)
        return cx + 1
    }

    /// Fills a rectangle with spaces in `role`.
    mutating func fill(_ rect: Rect, role: Role) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 {
                self[x, y] = Cell(character: " ", role: role)
            }
        }
    }

    /// Gives every cell of a row segment `role`, keeping the characters.
    mutating func setRole(_ role: Role, y: Int, from x0: Int, to x1: Int) {
        let lo = max(0, x0), hi = min(size.width, x1)
        guard y >= 0, y < size.height, lo < hi else { return }
        for x in lo..<hi { self[x, y].role = role }
    }
}
