import BylineKit
import Testing
@testable import BylineUI

/// Read and unread, bookmarks, and the `is:` filter terms over them.
@Suite("Read marks and bookmarks")
struct ReadMarksTests {
    func fresh(_ width: Int = 80, _ height: Int = 24) -> ReaderState {
        ReaderState(articles: ReaderFixtures.library, size: Size(width: width, height: height)).started()
    }

    @Test func everyArticleStartsUnreadAndOpeningOneReadsIt() {
        var s = fresh()
        #expect(s.unread == [0, 1, 2], "the article shown at start is not read until the user opens it")
        s.apply(.activate)
        #expect(s.unread == [1, 2])
        s.apply(.nextArticle)
        #expect(s.openIndex == 1 && s.unread == [2])
    }

    @Test func theStoredStateIsRestored() {
        let s = ReaderState(articles: ReaderFixtures.library, size: Size(width: 80, height: 24),
                            unread: [0, 2], bookmarked: [2], openAt: 2).started()
        #expect(s.openIndex == 2)
        #expect(s.selectedArticleIndex == 2, "the list's marker is on the article left open")
        #expect(s.unread == [0, 2], "the article left open keeps its mark")
        #expect(s.bookmarked == [2])
    }

    @Test func uTogglesTheListSelectionAndSaysSo() {
        var s = fresh()
        s.handle(.key(.character("u")))
        #expect(!s.unread.contains(0))
        #expect(s.statusMessage == "Marked read")
        s.handle(.key(.character("u")))
        #expect(s.unread.contains(0))
        #expect(s.statusMessage == "Marked unread")
    }

    @Test func mTogglesTheOpenArticleWhenReading() {
        var s = fresh()
        s.apply(.moveDown)          // the list's marker moves to article 1 …
        s.apply(.focusNext)         // … but the reading pane (article 0) has the focus
        s.handle(.key(.character("m")))
        #expect(s.bookmarked == [0])
        #expect(s.statusMessage == "Bookmarked")
        s.handle(.key(.character("m")))
        #expect(s.bookmarked.isEmpty)
        #expect(s.statusMessage == "Bookmark removed")
    }

    @Test func isTermsFilterByTheMarksInForceNow() {
        var s = fresh()
        s.apply(.activate)         // the first article, opened and so read
        s.apply(.back)
        s.filter("is:unread")
        #expect(s.listArticles == [1, 2])
        #expect(s.openIndex == 1 && s.unread.contains(1), "the first match is shown, not read")
        s.apply(.clearFilter)
        s.apply(.toggleBookmark)   // article 1, still selected in the list
        s.filter("is:bookmarked")
        #expect(s.listArticles == [1])
        s.filter("-is:unread")
        #expect(s.listArticles == [0])
    }

    @Test func theListMarksUnreadAndBookmarkedArticles() {
        var s = fresh()
        s.apply(.activate)         // article 0: read
        s.apply(.back)
        s.apply(.moveDown)
        s.apply(.moveDown)
        s.apply(.toggleBookmark)   // article 2: unread and bookmarked
        let lines = render(s).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1].hasPrefix("│  US, Russia"), "read, not selected: no mark\n\(lines[1])")
        #expect(lines[3].hasPrefix("│ ●"), "unread: a dot before the title\n\(lines[3])")
        #expect(lines[5].hasPrefix("│▶●"), "selected and unread\n\(lines[5])")
        #expect(lines[6].hasPrefix("│ ★"), "bookmarked: a star on the detail line\n\(lines[6])")
    }
}
