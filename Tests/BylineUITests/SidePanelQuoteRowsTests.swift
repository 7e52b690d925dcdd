import BylineKit
import Testing
@testable import BylineUI

/// Side-panel quote rows that help at any width: the speaker on one line,
/// the quote's own opening on the next, and no row twice.
@Suite("Side panel quote rows")
struct SidePanelQuoteRowsTests {
    /// One speaker quoted three times, once word for word again (as a
    /// headline's quote is in the body).
    static let article: Article = ArticleParser.parse("""
        Harbour deal near

        "We will sign by Friday," said Mirela Dragan on Monday.

        "The cranes stay," Dragan added. "We will sign by Friday," she repeated.
        """, file: "deal.txt")

    @Test func eachQuoteShowsItsSpeakerThenItsOwnOpeningAndNoRowRepeats() {
        #expect(Self.article.quotes.count == 3)
        let quotes = SidePanel(article: Self.article).rows.filter {
            switch $0 { case .quote, .quoteText: true; default: false }
        }
        let drawn = quotes.map { row -> String in
            switch row {
            case .quote(let speaker, _, _): speaker
            case .quoteText(let text, _): "  " + text
            default: ""
            }
        }
        #expect(drawn == ["Mirela Dragan", "  We will sign by Friday,", "Mirela Dragan", "  The cranes stay,"])
    }

    @Test func aClickOnAQuotesSecondLineSelectsIt() {
        var state = ReaderState(articles: [Self.article], size: Size(width: 80, height: 24)).started()
        let side = state.layout.side!
        let rows = state.sidePanel.rows
        let second = rows.firstIndex { if case .quoteText = $0 { true } else { false } }!
        #expect(state.hitTest(x: side.x + 3, y: side.y + second) == .sideRow(second - 1))
        state.handle(.mouse(MouseEvent(kind: .press, x: side.x + 3, y: side.y + second)))
        #expect(state.focus == .side && state.sideSelection == second - 1)
        #expect(state.emphasis == .quote(0))
    }
}
