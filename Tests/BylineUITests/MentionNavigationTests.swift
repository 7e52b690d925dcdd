import BylineKit
import Testing
@testable import BylineUI

/// The side panel's entity emphasis, Enter, and `n`/`N` through mentions.
@Suite struct MentionNavigationTests {
    typealias F = NavigationFixtures

    @Test func selectingAnEntityInTheSidePanelEmphasisesAllItsMentions() {
        var state = F.state()
        #expect(state.emphasis == nil)  // nothing until the side panel is used
        state.apply(.focusPrevious)
        state.apply(.moveDown)
        state.apply(.moveDown)  // Malta: Valletta and Malta
        #expect(state.emphasis == .entity(1, current: nil))
        let spans = ReadingHighlights(state).spans
        #expect(spans[0] == [ReadingHighlights.Span(range: 69..<77, role: .mentionFocus)])
        #expect(spans[1] == [ReadingHighlights.Span(range: 78..<83, role: .mentionFocus)])
        // Tab away: the emphasis stays while reading
        state.apply(.focusPrevious)
        #expect(state.emphasis == .entity(1, current: nil))
    }

    @Test func enterJumpsToTheFirstMentionAndNStepsThroughThemWrapping() {
        var state = F.state(60, 8)
        state.apply(.focusPrevious)
        state.apply(.moveDown)  // Tomas Okafor: paragraph 1, paragraph 2
        state.apply(.activate)
        #expect(state.emphasis == .entity(2, current: 0))
        #expect(state.readingScroll == state.readingText.line(paragraph: 1, offset: 0))
        press(&state, "n")
        #expect(state.emphasis == .entity(2, current: 1))
        #expect(state.statusMessage == "Tomas Okafor: mention 2 of 2")
        let okafor = F.harbour.entities[2].mentions[1]
        let line = state.line(of: okafor)
        #expect(line >= state.readingScroll && line < state.readingScroll + 5)
        press(&state, "n")  // wraps to the first
        #expect(state.emphasis == .entity(2, current: 0))
        #expect(state.statusMessage == "Tomas Okafor: mention 1 of 2")
        press(&state, "N")  // and back round to the last
        #expect(state.emphasis == .entity(2, current: 1))
        // the mention n went to is drawn as the selection, the others as mentions
        let spans = ReadingHighlights(state).spans
        #expect(spans[1]?.map(\.role) == [.mentionFocus])
        #expect(spans[2]?.map(\.role) == [.selection])
    }

    @Test func nWithNothingCurrentStartsAtTheTopOfTheView() {
        var state = F.state()
        state.apply(.focusPrevious)
        state.apply(.top)  // Mirela Dragan
        press(&state, "N")
        #expect(state.emphasis == .entity(0, current: 1))
        state.apply(.moveDown)
        state.apply(.moveUp)  // selected afresh, Dragan has no current mention
        #expect(state.emphasis == .entity(0, current: nil))
        press(&state, "n")
        #expect(state.emphasis == .entity(0, current: 0))
    }

    @Test func nWithNothingToStepThroughSaysHow() {
        var state = F.state()
        press(&state, "n")
        #expect(state.statusMessage == "Nothing to step through: search with /, or select a name in the side panel")
        // a quote's emphasis is not something n steps through
        press(&state, "]n")
        #expect(state.statusMessage?.hasPrefix("Nothing to step through") == true)
    }

    @Test func enteringTheSidePanelEmphasisesItsSelectionUnlessSomethingElseIs() {
        var state = F.state()
        state.apply(.focusPrevious)
        #expect(state.emphasis == .entity(0, current: nil))  // Mirela Dragan
        state.apply(.focusNext)
        state.handle(.key(.escape))
        press(&state, "/harbour")
        state.handle(.key(.enter))
        state.apply(.focusPrevious)
        #expect(state.emphasis == nil && state.search?.query == "harbour")
    }

    @Test func escTakesTheEmphasisOff() {
        var state = F.state()
        press(&state, "]")
        state.handle(.key(.escape))
        #expect(state.emphasis == nil)
        #expect(!state.isQuitting)
    }

    @Test func mentionsInHiddenBoilerplateAreNotSteppedTo() {
        let text = "Ines Palo left."
        let article = Article(
            file: "b.txt", title: "B",
            paragraphs: [Paragraph(kind: .body, text: text), Paragraph(kind: .boilerplate, text: text)],
            entities: [Entity(kind: .person, name: "Ines Palo", mentions: [
                Mention(paragraph: 0, start: 0, end: 9), Mention(paragraph: 1, start: 0, end: 9),
            ])])
        var state = F.state(articles: [article])
        state.apply(.focusPrevious)
        state.apply(.activate)
        press(&state, "n")
        #expect(state.statusMessage == "Ines Palo: mention 1 of 1")
    }
}
