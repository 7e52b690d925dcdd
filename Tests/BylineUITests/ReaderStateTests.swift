import BylineKit
import Testing
@testable import BylineUI

/// Each action on a known state, with the exact change spelled out.
@Suite struct ReaderStateTests {
    /// Thirty short articles: enough for the list to scroll.
    /// Thirty articles with a source, so each takes two rows.
    static let many: [Article] = (1...30).map {
        Article(file: "a\($0).txt", title: "Article \($0)", header: ArticleHeader(source: "Wire"), paragraphs: [Paragraph(kind: .body, text: "Text \($0).")])
    }

    @Test func startsWithTheFirstArticleOpenAndTheListFocused() {
        let state = ReaderFixtures.state(80, 24)
        #expect(state.openIndex == 0)
        #expect(state.selectedIndex == 0)
        #expect(state.focus == .list)
        #expect(state.readingScroll == 0)
        #expect(!state.isHelpShown)
        #expect(!state.isQuitting)
        #expect(state.statusMessage == nil)
        #expect(state.sidePanel == SidePanel(article: ReaderFixtures.riyadh))
    }

    @Test func anEmptyLibraryIgnoresEveryAction() {
        let start = ReaderFixtures.state(80, 24, articles: [])
        #expect(start.openIndex == nil)
        for focus in Pane.allCases {
            var state = start
            state.focus = focus
            let before = state
            for action in [Command.moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .activate] {
                state.apply(action)
                #expect(state == before, "\(action) in \(focus)")
            }
        }
    }

    @Test func movingDownAndUpTheList() {
        var state = ReaderFixtures.state(80, 24)
        var expected = state
        state.apply(.moveDown)
        expected.selectedIndex = 1
        #expect(state == expected)
        state.apply(.moveUp)
        expected.selectedIndex = 0
        #expect(state == expected)
    }

    @Test func movingPastBothEndsOfTheListClamps() {
        var state = ReaderFixtures.state(80, 24)
        let top = state
        state.apply(.moveUp)
        #expect(state == top)
        state.apply(.bottom)
        #expect(state.selectedIndex == 2)
        let bottom = state
        state.apply(.moveDown)
        state.apply(.pageDown)
        #expect(state == bottom)
    }

    @Test func pagingTopAndBottomInALongList() {
        var state = ReaderFixtures.state(80, 24, articles: Self.many)
        #expect(state.listVisibleCount == 10)  // 21 rows, two per article
        var expected = state
        state.apply(.pageDown)
        expected.selectedIndex = 10
        expected.listScroll = 10
        #expect(state == expected)
        state.apply(.bottom)
        expected.selectedIndex = 29
        expected.listScroll = 20
        #expect(state == expected)
        state.apply(.pageUp)
        expected.selectedIndex = 19
        expected.listScroll = 10
        #expect(state == expected)
        state.apply(.top)
        expected.selectedIndex = 0
        expected.listScroll = 0
        #expect(state == expected)
        // moving one past the visible rows scrolls by one
        for _ in 0..<10 { state.apply(.moveDown) }
        expected.selectedIndex = 10
        expected.listScroll = 1
        #expect(state == expected)
    }

    @Test func scrollingTheReadingPaneByLineAndPageClamps() {
        var state = ReaderFixtures.state(40, 12, articles: [ReaderFixtures.geneva])
        state.apply(.focusNext)
        #expect(state.focus == .reading)
        let lines = state.readingLineCount, height = 9, maxScroll = lines - height
        #expect(maxScroll > height)
        var expected = state
        state.apply(.moveUp)
        #expect(state == expected)
        state.apply(.moveDown)
        expected.pane.window.offset = 1
        #expect(state == expected)
        state.apply(.pageDown)
        expected.pane.window.offset = 1 + height
        #expect(state == expected)
        state.apply(.pageUp)
        expected.pane.window.offset = 1
        #expect(state == expected)
        state.apply(.bottom)
        expected.pane.window.offset = maxScroll
        #expect(state == expected)
        state.apply(.moveDown)
        state.apply(.pageDown)
        #expect(state == expected)
        state.apply(.top)
        expected.pane.window.offset = 0
        #expect(state == expected)
    }

    @Test func focusCyclesThroughTheVisiblePanes() {
        var state = ReaderFixtures.state(80, 24)
        var order: [Pane] = []
        for _ in 0..<3 { state.apply(.focusNext); order.append(state.focus) }
        #expect(order == [.reading, .side, .list])
        order = []
        for _ in 0..<3 { state.apply(.focusPrevious); order.append(state.focus) }
        #expect(order == [.side, .reading, .list])

        var narrow = ReaderFixtures.state(50, 24)  // no side panel
        narrow.apply(.focusNext)
        narrow.apply(.focusNext)
        #expect(narrow.focus == .list)
        var tiny = ReaderFixtures.state(30, 24)  // reading pane only
        tiny.apply(.focusNext)
        #expect(tiny.focus == .reading)
    }

    @Test func enterOpensTheSelectedArticleAndFocusesIt() {
        var state = ReaderFixtures.state(80, 24)
        state.apply(.moveDown)
        state.apply(.focusNext)
        state.apply(.moveDown)  // scroll the reading pane of the first article
        state.apply(.focusPrevious)
        state.apply(.activate)
        #expect(state.openIndex == 1)
        #expect(state.focus == .reading)
        #expect(state.readingScroll == 0)
        #expect(state.sidePanel == SidePanel(article: ReaderFixtures.tokyo))
        #expect(state.sideSelection == 0)
        #expect(state.readingText == ReadingText(article: ReaderFixtures.tokyo, index: 1, width: 30))
    }

    @Test func theSidePanelSkipsSectionTitlesAndClamps() {
        var state = ReaderFixtures.state(80, 24)
        state.apply(.focusPrevious)
        #expect(state.focus == .side)
        // Zelensky, [Countries], Ukraine, Saudi Arabia, [Organisations], NATO, [Quotes], quote
        var selections: [Int] = [state.sideSelection]
        for _ in 0..<6 { state.apply(.moveDown); selections.append(state.sideSelection) }
        #expect(selections == [0, 2, 3, 5, 7, 7, 7])
        state.apply(.moveUp)
        #expect(state.sideSelection == 5)
        state.apply(.top)
        #expect(state.sideSelection == 0)
        state.apply(.bottom)
        #expect(state.sideSelection == 7)
        state.apply(.moveUp)
        state.apply(.moveUp)
        state.apply(.moveUp)
        state.apply(.moveUp)
        state.apply(.moveUp)
        #expect(state.sideSelection == 0)
    }

    @Test func enterInTheSidePanelJumpsToTheFirstMentionOrTheQuote() {
        var state = ReaderFixtures.state(60, 10, articles: [ReaderFixtures.riyadh])
        state.apply(.focusPrevious)
        state.apply(.bottom)  // the quote
        state.apply(.activate)
        let quoteLine = state.readingText.line(paragraph: 1, offset: ReaderFixtures.riyadh.quotes[0].mention.start)!
        #expect(quoteLine > 0)
        #expect(state.readingScroll == min(quoteLine, state.readingMaxScroll))
        #expect(state.focus == .side)
        #expect(render(state).text.contains("\"did not"))

        state.apply(.moveUp)  // NATO, first mentioned in the last paragraph
        state.apply(.activate)
        #expect(state.readingScroll == state.readingMaxScroll)
        #expect(render(state).text.contains("NATO allies"))

        state.apply(.top)  // Zelensky, first mentioned in the second paragraph
        state.apply(.activate)
        #expect(state.readingScroll == state.readingText.line(paragraph: 1, offset: 0))
    }

    @Test func helpTogglesAndClosesWithQEscOrQuestionMark() {
        var state = ReaderFixtures.state(80, 24)
        let start = state
        for closing in [Key.character("?"), .character("q"), .escape] {
            state.handle(.key(.character("?")))
            #expect(state.isHelpShown)
            state.handle(.key(closing))
            #expect(state == start, "\(closing)")
        }
        // in help, movement scrolls the help and Tab and Enter do nothing
        var small = ReaderFixtures.state(40, 12)
        small.apply(.toggleHelp)
        let help = small
        small.apply(.focusNext)
        small.apply(.activate)
        #expect(small == help)
        small.apply(.moveDown)
        #expect(small.helpScroll == 1)
        small.apply(.bottom)
        #expect(small.helpScroll == HelpText.lines(.standard, width: 36).count - 9, "the last screenful of the lines wrapped to 40 columns")
        small.apply(.toggleHelp)
        #expect(!small.isHelpShown && small.helpScroll == 0)
    }

    @Test func qQuits() {
        var state = ReaderFixtures.state(80, 24)
        state.handle(.key(.character("q")))
        #expect(state.isQuitting)
        var empty = ReaderFixtures.state(80, 24, articles: [])
        empty.handle(.key(.control("c")))
        #expect(empty.isQuitting)
    }

    @Test func aResizeThatWouldHideTheSelectionScrollsTheList() {
        var state = ReaderFixtures.state(80, 24, articles: Self.many)
        for _ in 0..<9 { state.apply(.moveDown) }
        #expect(state.listScroll == 0)
        state.handle(.resize(Size(width: 80, height: 12)))  // 9 rows: four articles
        #expect(state.size == Size(width: 80, height: 12))
        #expect(state.selectedIndex == 9)
        #expect(state.listScroll == 6)
        #expect(render(state).text.contains("▶ Article 10"))
        // growing again shows as many articles as fit, the selection still in view
        state.handle(.resize(Size(width: 80, height: 60)))
        #expect(state.listScroll == 2)  // 28 fit, 30 articles
    }

    @Test func aResizeThatHidesTheFocusedPaneMovesFocusToTheReadingPane() {
        var state = ReaderFixtures.state(80, 24)
        state.apply(.focusPrevious)
        #expect(state.focus == .side)
        state.handle(.resize(Size(width: 50, height: 24)))
        #expect(state.focus == .reading)
        state.apply(.focusPrevious)
        state.handle(.resize(Size(width: 30, height: 24)))
        #expect(state.focus == .reading)
    }

    @Test func aResizeRewrapsAndKeepsTheReadingPosition() {
        var state = ReaderFixtures.state(60, 12, articles: [ReaderFixtures.geneva])
        state.apply(.focusNext)
        while state.readingText.lines[state.readingScroll].paragraph != 1 { state.apply(.moveDown) }
        state.handle(.resize(Size(width: 100, height: 12)))
        #expect(state.readingText.width == 41)
        let line = state.readingText.lines[state.readingScroll]
        #expect(line.paragraph == 1 && line.range.lowerBound == 0)
    }

    @Test func resizingToNothingAndBackIsSafe() {
        var state = ReaderFixtures.state(80, 24)
        state.apply(.focusNext)
        state.apply(.bottom)
        for size in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: -4, height: 3), Size(width: 10, height: 3), Size(width: 80, height: 24)] {
            state.handle(.resize(size))
            for action in [Command.moveDown, .pageDown, .bottom, .focusNext, .activate, .top] { state.apply(action) }
            _ = render(state)
        }
        #expect(state.size == Size(width: 80, height: 24))
        #expect(state.readingText.width == 30)
    }

    @Test func theStatusMessageShowsUntilTheNextKey() {
        var state = ReaderState(articles: ReaderFixtures.library, size: Size(width: 80, height: 24), statusMessage: "1 file skipped").started()
        #expect(render(state).line(23).hasPrefix(" 1/3 newest first  1 file skipped"))
        state.handle(.key(.character("j")))
        #expect(state.statusMessage == nil)
        #expect(state.selectedIndex == 1)
        state.handle(.key(.character("x")))
        #expect(state.statusMessage == "x does nothing here — ? lists the keys")
        state.apply(.notice("loaded"))
        #expect(state.statusMessage == "loaded")
    }

    @Test func loadNotesBecomeOneStatusMessage() {
        #expect(ReaderState.statusMessage(forNotes: []) == nil)
        #expect(ReaderState.statusMessage(forNotes: ["a.txt: binary file, not an article; skipped"]) == "a.txt: binary file, not an article; skipped")
        #expect(ReaderState.statusMessage(forNotes: ["x: skipped", "y: skipped"]) == "2 problems while loading; first: x: skipped")
    }
}
