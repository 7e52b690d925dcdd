import BylineKit
import Testing
@testable import BylineUI

/// Hit-testing against the layout, presses, and the wheel.
@Suite struct MouseTests {
    typealias F = NavigationFixtures

    func click(_ state: inout ReaderState, _ x: Int, _ y: Int) {
        state.handle(.mouse(MouseEvent(kind: .press, x: x, y: y)))
    }

    @Test func hitTestingFollowsTheLayout() {
        let state = F.state()  // 80x24: list 1..<27, reading 28..<60, side 61..<79
        #expect(state.hitTest(x: 1, y: 1) == .listRow(0))
        #expect(state.hitTest(x: 26, y: 2) == .listRow(0))  // the detail line belongs to its article
        #expect(state.hitTest(x: 5, y: 3) == .listRow(1))   // one row: nothing for a detail line
        #expect(state.hitTest(x: 5, y: 5) == .listRow(3))
        #expect(state.hitTest(x: 5, y: 6) == .pane(.list))  // below the last article
        #expect(state.hitTest(x: 28, y: 5) == .pane(.reading))
        #expect(state.hitTest(x: 61, y: 1) == .sideRow(0))
        #expect(state.hitTest(x: 70, y: 3) == .pane(.side))  // the Countries title
        #expect(state.hitTest(x: 70, y: 4) == .sideRow(3))
        #expect(state.hitTest(x: 70, y: 20) == .pane(.side))
        for (x, y) in [(0, 5), (27, 5), (60, 5), (79, 5), (30, 0), (30, 22), (30, 23), (80, 5), (-1, -1)] {
            #expect(state.hitTest(x: x, y: y) == nil, "\(x),\(y)")
        }
        // narrow: no side panel, so its cells are the reading pane's
        let narrow = F.state(50, 24)
        #expect(narrow.layout.side == nil)
        #expect(narrow.hitTest(x: 45, y: 5) == .pane(.reading))
    }

    @Test func aPressSelectsAnArticleAndFocusesTheListAndASecondOpensIt() {
        var state = F.state()
        state.apply(.focusNext)
        click(&state, 5, 4)
        #expect(state.focus == .list && state.selectedIndex == 2 && state.openIndex == 0)
        click(&state, 5, 4)
        #expect(state.openIndex == 2 && state.focus == .reading)
    }

    @Test func aPressInTheSidePanelSelectsAndEmphasisesAndASecondJumps() {
        var state = F.state(60, 8)
        click(&state, 50, 2)  // Tomas Okafor
        #expect(state.focus == .side && state.sideSelection == 1)
        #expect(state.emphasis == .entity(2, current: nil))
        #expect(state.readingScroll == 0)
        click(&state, 50, 2)
        #expect(state.readingScroll == state.readingText.line(paragraph: 1, offset: 0))
        #expect(state.emphasis == .entity(2, current: 0))
        // a press on a section title focuses the panel and selects nothing new
        click(&state, 50, 3)
        #expect(state.sideSelection == 1)
    }

    @Test func aPressInTheReadingPaneFocusesIt() {
        var state = F.state()
        let before = state
        click(&state, 30, 10)
        #expect(state.focus == .reading)
        click(&state, 0, 0)  // a border: nothing
        click(&state, 40, 23)  // the status line: nothing
        var expected = before
        expected.focus = .reading
        #expect(state == expected)
    }

    @Test func theWheelScrollsThePaneUnderThePointer() {
        var state = F.state(60, 8)
        state.handle(.mouse(MouseEvent(kind: .wheelDown, x: 30, y: 3)))
        #expect(state.readingScroll == 3 && state.focus == .list)
        state.handle(.mouse(MouseEvent(kind: .wheelUp, x: 30, y: 3)))
        state.handle(.mouse(MouseEvent(kind: .wheelUp, x: 30, y: 3)))
        #expect(state.readingScroll == 0)
        for _ in 0..<20 { state.handle(.mouse(MouseEvent(kind: .wheelDown, x: 30, y: 3))) }
        #expect(state.readingScroll == state.readingMaxScroll)

        // the list (thirty articles of two rows): two show; the selection stays among them
        var list = ReaderFixtures.state(60, 8, articles: ReaderStateTests.many)
        list.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 3)))
        #expect(list.listScroll == 3 && list.selectedIndex == 3)
        list.handle(.mouse(MouseEvent(kind: .wheelUp, x: 5, y: 3)))
        #expect(list.listScroll == 0 && list.selectedIndex == 1)

        // the side panel: thirteen rows (quotes take two), five show
        state.handle(.mouse(MouseEvent(kind: .wheelDown, x: 50, y: 3)))
        #expect(state.sideScroll == 3 && state.sideSelection == 3)
        state.handle(.mouse(MouseEvent(kind: .wheelDown, x: 50, y: 3)))
        #expect(state.sideScroll == 6 && state.sideSelection == 7, "the selection follows onto a quote's first line")
    }

    @Test func theMouseWaitsWhileAPromptOrTheSpeakerListIsOpenAndScrollsTheHelp() {
        var state = F.state()
        press(&state, "f")
        let prompt = state
        click(&state, 5, 5)
        #expect(state == prompt)
        state.handle(.key(.escape))
        press(&state, "s")
        let speakers = state
        click(&state, 5, 5)
        #expect(state == speakers)
        state.handle(.key(.escape))
        var small = F.state(40, 12)
        small.apply(.toggleHelp)
        small.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(small.helpScroll == 3)
        click(&small, 5, 5)
        #expect(small.isHelpShown && small.selectedIndex == 0)
    }
}
