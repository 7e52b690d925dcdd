import Testing
@testable import BylineUI

@Suite struct LayoutTests {
    @Test func threePanesAtFullWidth() {
        let l = Layout(size: Size(width: 120, height: 40))
        #expect(l.list == Rect(x: 1, y: 1, width: 40, height: 37))
        #expect(l.reading == Rect(x: 42, y: 1, width: 52, height: 37))
        #expect(l.side == Rect(x: 95, y: 1, width: 24, height: 37))
        #expect(l.status == Rect(x: 0, y: 39, width: 120, height: 1))
        #expect(l.panes == [.list, .reading, .side])
    }

    @Test func theListTakesAThirdBetween24And60AndTheReadingPaneNeverLessThanTheSidePanel() {
        #expect(Layout(size: Size(width: 100, height: 30)).list?.width == 33)
        #expect(Layout(size: Size(width: 80, height: 24)).list?.width == 26)
        #expect(Layout(size: Size(width: 250, height: 60)).list?.width == 60)
        for width in 60...300 {
            let l = Layout(size: Size(width: width, height: 30))
            #expect(l.reading!.width >= l.side!.width, "\(width) columns")
        }
        let small = Layout(size: Size(width: 60, height: 20))
        #expect(small.reading!.width >= small.side!.width && small.list != nil)
    }

    @Test func readingTextIsAtMost90ColumnsWide() {
        #expect(ReaderState.textWidth(Layout(size: Size(width: 250, height: 60)).reading) == 90)
        #expect(ReaderState.textWidth(Layout(size: Size(width: 120, height: 40)).reading) == 50)
    }

    @Test func panesFillTheWidthWithSharedBorders() {
        for width in 20...300 {
            let l = Layout(size: Size(width: width, height: 30))
            let rects = l.panes.compactMap { l.rect(of: $0) }
            #expect(rects.first?.x == 1)
            #expect(rects.last?.maxX == width - 1)
            for (a, b) in zip(rects, rects.dropFirst()) { #expect(b.x == a.maxX + 1) }
            #expect(rects.allSatisfy { $0.width >= 12 })
        }
    }

    @Test func theSidePanelGoesFirstThenTheList() {
        #expect(Layout(size: Size(width: 60, height: 20)).panes == [.list, .reading, .side])
        #expect(Layout(size: Size(width: 59, height: 20)).panes == [.list, .reading])
        #expect(Layout(size: Size(width: 40, height: 20)).panes == [.list, .reading])
        #expect(Layout(size: Size(width: 39, height: 20)).panes == [.reading])
        #expect(Layout(size: Size(width: 20, height: 5)).panes == [.reading])
    }

    @Test func belowTheMinimumItIsTooSmall() {
        for size in [Size(width: 19, height: 40), Size(width: 200, height: 4), Size(width: 1, height: 1),
                     Size(width: 0, height: 0), Size(width: -5, height: -1)] {
            let l = Layout(size: size)
            #expect(l.isTooSmall)
            #expect(l.panes.isEmpty)
            #expect(l.status == nil)
        }
        #expect(!Layout(size: Size(width: 20, height: 5)).isTooSmall)
    }
}
