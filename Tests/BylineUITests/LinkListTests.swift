import BylineKit
import Testing
@testable import BylineUI

/// `L`: the article's links by the numbers its text shows; Enter opens one
/// as `o` opens the article's own address. The article's address is shown
/// under its header line.
@Suite("Links in the reader")
struct LinkListTests {
    static let article = ArticleParser.parse("""
        Title: Harbour vote passes
        Source: Bergen Courier
        URL: https://courier.example/vote

        The council approved the full report[1] on Monday, the minutes[2] say.

        Links:

        [1] https://courier.example/report.pdf
        [2] https://courier.example/minutes
        """, file: "vote.txt")

    func state() -> ReaderState {
        ReaderState(articles: [Self.article, ReaderFixtures.geneva], size: Size(width: 100, height: 24)).started()
    }

    @Test func lListsTheLinksAndEnterOpensTheChosenOne() {
        var store = ReaderStore(state())
        let links = ArticleLinks.links(in: Self.article)
        store.send(.key(.character("L"))) { $0.linkList = LinkList(links: links) }
        let screen = render(store.state)
        #expect(screen.text.contains("[2] https://courier.example/minutes"))
        #expect(screen.line(23).hasSuffix("Enter open  Esc close "))
        store.send(.key(.character("j"))) { $0.linkList?.window = ScrollableSelection(selection: 1, offset: 0) }
        store.send(.key(.enter), [.openLink("https://courier.example/minutes")]) {
            $0.linkList = nil
            $0.statusMessage = "Opening https://courier.example/minutes"
        }
        store.send(.key(.character("L"))) {
            $0.linkList = LinkList(links: links)
            $0.statusMessage = nil   // (a key clears the last message)
        }
        store.send(.key(.character("q"))) { $0.linkList = nil }
    }

    @Test func anArticleWithoutLinksSaysSo() {
        var s = state()
        s.apply(.nextArticle)
        s.handle(.key(.character("L")))
        #expect(s.linkList == nil && s.statusMessage == "No links in this article (o opens its own address)")
    }

    @Test func theReadingPaneShowsTheArticlesAddressUnderItsHeaderLine() {
        let s = state()
        let reading = (0..<2).map { String(s.readingGlyphs(ofLine: $0).map(\.character)) }
        #expect(reading == ["Bergen Courier", "https://courier.example/vote"])
        #expect(!render(s).text.contains("report.pdf"), "the list at the end is hidden with the page furniture")
    }

    @Test func theReadingPaneShowsEachReferenceAfterItsLinkDimmedAndWrappedWithIt() {
        var s = ReaderState(articles: [Self.article], size: Size(width: 60, height: 24)).started()
        s.apply(.focusNext)
        let glyphs = s.readingText.lines.indices.map { s.readingGlyphs(ofLine: $0) }
        let lines = glyphs.map { String($0.map(\.character)) }
        #expect(lines.suffix(4) == ["The council approved", "the full report[1] on", "Monday, the minutes[2]", "say."],
                "a reference stays with its word")
        let reference = glyphs.joined().filter { $0.role == .dim && "[]12".contains($0.character) }
        #expect(reference.count == 6)
    }
}

