import BylineKit
import Foundation
import Testing
@testable import BylineStore

@Suite("Full-text search through the cache")
struct FullTextSearchTests {
    /// Words and phrases taken from the sample articles themselves: single
    /// words, two- and three-word runs, names with accents and capitals.
    static func terms(from articles: [Article]) -> [String] {
        var terms: Set<String> = ["riyadh", "Riyadh", "\"peace talks\"", "\"told reporters\"", "ceasefire", "NATO", "zzzunknown",
                                  "\"the the\"", "Erdogan", "erdoğan", "2026", "\"said on\""]
        for (n, article) in articles.enumerated() {
            let words = LibraryIndex.words(in: InMemoryTextSearch.searchableText(of: article))
            for i in stride(from: n, to: words.count - 3, by: 97) {
                terms.insert(words[i])
                terms.insert("\"\(words[i]) \(words[i + 1])\"")
                terms.insert("\"\(words[i ... i + 2].joined(separator: " "))\"")
            }
        }
        return terms.sorted()
    }

    @Test func theCacheFindsWhatAPlainScanFinds() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        let warm = try scratch.load()
        let articles = try ArticleLibrary.load(paths: [scratch.library]).articles
        let scan = LibraryIndex(articles: articles)
        let terms = Self.terms(from: articles)
        #expect(terms.count > 100)
        for term in terms {
            let query = try LibraryQuery.parse(term)
            #expect(try warm.matches(query) == scan.matches(query), "\(term)")
        }
    }

    /// Without a cache the articles are kept encoded: a word search decodes
    /// them one at a time into its index, and finds what a scan finds; an
    /// article opened is the one parsed. A load that keeps no texts (`list
    /// --no-cache` with no words to look for) answers the same, from the files.
    @Test(arguments: [true, false])
    func withoutACacheWordsAreFoundAndArticlesOpen(keepingTexts: Bool) throws {
        let scratch = try StoreScratch()
        let library = try LibraryStore(cacheDirectory: nil).load(paths: [scratch.library], keepTexts: keepingTexts)
        let articles = try ArticleLibrary.load(paths: [scratch.library]).articles
        let scan = LibraryIndex(articles: articles)
        for term in Self.terms(from: articles).prefix(keepingTexts ? 60 : 20) {
            let query = try LibraryQuery.parse(term)
            #expect(try library.matches(query) == scan.matches(query), "\(term)")
        }
        for i in [0, articles.count - 1] {
            #expect(try library.article(at: i) == articles.first { $0.file == library.digests[i].file })
        }
    }

    @Test func wordsMixWithFieldsAndNegation() throws {
        let scratch = try StoreScratch()
        let library = try scratch.load()
        let scan = LibraryIndex(articles: try ArticleLibrary.load(paths: [scratch.library]).articles)
        for text in ["country:russia talks", "-riyadh country:ukraine", "person:lavrov \"negotiating table\"", "port -\"port fees\""] {
            let query = try LibraryQuery.parse(text)
            #expect(try library.matches(query) == scan.matches(query), "\(text)")
        }
    }

    /// Ligatures, capitals and accents are folded alike with a cache and
    /// without one.
    @Test func theCacheFoldsWordsAsTheScanDoes() throws {
        let scratch = try StoreScratch(samples: false)
        try scratch.write("Title: Oﬃce move\n\nThe ﬂoor of the oﬀice in São Paulo was ÉTÉ-ready.\n", to: "a.txt")
        try scratch.write("Title: Other\n\nNothing here.\n", to: "b.txt")
        let library = try scratch.load()
        let scan = LibraryIndex(articles: try ArticleLibrary.load(paths: [scratch.library]).articles)
        for term in ["floor", "office", "\"the office\"", "sao", "paulo", "ete", "ﬂoor", "FLOOR"] {
            let query = try LibraryQuery.parse(term)
            #expect(try library.matches(query) == [0], "\(term)")
            #expect(try scan.matches(query) == [0], "\(term)")
        }
    }

    /// Another Byline (a `byline list` while the reader is open) caches an
    /// edited file again, as a new row: the first one's word search still
    /// finds it, by its new words.
    @Test func aFileCachedAgainByAnotherProcessIsStillFound() throws {
        let scratch = try StoreScratch(samples: false)
        try scratch.write("Title: Harbour news\n\nThe harbour in Chile reopened, officials in Santiago said.\n", to: "a.txt")
        try scratch.write("Title: Mountain news\n\nSnow closed the pass between Chile and Argentina.\n", to: "b.txt")
        let reader = try scratch.load()
        #expect(try reader.matches(LibraryQuery.parse("harbour")) == [0])
        try scratch.write("Title: Harbour news\n\nThe lighthouse in Chile reopened, officials in Santiago said.\n", to: "a.txt")
        _ = try scratch.load()   // the other process: a.txt gets a new row
        #expect(try reader.matches(LibraryQuery.parse("lighthouse")) == [0])
        #expect(try reader.matches(LibraryQuery.parse("snow")) == [1])
    }

    @Test func articlesTheCacheCouldNotTakeMakeAWordSearchAnErrorNotAMiss() throws {
        let scratch = try StoreScratch(samples: false)
        try FileManager.default.createDirectory(atPath: scratch.cacheDirectory, withIntermediateDirectories: true)
        let search = CachedTextSearch(cache: try LibraryCache(path: scratch.cachePath), positions: [:], uncached: 3)
        #expect(throws: TextSearchFailure("3 articles are not in the word index, as the library cache could not be written (is the disk full?); free some space, or search with --no-cache")) {
            try search.articles(containing: ["harbour"], phrase: "harbour")
        }
    }

    @Test func theIndexIsBuiltByTheFirstWordSearchNotByTheLoad() throws {
        let scratch = try StoreScratch(samples: false)
        try scratch.write("Title: Harbour news\n\nThe harbour in Chile reopened, officials in Santiago said.\n", to: "a.txt")
        try scratch.write("Title: Mountain news\n\nSnow closed the pass between Chile and Argentina.\n", to: "b.txt")
        let library = try scratch.load()
        #expect(try LibraryCache(path: scratch.cachePath).hasUnindexed())
        // a query without words does not need the index
        #expect(try library.matches(LibraryQuery.parse("country:argentina")) == [1])
        #expect(try LibraryCache(path: scratch.cachePath).hasUnindexed())
        #expect(try library.matches(LibraryQuery.parse("harbour")) == [0])
        #expect(try !LibraryCache(path: scratch.cachePath).hasUnindexed())
        #expect(try scratch.load().matches(LibraryQuery.parse("\"the pass\"")) == [1])
    }

    @Test func theReaderIndexesOnceLoadedAndAnEditedFileIsFoundByItsNewWordsOnly() throws {
        let scratch = try StoreScratch(samples: false)
        try scratch.write("Title: Coast news\n\nThe harbour in Chile reopened on Monday.\n", to: "a.txt")
        try scratch.load().indexText()
        #expect(try !LibraryCache(path: scratch.cachePath).hasUnindexed())
        try scratch.write("Title: Coast news\n\nThe lighthouse in Chile was repaired on Monday.\n", to: "a.txt")
        try scratch.touch("a.txt")
        let edited = try scratch.load()
        #expect(try edited.matches(LibraryQuery.parse("lighthouse")) == [0])
        #expect(try edited.matches(LibraryQuery.parse("harbour")).isEmpty)
    }

    @Test func boilerplateIsNotSearched() throws {
        let scratch = try StoreScratch(samples: false)
        let body = (1...12).map { "Paragraph \($0) of the story about the harbour in Chile, with a few more words." }.joined(separator: "\n\n")
        try scratch.write("Title: Harbour news\n\n" + body + "\n\nSign up to our newsletter for zebraword updates.\n", to: "a.txt")
        let library = try scratch.load()
        #expect(try library.article(at: 0).paragraphs.last?.kind == .boilerplate)
        #expect(try library.matches(LibraryQuery.parse("harbour")) == [0])
        #expect(try library.matches(LibraryQuery.parse("zebraword")).isEmpty)
    }
}
