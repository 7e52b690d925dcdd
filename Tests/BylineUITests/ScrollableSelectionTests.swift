import Testing
@testable import BylineUI

/// The one clamp-and-scroll rule every pane uses.
@Suite struct ScrollableSelectionTests {
    @Test func theMarkerStaysInViewAndThePageMovesTheWindowWithIt() {
        var w = ScrollableSelection()
        w.move(.down, count: 10, visible: 3)
        w.move(.down, count: 10, visible: 3)
        w.move(.down, count: 10, visible: 3)
        #expect(w == ScrollableSelection(selection: 3, offset: 1))
        w.move(.pageDown, count: 10, visible: 3)
        #expect(w == ScrollableSelection(selection: 6, offset: 4))
        w.move(.bottom, count: 10, visible: 3)
        #expect(w == ScrollableSelection(selection: 9, offset: 7))
        w.move(.pageDown, count: 10, visible: 3)
        #expect(w == ScrollableSelection(selection: 9, offset: 7), "never past the end")
        w.move(.top, count: 10, visible: 3)
        #expect(w == ScrollableSelection(selection: 0, offset: 0))
        w.move(.up, count: 0, visible: 3)
        #expect(w == ScrollableSelection(selection: 0, offset: 0), "an empty list has nothing to move")
    }

    @Test func aPaneWithoutAMarkerScrollsWithinItsLines() {
        var w = ScrollableSelection()
        w.scroll(.bottom, count: 50, visible: 20)
        #expect(w.offset == 30)
        w.scroll(by: 10, count: 50, visible: 20)
        #expect(w.offset == 30)
        w.scroll(.pageUp, count: 50, visible: 20)
        #expect(w.offset == 10)
        w.reveal(12, 14, count: 50, visible: 20)
        #expect(w.offset == 10, "already in view")
        w.reveal(40, 41, count: 50, visible: 20)
        #expect(w.offset == 30, "to the top as far as the end allows")
        w.scroll(by: -100, count: 5, visible: 20)
        #expect(w.offset == 0, "a text shorter than the pane stays at its top")
    }

    @Test func afterTheWheelTheMarkerFollowsTheWindow() {
        var w = ScrollableSelection(selection: 0, offset: 0)
        w.scroll(by: 6, count: 10, visible: 3)
        w.keepSelectionInWindow(count: 10, visible: 3)
        #expect(w == ScrollableSelection(selection: 6, offset: 6))
    }
}
