import Testing
@testable import BylineUI

/// Widgets draw into their rectangle and nowhere else.
@Suite struct WidgetTests {
    @Test func aBlockDrawsItsBorderAndTitleInsideItsRectangle() {
        var screen = Screen(size: Size(width: 12, height: 5))
        Block(title: "Keys").draw(into: &screen, Rect(x: 1, y: 1, width: 10, height: 3))
        #expect(screen.line(0) == String(repeating: " ", count: 12))
        #expect(screen.line(1) == " ┌ Keys ──┐ ")
        #expect(screen.line(2) == " │        │ ")
        #expect(screen.line(3) == " └────────┘ ")
        #expect(screen[2, 1].role == .title)
        #expect(Block.inner(Rect(x: 1, y: 1, width: 10, height: 3)) == Rect(x: 2, y: 2, width: 8, height: 1))
    }

    @Test func aBlockTooSmallForABorderDrawsNothing() {
        var screen = Screen(size: Size(width: 3, height: 3))
        Block(title: "Keys").draw(into: &screen, Rect(x: 0, y: 0, width: 1, height: 3))
        #expect(screen.text.allSatisfy { $0 == " " || $0 == "\n" })
    }
}
