import BylineKit
import Testing
@testable import BylineUI

/// The filter prompt, applying, errors, clearing, history, `p`/`c`, and
/// `initialQuery`.
@Suite struct FilterTests {
    typealias F = NavigationFixtures

    /// Opens the filter prompt, types `text` and presses Enter.
    func filter(_ state: inout ReaderState, _ text: String) {
        state.handle(.key(.character("f")))
        state.handle(.key(.control("u")))
        press(&state, text)
        state.handle(.key(.enter))
    }

    @Test func fOpensThePromptWhereQAndEscAreNotQuit() {
        var state = F.state()
        state.handle(.key(.character("f")))
        #expect(state.isPromptOpen && state.isCapturingKeys)
        #expect(state.prompt?.kind == .filter)
        press(&state, "qj]")
        #expect(state.prompt?.editor.text == "qj]")
        #expect(!state.isQuitting && state.selectedIndex == 0 && state.emphasis == nil)
        state.handle(.key(.escape))
        #expect(!state.isPromptOpen && !state.isQuitting)
        #expect(state.filter == nil && state.listArticles == [0, 1, 2, 3])
        // Ctrl-C in a prompt cancels it too, and does not quit
        state.handle(.key(.character("f")))
        state.handle(.key(.control("c")))
        #expect(!state.isPromptOpen && !state.isQuitting)
    }

    @Test func applyingAFilterShowsTheMatchingArticlesAndSaysHowMany() {
        var state = F.state()
        filter(&state, "country:malta")
        #expect(!state.isPromptOpen)
        #expect(state.filter?.source == "country:malta")
        #expect(state.listArticles == [0, 2])
        #expect(state.filterSummary == "filter: country:malta  2 of 4 articles")
        #expect(state.statusMessage == nil)
        // the open article matches, so it stays open and selected
        #expect(state.openIndex == 0 && state.selectedIndex == 0)
        state.apply(.moveDown)
        #expect(state.selectedArticleIndex == 2)
        state.apply(.moveDown)
        #expect(state.selectedIndex == 1)
        state.apply(.activate)
        #expect(state.openIndex == 2)
    }

    @Test func aFilterThatLeavesOutTheOpenArticleOpensTheFirstMatch() {
        var state = F.state()
        filter(&state, "speaker:palo")
        #expect(state.listArticles == [1])
        #expect(state.openIndex == 1 && state.selectedIndex == 0)
        // a city names its country; the word is folded (case, accents)
        filter(&state, "country:Valletta")
        #expect(state.listArticles == [0, 2])
        filter(&state, "LISBÓN")
        #expect(state.listArticles == [1])
    }

    @Test func aFilterMatchingNothingEmptiesTheListAndKeepsTheArticleOpen() {
        var state = F.state()
        filter(&state, "org:nato")
        #expect(state.listArticles.isEmpty)
        #expect(state.openIndex == 0)
        #expect(state.selectedDigest == nil)
        #expect(state.filterSummary == "filter: org:nato  0 of 4 articles")
        for action in [Command.moveDown, .bottom, .pageDown, .activate] { state.apply(action) }
        #expect(state.openIndex == 0 && state.selectedIndex == 0)
    }

    @Test func aQueryWithAMistakeSaysWhatAndWhereAndKeepsThePreviousFilter() {
        var state = F.state()
        filter(&state, "country:MT")
        let before = state
        filter(&state, "country:MT colour:red")
        #expect(state.statusMessage == "Filter not applied: unknown field 'colour:' — use person:, speaker:, country:, org:, source: or is: (column 12)")
        #expect(state.filter == before.filter && state.listArticles == before.listArticles)
        #expect(state.openIndex == before.openIndex)
        filter(&state, "person:\"dragan")
        #expect(state.statusMessage == "Filter not applied: unclosed quote (column 8)")
        #expect(state.filter?.source == "country:MT")
        // the next key clears the message; the filter's summary shows again
        state.handle(.key(.character("j")))
        #expect(state.statusMessage == nil && state.filterSummary == "filter: country:MT  2 of 4 articles")
    }

    @Test func capitalFClearsTheFilterKeepingTheSelectedArticle() {
        var state = F.state()
        filter(&state, "person:dragan")
        #expect(state.listArticles == [0, 2, 3])
        state.apply(.bottom)
        press(&state, "F")
        #expect(state.filter == nil && state.filterSummary == nil)
        #expect(state.listArticles == [0, 1, 2, 3])
        #expect(state.selectedIndex == 3 && state.selectedArticleIndex == 3)
        #expect(state.statusMessage == "Filter cleared: all 4 articles")
        press(&state, "F")
        #expect(state.statusMessage == "No filter to clear")
        // an empty query clears it too
        filter(&state, "speaker:okafor")
        filter(&state, "  ")
        #expect(state.filter == nil)
    }

    @Test func thePromptOpensWithTheFilterInForceAndRemembersEarlierOnes() {
        var state = F.state()
        filter(&state, "country:MT")
        filter(&state, "person:palo")
        state.handle(.key(.character("f")))
        #expect(state.prompt?.editor.text == "person:palo")
        #expect(state.filterHistory == ["country:MT", "person:palo"])
        state.handle(.key(.control("u")))
        state.handle(.key(.up))
        #expect(state.prompt?.editor.text == "person:palo")
        state.handle(.key(.up))
        #expect(state.prompt?.editor.text == "country:MT")
        state.handle(.key(.enter))
        #expect(state.filter?.source == "country:MT")
        // a query with a mistake is remembered too, to be corrected
        filter(&state, "bad:x")
        state.handle(.key(.character("f")))
        state.handle(.key(.up))
        #expect(state.prompt?.editor.text == "bad:x")
    }

    @Test func pAndCFilterByThePersonOrCountrySelectedInTheSidePanel() {
        var state = F.state()
        state.apply(.focusPrevious)
        // Mirela Dragan is selected
        press(&state, "p")
        #expect(state.filter?.source == "person:\"Mirela Dragan\"")
        #expect(state.listArticles == [0, 2, 3])
        press(&state, "c")
        #expect(state.statusMessage == "Select a country in the side panel first")
        #expect(state.filter?.source == "person:\"Mirela Dragan\"")
        state.apply(.moveDown)
        state.apply(.moveDown)  // Malta
        press(&state, "c")
        #expect(state.filter?.source == "person:\"Mirela Dragan\" country:MT", "c narrows the filter in force")
        #expect(state.listArticles == [0, 2])
        press(&state, "c")
        #expect(state.statusMessage == "The filter has country:MT already")
        press(&state, "p")
        #expect(state.statusMessage == "Select a person in the side panel first")
        // a quote's row stands for its speaker
        state.apply(.bottom)  // Okafor's last quote
        press(&state, "p")
        #expect(state.filter?.source == "person:\"Mirela Dragan\" country:MT person:\"Tomas Okafor\"")
        #expect(state.listArticles == [0])
        #expect(state.filterHistory.suffix(3) == ["person:\"Mirela Dragan\"", "person:\"Mirela Dragan\" country:MT",
                                                   "person:\"Mirela Dragan\" country:MT person:\"Tomas Okafor\""])
        // with no filter, p starts one
        state.apply(.clearFilter)
        press(&state, "p")
        #expect(state.filter?.source == "person:\"Tomas Okafor\"")
    }

    @Test func theReaderCanStartFiltered() {
        let state = F.state(initialQuery: "country:PT")
        #expect(state.filter?.source == "country:PT")
        #expect(state.listArticles == [1])
        #expect(state.openIndex == 1)
        #expect(state.filterHistory == ["country:PT"])
        let bad = F.state(initialQuery: "country:")
        #expect(bad.filter == nil && bad.listArticles == [0, 1, 2, 3])
        #expect(bad.statusMessage == "Filter not applied: country: needs a value (column 9)")
    }

    @Test func theListTitleCountsTheFilteredArticles() {
        let state = F.state(initialQuery: "country:MT")
        let screen = render(state)
        #expect(screen.line(0).hasPrefix("┌ Articles (2 of 4) "))
        #expect(screen.line(23) == " 1/2 newest first  filter: country:MT  2 of 4 articles" + String(repeating: " ", count: 11) + "? help  q quit ")
    }
}

/// A word search that cannot be done is said, never shown as no matches.
@Suite("Failed word searches")
struct FailedWordSearchTests {
    struct Unreadable: LibraryTextSearch {
        func articles(containing words: [String], phrase: String) throws(TextSearchFailure) -> Set<Int> {
            throw TextSearchFailure("the word index could not be read (disk I/O error)")
        }
    }

    @Test func aFilterWithWordsThatCannotBeSearchedIsNotAppliedAndSaysWhy() {
        let articles = ReaderFixtures.library
        let library = ReaderLibrary(digests: articles.map(ArticleDigest.init),
                                    index: LibraryIndex(digests: articles.map(ArticleDigest.init), textSearch: Unreadable())) { .success(articles[$0]) }
        var state = ReaderState(library: library, size: Size(width: 80, height: 24)).started()
        state.filter("summit")
        #expect(state.statusMessage == "Filter not applied: the word index could not be read (disk I/O error)")
        #expect(state.filter == nil && state.listArticles == [0, 1, 2], "the list stays whole")
        // a query without words needs no word index
        state.filter("country:japan")
        #expect(state.listArticles == [1])
    }
}
