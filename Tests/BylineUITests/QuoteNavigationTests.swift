import BylineKit
import Testing
@testable import BylineUI

/// Typed keys, one event each.
func press(_ state: inout ReaderState, _ keys: String) {
    for c in keys { state.handle(.key(.character(c))) }
}

/// `]` `[` `}` `{` and the `s` speaker list, state by state.
@Suite struct QuoteNavigationTests {
    typealias F = NavigationFixtures

    @Test func bracketsStepThroughTheArticlesQuotesInReadingOrder() {
        var state = F.state()
        var seen: [String?] = []
        var messages: [String?] = []
        for _ in 0..<4 {
            press(&state, "]")
            seen.append(F.focusedQuote(state))
            messages.append(state.statusMessage)
        }
        #expect(seen == ["is within reach", "We need another week.", "will not sign a bad deal", "the ships are waiting"])
        #expect(messages == ["Quote 1 of 4: Mirela Dragan", "Quote 2 of 4: Tomas Okafor", "Quote 3 of 4: Mirela Dragan", "Quote 4 of 4: Tomas Okafor"])
        let last = state
        press(&state, "]")
        #expect(state.statusMessage == "No more quotes in this article")
        #expect(state.emphasis == last.emphasis && state.readingScroll == last.readingScroll)
        press(&state, "[")
        #expect(F.focusedQuote(state) == "will not sign a bad deal")
        press(&state, "[[")
        #expect(F.focusedQuote(state) == "is within reach")
        press(&state, "[")
        #expect(state.statusMessage == "No earlier quotes in this article")
        #expect(F.focusedQuote(state) == "is within reach")
    }

    @Test func withNothingEmphasisedTheyStartFromTheTopOfTheView() {
        var state = F.state()
        press(&state, "[")
        #expect(state.statusMessage == "No earlier quotes in this article")
        #expect(state.emphasis == nil)
        // scrolled past the first paragraph, ] goes to the first quote below the top
        var small = F.state(60, 8)
        small.apply(.focusNext)
        let secondParagraph = small.readingText.line(paragraph: 1, offset: 0)!
        while small.readingScroll < secondParagraph { small.apply(.moveDown) }
        press(&small, "]")
        #expect(F.focusedQuote(small) == "We need another week.")
        small.apply(.clearHighlights)
        press(&small, "[")
        #expect(F.focusedQuote(small) == "is within reach")
    }

    @Test func theReadingPaneScrollsToShowTheQuoteAndItsSpeaker() {
        var state = F.state(60, 8)  // five lines of text, 21 cells wide
        let visible = 5
        for expected in F.harbour.quotes {
            press(&state, "]")
            let first = state.line(of: expected.mention)
            let last = state.readingText.line(paragraph: expected.paragraph, offset: expected.mention.end - 1)!
            #expect(first >= state.readingScroll && last < state.readingScroll + visible, "\(expected.text)")
        }
        // the last quote's paragraph starts below the first screen
        #expect(state.readingScroll > 0)
        // going back to the first quote scrolls back up to it and its speaker
        press(&state, "[[[")
        #expect(state.readingScroll == state.readingText.line(paragraph: 0, offset: 0))
    }

    @Test func theSidePanelsQuoteSelectionFollows() {
        var state = F.state()
        // Dragan, Okafor, [Countries], Malta, [Quotes], four quotes of two lines
        #expect(state.sidePanel.rows.count == 13)
        for row in [5, 7, 9, 11] {
            press(&state, "]")
            #expect(state.sideSelection == row)
        }
        press(&state, "[")
        #expect(state.sideSelection == 9)
        // and moving in the side panel onto a quote emphasises it
        state.apply(.focusPrevious)
        state.apply(.moveUp)
        #expect(F.focusedQuote(state) == "We need another week.")
    }

    @Test func bracesFollowOneSpeakerAcrossTheList() {
        var state = F.state()
        press(&state, "]")  // Dragan's first
        press(&state, "}")
        #expect(F.focusedQuote(state) == "will not sign a bad deal")
        #expect(state.statusMessage == "Mirela Dragan: quote 2 of 2 in this article")
        // past her last quote here: the market article does not quote her, the ferry one does
        press(&state, "}")
        #expect(state.openIndex == 2 && state.selectedIndex == 2)
        #expect(F.focusedQuote(state) == "the crossings stay open")
        #expect(state.statusMessage == "Mirela Dragan: quote 1 of 1 in the next article, Gozo ferries keep sailing")
        #expect(state.sideSelection == state.sidePanel.row(ofQuoteAt: F.ferry.quotes[0].mention))
        press(&state, "}")
        #expect(state.openIndex == 3)
        #expect(F.focusedQuote(state) == "Budgets are choices,")
        var end = state
        press(&state, "}")
        #expect(state.statusMessage == "No more quotes by Mirela Dragan")
        state.statusMessage = nil
        end.statusMessage = nil
        #expect(state == end)
        // and back: each earlier article opens at her last quote there
        press(&state, "{")
        #expect(state.openIndex == 2)
        press(&state, "{")
        #expect(state.openIndex == 0 && state.selectedIndex == 0)
        #expect(F.focusedQuote(state) == "will not sign a bad deal")
        #expect(state.statusMessage == "Mirela Dragan: quote 2 of 2 in a previous article, Harbour talks resume in Valletta")
        press(&state, "{")
        #expect(F.focusedQuote(state) == "is within reach")
        press(&state, "{")
        #expect(state.statusMessage == "No earlier quotes by Mirela Dragan")
        #expect(state.openIndex == 0)
    }

    @Test func bracesOnlyVisitArticlesTheFilterShows() {
        var state = F.state(initialQuery: "-gozo")
        #expect(state.listArticles == [0, 1, 3])
        press(&state, "]]]")  // Dragan's second quote
        press(&state, "}")
        #expect(state.openIndex == 3)
        #expect(state.selectedIndex == 2)
        #expect(F.focusedQuote(state) == "Budgets are choices,")
    }

    @Test func aSpeakerWithOneQuoteSaysThereAreNoMore() {
        var state = F.state()
        state.apply(.moveDown)
        state.apply(.activate)  // the market article
        press(&state, "}")  // no quote emphasised yet: the first quote
        #expect(F.focusedQuote(state) == "prices will fall")
        let one = state
        press(&state, "}")
        #expect(state.statusMessage == "No more quotes by Ines Palo")
        press(&state, "{")
        #expect(state.statusMessage == "No earlier quotes by Ines Palo")
        #expect(state.emphasis == one.emphasis && state.openIndex == 1)
    }

    @Test func aQuoteWithoutASpeakerHasNoSameSpeaker() {
        var state = F.state(articles: [F.budget])
        press(&state, "]]")
        #expect(F.focusedQuote(state) == "Nobody asked us,")
        #expect(state.statusMessage == "Quote 2 of 2: unattributed")
        press(&state, "}")
        #expect(state.statusMessage == "The text does not say who said this quote")
        #expect(F.focusedQuote(state) == "Nobody asked us,")
    }

    @Test func bracesFromAPersonSelectedInTheSidePanelGoToTheirQuotes() {
        var state = F.state()
        state.apply(.focusPrevious)
        state.apply(.moveDown)  // Tomas Okafor
        #expect(state.emphasis == .entity(2, current: nil))
        press(&state, "}")
        #expect(F.focusedQuote(state) == "We need another week.")
        state.apply(.top)  // Mirela Dragan, still in the side panel
        #expect(state.focus == .side && state.emphasis == .entity(0, current: nil))
        press(&state, "{")  // her last quote in the article
        #expect(F.focusedQuote(state) == "will not sign a bad deal")
    }

    @Test func anArticleWithoutQuotesSaysSo() {
        var state = F.state(articles: [ReaderFixtures.geneva])
        for key in "][}{s" {
            press(&state, String(key))
            #expect(state.statusMessage == "No quotes in this article", "\(key)")
            #expect(state.emphasis == nil && state.speakerList == nil)
        }
    }

    @Test func openingAnotherArticleTakesTheEmphasisOff() {
        var state = F.state()
        press(&state, "]")
        state.apply(.moveDown)
        state.apply(.activate)
        #expect(state.emphasis == nil)
        #expect(state.search == nil)
    }

    // MARK: - The speaker list

    @Test func sListsTheSpeakersWithQuoteCountsAndEnterJumps() {
        var state = F.state()
        press(&state, "s")
        let list = state.speakerList
        #expect(list?.rows.map(\.label) == ["Mirela Dragan", "Tomas Okafor"])
        #expect(list?.rows.map(\.count) == [2, 2])
        #expect(state.isCapturingKeys && !state.isPromptOpen)
        // keys move in the list and nothing else happens
        press(&state, "j]")
        #expect(state.speakerList?.selection == 1)
        #expect(state.emphasis == nil)
        state.handle(.key(.down))  // stays on the last
        #expect(state.speakerList?.selection == 1)
        state.handle(.key(.enter))
        #expect(state.speakerList == nil)
        #expect(F.focusedQuote(state) == "We need another week.")
        #expect(state.statusMessage == "Tomas Okafor: 2 quotes; }/{ for the others")
        press(&state, "}")
        #expect(F.focusedQuote(state) == "the ships are waiting")
    }

    @Test func theSpeakerListClosesWithEscSOrQWithoutQuitting() {
        var state = F.state()
        for close in [Key.escape, .character("s"), .character("q")] {
            press(&state, "s")
            #expect(state.speakerList != nil)
            state.handle(.key(close))
            #expect(state.speakerList == nil, "\(close)")
            #expect(!state.isQuitting)
            #expect(state.emphasis == nil)
        }
    }

    @Test func quotesWithoutASpeakerAreListedLastAsUnattributed() {
        var state = F.state(articles: [F.budget])
        press(&state, "s")
        #expect(state.speakerList?.rows == [
            SpeakerList.Row(speaker: "Mirela Dragan", count: 1, firstQuote: 0),
            SpeakerList.Row(speaker: nil, count: 1, firstQuote: 1),
        ])
        press(&state, "G")
        state.handle(.key(.enter))
        #expect(F.focusedQuote(state) == "Nobody asked us,")
        #expect(state.statusMessage == "unattributed: 1 quote; }/{ for the others")
    }
}
