import Foundation
import BylineKit
import Testing
@testable import BylineUI

/// A list that fits: an article takes a second row only for something to
/// show there, and from 100 columns `list-style = "one-line"` puts date,
/// source and title on one line.
@Suite("List density")
struct ListDensityTests {
    static let articles = [
        Article(file: "a.txt", title: "Harbour vote", header: ArticleHeader(source: "Wire", date: "2026-03-04"), paragraphs: [Paragraph(kind: .body, text: "A.")]),
        Article(file: "b.txt", title: "Ferry fares", header: ArticleHeader(date: "2026-03-03"), paragraphs: [Paragraph(kind: .body, text: "B.")]),
        Article(file: "c.txt", title: "Grain notes", paragraphs: [Paragraph(kind: .body, text: "C.")]),
        Article(file: "d.txt", title: "Fleet home", paragraphs: [Paragraph(kind: .body, text: "D.")]),
    ]

    func lines(_ state: ReaderState, rows: Int) -> [String] {
        let screen = render(state), list = state.layout.list!
        return (1...rows).map { y in String((list.x..<list.maxX).compactMap { screen[$0, y].character }) }
    }

    @Test func anArticleWithNothingForASecondRowTakesOne() {
        let state = ReaderState(articles: Self.articles, size: Size(width: 80, height: 24), unread: [], bookmarked: [3]).started()
        #expect(lines(state, rows: 7).map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) } == [
            "▶ Harbour vote", "  Wire · 2026-03-04",
            "  Ferry fares", "  2026-03-03",
            "  Grain notes",
            "  Fleet home", " ★",
        ])
        #expect(state.hitTest(x: 5, y: 5) == .listRow(2))
        #expect(state.hitTest(x: 5, y: 7) == .listRow(3), "a bookmark takes the second row for its star")
    }

    @Test func oneLineFrom100ColumnsWhenTheConfigAsks() {
        let wide = ReaderState(articles: Self.articles, size: Size(width: 120, height: 24), listStyle: .oneLine, unread: []).started()
        #expect(wide.isListOneLine)
        #expect(lines(wide, rows: 4).map { $0.trimmingCharacters(in: .whitespaces) } == [
            "▶ 2026-03-04  Wire  Harbour vote", "2026-03-03  Ferry fares", "Grain notes", "Fleet home",
        ])
        #expect(wide.listVisibleCount == 4 && wide.listRowHeight(0) == 1, "one row an article")
        let narrow = ReaderState(articles: Self.articles, size: Size(width: 99, height: 24), listStyle: .oneLine, unread: []).started()
        #expect(!narrow.isListOneLine, "below 100 columns the two-line list fits better")
    }

    @Test func theMarkerStaysInViewWithRowsOfBothHeights() {
        let many = (1...40).map { n in
            Article(file: "m\(n).txt", title: "Item \(n)", header: ArticleHeader(source: n % 3 == 0 ? "Wire" : nil), paragraphs: [Paragraph(kind: .body, text: "T.")])
        }
        var state = ReaderState(articles: many, size: Size(width: 80, height: 12), unread: []).started()
        for _ in 0..<25 {
            state.apply(.moveDown)
            #expect(render(state).text.contains("▶ Item \(state.selectedIndex + 1)"), "row \(state.selectedIndex)")
        }
        state.apply(.bottom)
        #expect(render(state).text.contains("▶ Item 40"))
        #expect(render(state).text.split(separator: "\n")[9].contains("│"), "the last rows are filled, none left empty")
    }
}
