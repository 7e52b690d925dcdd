import BylineKit
import Testing
@testable import BylineUI

/// What the reader asks the loop to do, queued by actions and taken once.
@Suite("Effects")
struct EffectTests {
    static let linked = Article(file: "a.txt", title: "Linked", header: ArticleHeader(url: "https://example.org/a"),
                                paragraphs: [Paragraph(kind: .body, text: "Text.")])
    static let unlinked = Article(file: "b.txt", title: "Unlinked", paragraphs: [Paragraph(kind: .body, text: "Text.")])

    func state() -> ReaderState {
        ReaderState(articles: [Self.linked, Self.unlinked], size: Size(width: 80, height: 24), themeNames: ["default", "light"])
    }

    @Test func oAsksToOpenTheArticlesLink() {
        var s = state()
        _ = s.takeEffects()
        s.handle(.key(.character("o")))
        #expect(s.takeEffects() == [.openLink("https://example.org/a")])
        #expect(s.takeEffects().isEmpty, "taken once")
    }

    @Test func oOnAnArticleWithoutALinkSaysSo() {
        var s = state()
        s.apply(.moveDown)
        _ = s.takeEffects()
        s.handle(.key(.character("o")))
        #expect(s.takeEffects().isEmpty)
        #expect(s.statusMessage?.contains("no link") == true)
    }

    @Test func openingAnArticleAsksToRememberItRead() {
        var s = state()
        #expect(s.takeEffects() == [.setRead(article: 0, read: true)], "the first article opens at start")
        s.apply(.moveDown)
        s.apply(.activate)
        #expect(s.takeEffects() == [.setRead(article: 1, read: true)])
        s.apply(.focusPrevious)   // back to the list
        s.apply(.toggleRead)
        s.apply(.toggleBookmark)
        #expect(s.takeEffects() == [.setRead(article: 1, read: false), .setBookmarked(article: 1, bookmarked: true)])
    }

    @Test func tAsksForTheNextTheme() {
        var s = state()
        _ = s.takeEffects()
        s.apply(.nextTheme)
        #expect(s.takeEffects() == [.loadTheme("light")])
    }
}

extension EffectTests {
    @Test func rAsksForTheFeeds() {
        var s = state()
        _ = s.takeEffects()
        s.handle(.key(.character("r")))
        #expect(s.takeEffects() == [.fetchFeeds])
    }
}
