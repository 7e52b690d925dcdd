import Testing
@testable import BylineKit

@Suite("Query language")
struct QueryParserTests {
    @Test func everyTermKind() throws {
        let q = try LibraryQuery.parse(#"person:zelensky speaker:lavrov country:UA,"saudi arabia" org:nato riyadh "peace talks" -country:france is:unread"#)
        #expect(q.clauses.map(\.term) == [
            .field(.person, ["zelensky"]), .field(.speaker, ["lavrov"]), .field(.country, ["UA", "saudi arabia"]),
            .field(.org, ["nato"]), .text("riyadh"), .text("peace talks"), .field(.country, ["france"]), .field(.is, ["unread"]),
        ])
        #expect(q.clauses.map(\.negated) == [false, false, false, false, false, false, true, false])
    }

    @Test func emptyQueryMatchesEverything() throws {
        #expect(try LibraryQuery.parse("   ").isEmpty)
    }

    @Test(arguments: [
        ("colour:red", 0, "unknown field"),
        ("person:", 7, "needs a value"),
        ("\"peace talks", 0, "unclosed quote"),
        ("- riyadh", 0, "must be followed"),
        ("is:starred", 0, "unknown is:"),
        ("country:UA,", 11, "needs a value"),
    ])
    func errorsSayWhatAndWhere(query: String, position: Int, message: String) {
        #expect {
            _ = try LibraryQuery.parse(query)
        } throws: { error in
            guard let e = error as? LibraryQuery.ParseError else { return false }
            return e.position == position && e.message.contains(message)
        }
    }
}

@Suite("Query evaluation")
struct QueryEvaluationTests {
    static let library: [Article] = [
        ArticleParser.parse("Talks in Riyadh\n\nUkrainian President Volodymyr Zelensky said Kyiv was \"not invited\" to the peace talks.", file: "a.txt"),
        ArticleParser.parse("Moscow waits\n\nThe Kremlin said the talks were \"useful\". Sergei Lavrov told reporters \"we are ready.\"", file: "b.txt"),
        ArticleParser.parse("Paris summit\n\nFrench officials met NATO envoys in Paris on Monday to discuss the peace plan.", file: "c.txt"),
    ]
    static let index = LibraryIndex(articles: library)

    func files(_ query: String) throws -> [String] {
        try Self.index.matches(LibraryQuery.parse(query)).map { Self.library[$0].file }
    }

    /// The in-memory word index folds word by word what the query folds
    /// whole: the same words either way, accents, case and ligatures aside.
    @Test func foldedWordsAreTheWordsOfTheFoldedText() {
        for text in ["Erdoğan met Zelensky in Kyiv.", "ÉLAN, élan — Straße 12½", "the ﬀ ligature, don’t", "東京で会談 2026", "e\u{301}te\u{301} noir"] {
            #expect(LibraryIndex.foldedWords(in: text) == LibraryIndex.words(in: LibraryIndex.fold(text)), "\(text)")
        }
        let articles = [Article(file: "a.txt", title: "A", paragraphs: [Paragraph(kind: .body, text: "Erdoğan met the ÉLAN board.")])]
        let index = LibraryIndex(articles: articles)
        #expect((try? index.matches(LibraryQuery.parse("erdogan \"elan board\""))) == [0])
    }

    @Test func sourceByItsNameOrAWordOfIt() throws {
        let articles = [
            Article(file: "g.txt", title: "G", header: ArticleHeader(source: "The Evening Ledger"), paragraphs: []),
            Article(file: "h.txt", title: "H", header: ArticleHeader(source: "Harbour Radio"), paragraphs: []),
            Article(file: "i.txt", title: "I", paragraphs: []),
        ]
        let index = LibraryIndex(articles: articles)
        let files = { (q: String) in try index.matches(LibraryQuery.parse(q)).map { articles[$0].file } }
        #expect(try files("source:ledger") == ["g.txt"])
        #expect(try files("source:\"the evening ledger\"") == ["g.txt"])
        #expect(try files("source:RADIO,ledger") == ["g.txt", "h.txt"])
        #expect(try files("-source:radio") == ["g.txt", "i.txt"])
        #expect(try files("source:the").isEmpty, "a short word is no source's name")
    }

    @Test func personBySurnameAndWithoutCaseOrAccents() throws {
        #expect(try files("person:zelensky") == ["a.txt"])
        #expect(try files("person:ZELENSKY") == ["a.txt"])
        #expect(try files("person:\"volodymyr zelensky\"") == ["a.txt"])
    }

    @Test func countryThroughCityDemonymAndMetonym() throws {
        #expect(try files("country:ukraine") == ["a.txt"])     // via Kyiv and Ukrainian
        #expect(try files("country:UA") == ["a.txt"])
        #expect(try files("country:russia") == ["b.txt"])      // via the Kremlin
        #expect(try files("country:moscow") == ["b.txt"])      // a city names its country
        #expect(try files("country:\"saudi arabia\"") == ["a.txt"]) // via Riyadh
        #expect(try files("country:france") == ["c.txt"])      // via French and Paris
    }

    @Test func speakerOrganisationWordsAndPhrases() throws {
        #expect(try files("speaker:lavrov") == ["b.txt"])
        #expect(try files("speaker:russia") == ["b.txt"])
        #expect(try files("org:nato") == ["c.txt"])
        #expect(try files("talks") == ["a.txt", "b.txt"])
        #expect(try files("\"peace talks\"") == ["a.txt"])
    }

    @Test func negationAndAnyOf() throws {
        #expect(try files("-country:france") == ["a.txt", "b.txt"])
        #expect(try files("country:france,ukraine") == ["a.txt", "c.txt"])
        #expect(try files("talks -person:lavrov") == ["a.txt"])
    }
}
