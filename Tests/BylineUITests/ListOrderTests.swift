import BylineKit
import Testing
@testable import BylineUI

/// The list newest first by the article's date (the file's time where the
/// header has none), and `S` cycling it through title and source.
@Suite("The list's order")
struct ListOrderTests {
    static func article(_ file: String, _ title: String, source: String? = nil, date: String? = nil) -> Article {
        Article(file: file, title: title, header: ArticleHeader(source: source, date: date), paragraphs: [Paragraph(kind: .body, text: "Text.")])
    }

    /// Four articles: two dated in their headers (in two forms), one with
    /// only a file time, one with neither.
    static func library() -> ReaderLibrary {
        let articles = [
            article("a.txt", "Zebra crossing opens", source: "Courier", date: "2026-03-01"),
            article("b.txt", "Apple harvest", source: "Bulletin", date: "Tue, 03 Mar 2026 08:00:00 GMT"),
            article("c.txt", "Mango prices"),
            article("d.txt", "Élan of the river", source: "Almanac"),
        ]
        var digests = articles.map(ArticleDigest.init)
        digests[2].modified = 1_772_600_000   // 2026-03-04, from the file's time
        return ReaderLibrary(digests: digests, index: LibraryIndex(articles: articles)) { .success(articles[$0]) }
    }

    func state() -> ReaderState {
        ReaderState(library: Self.library(), size: Size(width: 100, height: 30)).started()
    }

    @Test func newestFirstByTheHeadersDateElseTheFilesTimeUndatedLast() {
        let s = state()
        #expect(s.listArticles == [2, 1, 0, 3])
        #expect(s.openIndex == 2 && s.selectedIndex == 0, "the newest is shown first")
        #expect(render(s).line(29).hasPrefix(" 1/4 newest first"))
    }

    @Test func sCyclesTitleSourceAndDateKeepingTheMarkerOnItsArticle() {
        var s = state()
        s.apply(.moveDown)   // b.txt
        s.handle(.key(.character("S")))
        #expect(s.listArticles == [1, 3, 2, 0], "by title, case and accents aside")
        #expect(s.selectedArticleIndex == 1 && s.statusMessage == "Sorted by title")
        s.handle(.key(.character("S")))
        #expect(s.listArticles == [3, 1, 0, 2], "by source, no source last")
        #expect(render(s).line(29).hasPrefix(" 2/4 by source"))
        s.handle(.key(.character("S")))
        #expect(s.listArticles == [2, 1, 0, 3] && s.listOrder == .date)
    }

    @Test func aFilterKeepsTheOrder() {
        var s = state()
        s.handle(.key(.character("S")))
        s.filter("-mango")
        #expect(s.listArticles == [1, 3, 0])
    }
}
