import Testing
@testable import BylineKit

/// Links kept from web pages and feed items: `[n]` references in the text,
/// the list at the end, read back by number, and never taken for story.
@Suite("Article links")
struct ArticleLinksTests {
    static let page = """
        <html><head><title>Harbour vote passes</title><link rel="canonical" href="https://courier.example/vote"></head><body>
        <nav><a href="https://courier.example/">Home</a></nav>
        <article><h1>Harbour vote passes</h1>
        <p>The council approved <a href="https://courier.example/report.pdf">the full report</a> on Monday,
        <a href="/minutes">the minutes</a> say.</p>
        <p>"We have waited ten years," said Mara Tengu, who chairs the <a href="https://courier.example/report.pdf">board</a>.</p>
        </article></body></html>
        """

    @Test func linksBecomeNumberedReferencesListedAtTheEnd() {
        let html = HTMLArticleExtractor.extract(Self.page, baseURL: "https://courier.example/vote")
        #expect(html.blocks.map(\.text) == [
            "The council approved the full report[1] on Monday, the minutes[2] say.",
            "\"We have waited ten years,\" said Mara Tengu, who chairs the board[1].",
        ], "one number per address, the menu's link left out with the menu")
        #expect(html.links.map(\.url) == ["https://courier.example/report.pdf", "https://courier.example/minutes"])
        let text = html.articleText()
        #expect(text.hasSuffix("\nLinks:\n\n[1] https://courier.example/report.pdf\n[2] https://courier.example/minutes\n"))

        let article = ArticleParser.parse(text, file: "vote.html")
        #expect(article.paragraphs.suffix(2).allSatisfy { $0.kind == .boilerplate }, "the list is no story")
        #expect(article.paragraphs.filter { $0.kind == .body }.count == 2)
        #expect(article.quotes.map(\.speaker) == ["Mara Tengu"])
        // the references leave the text, where they would split words and
        // sentences, and are kept beside it for the reading pane
        let body = article.paragraphs.filter { $0.kind == .body }
        #expect(body.map(\.text) == [
            "The council approved the full report on Monday, the minutes say.",
            "\"We have waited ten years,\" said Mara Tengu, who chairs the board.",
        ])
        #expect(body.map(\.references) == [
            [Paragraph.Reference(offset: 36, number: 1), Paragraph.Reference(offset: 59, number: 2)],
            [Paragraph.Reference(offset: 65, number: 1)],
        ])
        #expect(ArticleLinks.links(in: article) == [
            ArticleLinks.Link(number: 1, url: "https://courier.example/report.pdf"),
            ArticleLinks.Link(number: 2, url: "https://courier.example/minutes"),
        ])
    }

    @Test func onlyNumbersTheListHasAreReferences() {
        let text = "Title: T\n\nSee the table[1], note [2] and item[3] or[x]; end.[2]\n\nLinks:\n\n[1] https://a.example/1\n[2] https://a.example/2\n"
        let article = ArticleParser.parse(text, file: "t.html")
        #expect(article.paragraphs[0].text == "See the table, note [2] and item[3] or[x]; end.")
        #expect(article.paragraphs[0].references == [Paragraph.Reference(offset: 13, number: 1), Paragraph.Reference(offset: 47, number: 2)])
    }

    @Test func anArticleWithoutAListHasNoLinksAndAParagraphOfBracketsStaysStory() {
        let article = ArticleParser.parse("Notes\n\nThe vote[1] passed.\n\n[2] was the second item.\n", file: "notes.txt")
        #expect(ArticleLinks.links(in: article).isEmpty)
        #expect(article.paragraphs[1].text == "The vote[1] passed.", "no list, no references")
        #expect(article.paragraphs.allSatisfy { $0.kind != .boilerplate })
    }
}
