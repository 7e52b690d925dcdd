import BylineKit
import Testing
@testable import BylineUI

/// A long article is laid out as where each line starts, and only the lines
/// on screen are made into glyphs: the end of a paragraph of 40,000 words
/// shows, styled, as the start does.
@Suite("Long articles in the reading pane")
struct LongArticleTests {
    /// One paragraph of numbered words with `Lisbon` as the 20,000th and a
    /// link reference after the last.
    static let article: Article = {
        var words = (0..<40_000).map { "w\($0)" }
        words[20_000] = "Lisbon"
        let text = words.joined(separator: " ") + "."
        let lisbon = text.unicodeScalars.count - "Lisbon".count - 1 - words[20_001...].reduce(0) { $0 + $1.count + 1 }
        return Article(
            file: "Articles/long.txt", title: "Long",
            paragraphs: [Paragraph(kind: .body, text: text,
                                   references: [Paragraph.Reference(offset: text.unicodeScalars.count - 1, number: 7)])],
            entities: [Entity(kind: .country, name: "Portugal", code: "PT",
                              mentions: [Mention(paragraph: 0, start: lisbon, end: lisbon + 6)])])
    }()

    static func reading() -> ReaderState {
        var state = ReaderFixtures.state(80, 24, articles: [article])
        state.apply(.focusNext)
        return state
    }

    @Test func theEndOfALongParagraphShowsWithItsReference() {
        var state = Self.reading()
        state.apply(.bottom)
        let screen = render(state).text
        #expect(screen.contains("w39998 w39999[7]."), "the last words, the reference before the full stop")
        #expect(!screen.contains("w0 "))
    }

    @Test func aMentionDeepInTheParagraphIsStyledWhereItIsShown() {
        var state = Self.reading()
        let line = state.readingText.line(paragraph: 0, offset: Self.article.entities[0].mentions[0].start)!
        state.apply(.bottom)
        while state.readingScroll > line { state.apply(.moveUp) }
        let glyphs = state.readingGlyphs(ofLine: line)
        let styled = glyphs.filter { $0.role == .country }.map(\.character)
        #expect(String(styled) == "Lisbon")
        #expect(render(state).line(1).contains("Lisbon"))
    }

    @Test func aLineCostsAFewBytesHoweverWideItIs() {
        #expect(MemoryLayout<ReadingLine>.stride <= 32)
        let text = ReadingText(article: Self.article, index: 0, width: 60)
        #expect(text.lines.count > 3_000)
    }
}
