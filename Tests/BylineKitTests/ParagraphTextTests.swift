import Testing
@testable import BylineKit

/// Paragraphs read their scalars and tokens as runs of one article-wide
/// store (`ArticleText`): each must see exactly its own text, counted from
/// its own start, and reading past its end must stop the program as an
/// array would, never read a neighbour's text.
@Suite("Paragraph text")
struct ParagraphTextTests {
    static let paragraphs = [
        Paragraph(kind: .heading, text: "Talks Resume In Geneva"),
        Paragraph(kind: .body, text: "“We are close,” said Amara Okafor. Others disagreed."),
        Paragraph(kind: .body, text: "Zürich’s mayor said nothing."),
    ]

    @Test func eachParagraphSeesItsOwnTextFromItsOwnStart() {
        let texts = ParagraphText.prepare(Self.paragraphs)
        #expect(texts.count == 3)
        for (p, text) in zip(Self.paragraphs, texts) {
            #expect(String(String.UnicodeScalarView(text.scalars)) == p.text)
            #expect(text.text(0, text.scalars.count) == p.text)
        }
        #expect(texts[1].tokens.map { texts[1].text(of: $0) } == ["“", "We", "are", "close", ",", "”", "said", "Amara", "Okafor", ".", "Others", "disagreed", "."])
        // (a possessive is the word `'s` however it is written)
        #expect(texts[2].tokens.map { texts[2].text(of: $0) } == ["Zürich", "'s", "mayor", "said", "nothing", "."])
        #expect(texts[2].tokens[0].start == 0 && texts[2].tokens[1].start == 6)
        #expect(Array(texts[1].isSentenceStart) == [true, false, false, false, false, false, false, false, false, false, true, false, false])
        #expect(texts[1].sentenceStart[11] == 10)
        #expect(texts[0].isHeadlineCase && !texts[1].isHeadlineCase)
    }

    @Test func boilerplateIsEmptied() {
        let emptied = ParagraphText.prepare(Self.paragraphs)[1].emptiedAsBoilerplate()
        #expect(emptied.kind == .boilerplate && emptied.scalars.isEmpty && emptied.tokens.isEmpty && emptied.sentenceStart.isEmpty)
    }

    @Test func readingPastAParagraphsEndStops() async {
        await #expect(processExitsWith: .failure) {
            let texts = ParagraphText.prepare(ParagraphTextTests.paragraphs)
            // the next paragraph's first token lies just past this end, in the same store
            _ = texts[1].tokens[texts[1].tokens.count]
        }
    }
}
