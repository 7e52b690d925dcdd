import BylineKit
import Testing
@testable import BylineUI

/// What the reader asks the runtime to do: `reduce` returns it, and does
/// nothing of it itself. Each step names every effect and the whole change
/// (`ReaderStore`).
@Suite("Effects")
struct EffectTests {
    static let linked = Article(file: "a.txt", title: "Linked", header: ArticleHeader(url: "https://example.org/a"),
                                paragraphs: [Paragraph(kind: .body, text: "Text.")])
    static let unlinked = Article(file: "b.txt", title: "Unlinked", paragraphs: [Paragraph(kind: .body, text: "Text.")])

    func state() -> ReaderState {
        ReaderState(articles: [Self.linked, Self.unlinked], size: Size(width: 80, height: 24), themeNames: ["default", "light"]).started()
    }

    @Test func oAsksToOpenTheArticlesLink() {
        var store = ReaderStore(state())
        store.send(.key(.character("o")), [.openLink("https://example.org/a")]) {
            $0.statusMessage = "Opening https://example.org/a"
        }
    }

    @Test func oOnAnArticleWithoutALinkSaysSo() {
        var store = ReaderStore(state())
        store.send(.moveDown) { $0.selectedIndex = 1 }
        store.send(.key(.character("o"))) { $0.statusMessage = "This article has no link (no URL: line in its header)" }
    }

    @Test func openingAnArticleAsksForItsTextThenToRememberItRead() {
        let fresh = ReaderState(articles: [Self.linked, Self.unlinked], size: Size(width: 80, height: 24))
        #expect(fresh.openArticle == nil, "nothing is read before the runtime loads it")
        var starting = fresh
        #expect(starting.start() == [.loadArticle(0)])

        var store = ReaderStore(state())
        store.send(.moveDown) { $0.selectedIndex = 1 }
        store.send(.activate, [.loadArticle(1)]) {
            // the article on screen stays until the text is in
            $0.pendingOpen = .init(index: 1, intent: .read)
        }
        store.receiveArticle(.articleLoaded(1, .success(Self.unlinked)), [.setRead(key: "b.txt", read: true)]) {
            #expect($0.openIndex == 1 && $0.focus == .reading && $0.pendingOpen == nil)
            #expect(!$0.isUnread(1))
        }
        store.send(.focusPrevious) { $0.focus = .list }
        store.send(.toggleRead, [.setRead(key: "b.txt", read: false)]) {
            $0.marks["b.txt"].read = false
            $0.statusMessage = "Marked unread"
        }
        store.send(.toggleBookmark, [.setBookmarked(key: "b.txt", bookmarked: true)]) {
            $0.marks["b.txt"].bookmarked = true
            $0.statusMessage = "Bookmarked"
        }
    }

    @Test func aLoadThatIsOvertakenOrFailsChangesNothingButTheStatus() {
        var store = ReaderStore(state())
        store.send(.moveDown) { $0.selectedIndex = 1 }
        store.send(.activate, [.loadArticle(1)]) { $0.pendingOpen = .init(index: 1, intent: .read) }
        // an answer for an article not asked for is let go
        store.receive(.articleLoaded(0, .success(Self.linked)))
        store.receive(.articleLoaded(1, .failure(ReaderLibrary.LoadFailure("file deleted")))) {
            $0.pendingOpen = nil
            $0.statusMessage = "Cannot open b.txt: file deleted"
        }
        #expect(store.state.openIndex == 0)
    }

    @Test func tAsksForTheNextThemeWhichComesBackAsAnEvent() {
        var store = ReaderStore(state())
        // the name shows at once; the runtime reports the theme loaded or kept
        store.send(.nextTheme, [.loadTheme("light")]) {
            $0.themeName = "light"
            $0.statusMessage = "Theme: light"
        }
        store.receive(.themeLoaded("light"))
        store.send(.nextTheme, [.loadTheme("default")]) {
            $0.themeName = "default"
            $0.statusMessage = "Theme: default"
        }
        store.receive(.themeFailed("default", kept: "light", reason: "no such file")) {
            $0.themeName = "light"
            $0.statusMessage = "Theme default not loaded, light kept: no such file"
        }
    }

    @Test func rAsksForTheFeeds() {
        var store = ReaderStore(state())
        store.send(.key(.character("r")), [.fetchFeeds])
    }
}
