import BylineKit
import Testing
@testable import BylineUI

/// The library arriving while the reader runs, and the place read last time.
@Suite("Library replacement and restored position")
struct LibraryReplacementTests {
    let all = ReaderFixtures.library   // riyadh, tokyo, geneva

    @Test func theFirstLibraryOpensItsFirstArticle() {
        var s = ReaderState(library: .empty, size: Size(width: 80, height: 24)).started()
        #expect(s.openArticle == nil)
        #expect(s.apply(.libraryLoaded(ReaderLibrary(articles: all))).isEmpty)
        #expect(s.openIndex == 0)
        #expect(s.openArticle?.file == all[0].file)
        #expect(s.unread == [0, 1, 2], "the article shown on its own is not read")
    }

    @Test func aGrowingLibraryKeepsTheOpenArticleAndTheMarkerOnTheirFiles() {
        var s = ReaderState(library: ReaderLibrary(articles: [all[1], all[2]]), size: Size(width: 80, height: 24), unread: [],
                            bookmarked: [1]).started()
        s.apply(.moveDown)   // marker on geneva, tokyo open
        s.apply(.libraryLoaded(ReaderLibrary(articles: all)))
        #expect(s.openArticle?.file == all[1].file)
        #expect(s.openIndex == 1, "tokyo is now the second article")
        #expect(s.selectedArticleIndex == 2, "the marker is still on geneva")
        #expect(s.bookmarked == [2], "the mark is the file's, wherever it now stands")
        #expect(s.unread == [0], "and riyadh, new to the library, is unread")
    }

    @Test func theFilterIsAppliedToTheNewLibrary() {
        var s = ReaderState(library: .empty, size: Size(width: 80, height: 24), initialQuery: "country:japan").started()
        s.apply(.libraryLoaded(ReaderLibrary(articles: all)))
        #expect(s.listArticles == [1])
        #expect(s.openIndex == 1)
    }

    @Test func progressShowsOnTheStatusLineUntilCleared() {
        var s = ReaderState(library: .empty, size: Size(width: 100, height: 24)).started()
        s.apply(.progress("Indexing: 10 of 100 new articles parsed"))
        #expect(render(s).text.split(separator: "\n").last?.contains("Indexing: 10 of 100") == true)
        s.apply(.progress(nil))
        #expect(render(s).text.split(separator: "\n").last?.contains("Indexing") == false)
    }

    @Test func theLastPositionIsRestored() throws {
        var s = ReaderState(articles: all, size: Size(width: 60, height: 12), unread: []).started()
        s.apply(.focusNext)
        s.apply(.pageDown)
        let position = try #require(s.readingPosition)
        var again = ReaderState(articles: all, size: Size(width: 60, height: 12), unread: []).started()
        again.apply(.restorePosition(article: position.article, paragraph: position.paragraph, offset: position.offset))
        #expect(again.readingScroll == s.readingScroll)
        #expect(again.openIndex == 0)
    }

    @Test func anArticleWhoseFileWentAwayIsNotOpened() {
        let library = ReaderLibrary(digests: all.map(ArticleDigest.init), index: LibraryIndex(articles: all)) { i in
            i == 1 ? .failure(ReaderLibrary.LoadFailure("cannot read file")) : .success(all[i])
        }
        var s = ReaderState(library: library, size: Size(width: 80, height: 24)).started()
        s.apply(.moveDown)
        s.apply(.activate)
        #expect(s.openIndex == 0, "the article open before stays open")
        #expect(s.statusMessage?.contains("cannot read file") == true)
    }
}
