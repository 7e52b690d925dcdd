import BylineKit
import Testing
@testable import BylineUI

/// What the reader asks the runtime to do: `reduce` returns it, and does
/// nothing of it itself.
@Suite("Effects")
struct EffectTests {
    static let linked = Article(file: "a.txt", title: "Linked", header: ArticleHeader(url: "https://example.org/a"),
                                paragraphs: [Paragraph(kind: .body, text: "Text.")])
    static let unlinked = Article(file: "b.txt", title: "Unlinked", paragraphs: [Paragraph(kind: .body, text: "Text.")])

    func state() -> ReaderState {
        ReaderState(articles: [Self.linked, Self.unlinked], size: Size(width: 80, height: 24), themeNames: ["default", "light"]).started()
    }

    @Test func oAsksToOpenTheArticlesLink() {
        var s = state()
        #expect(s.handle(.key(.character("o"))) == [.openLink("https://example.org/a")])
        #expect(s.statusMessage == "Opening https://example.org/a")
    }

    @Test func oOnAnArticleWithoutALinkSaysSo() {
        var s = state()
        #expect(s.apply(.moveDown).isEmpty)
        #expect(s.handle(.key(.character("o"))).isEmpty)
        #expect(s.statusMessage?.contains("no link") == true)
    }

    @Test func openingAnArticleAsksForItsTextThenToRememberItRead() {
        var fresh = ReaderState(articles: [Self.linked, Self.unlinked], size: Size(width: 80, height: 24))
        #expect(fresh.openArticle == nil, "nothing is read before the runtime loads it")
        #expect(fresh.start() == [.loadArticle(0)])
        #expect(fresh.reduce(.articleLoaded(0, .success(Self.linked))) == [.setRead(key: "a.txt", read: true)])
        #expect(fresh.openArticle?.file == "a.txt")

        var s = state()
        s.apply(.moveDown)
        #expect(s.reduce(.activate) == [.loadArticle(1)])
        #expect(s.openIndex == 0, "the article on screen stays until the text is in")
        #expect(s.reduce(.articleLoaded(1, .success(Self.unlinked))) == [.setRead(key: "b.txt", read: true)])
        #expect(s.openIndex == 1 && s.focus == .reading)
        s.apply(.focusPrevious)   // back to the list
        #expect(s.apply(.toggleRead) == [.setRead(key: "b.txt", read: false)])
        #expect(s.apply(.toggleBookmark) == [.setBookmarked(key: "b.txt", bookmarked: true)])
    }

    @Test func aLoadThatIsOvertakenOrFailsChangesNothingButTheStatus() {
        var s = state()
        s.apply(.moveDown)
        #expect(s.reduce(.activate) == [.loadArticle(1)])
        // an answer for an article not asked for is let go
        #expect(s.reduce(.articleLoaded(0, .success(Self.linked))).isEmpty)
        #expect(s.reduce(.articleLoaded(1, .failure(ReaderLibrary.LoadFailure("file deleted")))).isEmpty)
        #expect(s.openIndex == 0)
        #expect(s.statusMessage == "Cannot open b.txt: file deleted")
    }

    @Test func tAsksForTheNextTheme() {
        var s = state()
        #expect(s.apply(.nextTheme) == [.loadTheme("light")])
    }
}

extension EffectTests {
    @Test func rAsksForTheFeeds() {
        var s = state()
        #expect(s.handle(.key(.character("r"))) == [.fetchFeeds])
    }
}
