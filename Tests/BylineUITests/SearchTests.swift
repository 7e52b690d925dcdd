import BylineKit
import Testing
@testable import BylineUI

/// `/` and `n`/`N` through the matches; `TextSearch` on its own.
@Suite struct SearchTests {
    typealias F = NavigationFixtures

    func search(_ state: inout ReaderState, _ text: String) {
        state.handle(.key(.character("/")))
        press(&state, text)
        state.handle(.key(.enter))
    }

    @Test func matchesIgnoreCaseAndAccentsAndCountScalars() {
        let text = "Café owners in CAFE street met 👨‍👩‍👧 cafe regulars."
        let matches = TextSearch.matches(of: "cafe", in: text, paragraph: 2)
        let scalars = Array(text.unicodeScalars)
        #expect(matches.count == 3)
        #expect(matches.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["Café", "CAFE", "cafe"])
        #expect(matches.allSatisfy { $0.paragraph == 2 })
        // a decomposed accent is two scalars, and the match covers both
        let decomposed = "Cafe\u{301} au lait"
        #expect(TextSearch.matches(of: "CAFÉ", in: decomposed, paragraph: 0) == [Mention(paragraph: 0, start: 0, end: 5)])
        #expect(TextSearch.matches(of: "aa", in: "aaaa", paragraph: 0).count == 2)  // never overlapping
        #expect(TextSearch.matches(of: "x", in: "", paragraph: 0).isEmpty)
    }

    @Test func theSearchCoversShownParagraphsOnly() {
        let article = Article(file: "s.txt", title: "S", paragraphs: [
            Paragraph(kind: .heading, text: "Port news"), Paragraph(kind: .body, text: "The port opened."),
            Paragraph(kind: .boilerplate, text: "Subscribe to port alerts"),
        ])
        #expect(TextSearch(query: "PORT", in: article).matches.map(\.paragraph) == [0, 1])
    }

    @Test func slashSearchesHighlightsAndJumpsToTheFirstMatch() {
        var state = F.state(60, 8)
        state.apply(.focusNext)
        state.apply(.bottom)
        search(&state, "OKAFOR")
        #expect(!state.isPromptOpen)
        #expect(state.search?.matches == [Mention(paragraph: 1, start: 6, end: 12), Mention(paragraph: 2, start: 0, end: 6)])
        #expect(state.search?.current == 0)
        #expect(state.statusMessage == "Match 1 of 2 for “OKAFOR”")
        #expect(state.readingScroll == state.readingText.line(paragraph: 1, offset: 0))
        #expect(state.searchHistory == ["OKAFOR"])
        press(&state, "n")
        #expect(state.search?.current == 1)
        #expect(state.statusMessage == "Match 2 of 2 for “OKAFOR”")
        press(&state, "n")
        #expect(state.search?.current == 0)
        press(&state, "N")
        #expect(state.search?.current == 1)
        let spans = ReadingHighlights(state).spans
        #expect(spans[1]?.map(\.role) == [.searchMatch])
        #expect(spans[2]?.map(\.role) == [.selection])
    }

    @Test func noMatchesSaysSo() {
        var state = F.state()
        search(&state, "zebra")
        #expect(state.statusMessage == "No matches for “zebra”")
        press(&state, "n")
        #expect(state.statusMessage == "No matches for “zebra”")
        #expect(state.readingScroll == 0)
    }

    @Test func theLaterOfSearchAndEntityDecidesWhatNStepsThrough() {
        var state = F.state()
        state.apply(.focusPrevious)
        state.apply(.top)  // Mirela Dragan
        search(&state, "deal")
        #expect(state.emphasis == nil)  // the search takes over n/N
        press(&state, "n")
        #expect(state.statusMessage == "Match 2 of 2 for “deal”")
        state.apply(.moveDown)  // Tomas Okafor: the entity takes over
        #expect(state.search == nil)
        press(&state, "n")
        #expect(state.statusMessage == "Tomas Okafor: mention 1 of 2")
        // a quote jump keeps the search
        search(&state, "deal")
        press(&state, "]")
        #expect(state.search?.query == "deal")
        press(&state, "n")
        #expect(state.statusMessage?.hasPrefix("Match") == true)
        // Esc ends it
        state.handle(.key(.escape))
        #expect(state.search == nil && state.emphasis == nil)
    }

    @Test func theSearchPromptHasItsOwnHistoryAndAnEmptySearchEndsTheSearch() {
        var state = F.state()
        search(&state, "deal")
        state.apply(.filterBySelectedPerson)
        search(&state, "")
        #expect(state.search == nil)
        state.handle(.key(.character("/")))
        #expect(state.prompt?.editor.text == "")
        state.handle(.key(.up))
        #expect(state.prompt?.editor.text == "deal")
        #expect(state.filterHistory == ["person:\"Mirela Dragan\""])
    }
}
