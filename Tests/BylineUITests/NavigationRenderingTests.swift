import BylineKit
import Testing
@testable import BylineUI

/// Screens with an emphasised quote and speaker, an emphasised entity, search
/// matches, the filter prompt and the speaker list: expected text and roles.
@Suite struct NavigationRenderingTests {
    typealias F = NavigationFixtures
    let reading = 28, readingEnd = 60  // the reading pane's columns at 80
    let side = 61

    /// The roles of the cells of the first `needle` found within columns
    /// `x0..<x1` below the top border.
    func roles(_ needle: String, in screen: Screen, from x0: Int = 0, to x1: Int? = nil) -> [Role] {
        let pin = Array(needle), end = x1 ?? screen.size.width
        for y in 1..<screen.size.height {
            var row: [(x: Int, c: Character)] = []
            for x in x0..<end { if let c = screen[x, y].character { row.append((x, c)) } }
            guard row.count >= pin.count else { continue }
            for i in 0...(row.count - pin.count) where row[i..<i + pin.count].map(\.c) == pin {
                let width = DisplayWidth.of(needle)
                return (row[i].x..<row[i].x + width).filter { screen[$0, y].width > 0 }.map { screen[$0, y].role }
            }
        }
        return []
    }

    func all(_ role: Role, _ count: Int) -> [Role] { Array(repeating: role, count: count) }

    @Test func anEmphasisedQuoteAndItsSpeaker() {
        var state = F.state()
        press(&state, "]]]")  // Dragan: "will not sign a bad deal"
        let screen = render(state)
        #expect(screen.text == """
            ┌ Articles (4) ────────────┬ Harbour talks resume in Valle… ┬ People ──────────┐
            │▶ Harbour talks resume in…│ Wire                           │ Mirela Dragan  2 │
            │  Wire                    │                                │ Tomas Okafor   2 │
            │  Lisbon market expects c…│ Mirela Dragan said the harbour │ Countries ───────│
            │  Gozo ferries keep saili…│ deal "is within reach" after   │ Malta          2 │
            │  Budget choices          │ talks in Valletta.             │ Quotes ──────────│
            │                          │                                │ Mirela Dragan    │
            │                          │ Tomas Okafor, the port chief,  │   is within rea… │
            │                          │ said: "We need another week."  │ Tomas Okafor     │
            │                          │ Dragan added that Malta "will  │   We need anoth… │
            │                          │ not sign a bad deal".          │▶Mirela Dragan    │
            │                          │                                │   will not sign… │
            │                          │ Okafor later told reporters    │ Tomas Okafor     │
            │                          │ "the ships are waiting".       │   the ships are… │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            └──────────────────────────┴────────────────────────────────┴──────────────────┘
             1/4 newest first  Quote 3 of 4: Mirela Dragan                   ? help  q back
            """)
        // the quote with its marks, and the speaker's mention next to it
        #expect(roles("\"will", in: screen, from: reading, to: readingEnd) == all(.quoteFocus, 5))
        #expect(roles("not sign a bad deal\".", in: screen, from: reading, to: readingEnd) == all(.quoteFocus, 20) + [.text])
        #expect(roles("Dragan added", in: screen, from: reading, to: readingEnd) == all(.speakerFocus, 6) + all(.text, 6))
        // the other quotes and speakers keep their usual roles
        #expect(roles("\"We need another week.\"", in: screen, from: reading, to: readingEnd) == all(.quote, 23))
        #expect(roles("Tomas Okafor", in: screen, from: reading, to: readingEnd) == all(.speaker, 12))
        #expect(roles("Malta \"will", in: screen, from: reading, to: readingEnd) == all(.country, 5) + [.text] + all(.quoteFocus, 5))
        // the side panel marks the quote's row
        #expect(roles("▶Mirela Dragan", in: screen, from: side - 1) == [.emphasis] + all(.speaker, 13))
        #expect(roles("will not sign", in: screen, from: side) == all(.quote, 13))
    }

    @Test func anEmphasisedEntityShowsEveryFormOfItsName() {
        var state = F.state()
        state.apply(.focusPrevious)
        state.apply(.moveDown)
        state.apply(.moveDown)  // Malta
        let screen = render(state)
        #expect(screen.line(4) == "│  Gozo ferries keep saili…│ deal \"is within reach\" after   │ Malta          2 │")
        #expect(roles("Valletta", in: screen, from: reading, to: readingEnd) == all(.mentionFocus, 8))
        #expect(roles("Malta \"will", in: screen, from: reading, to: readingEnd) == all(.mentionFocus, 5) + [.text] + all(.quote, 5))
        #expect(roles("Malta          2", in: screen, from: side) == all(.selection, 16))
        // Enter: the first mention becomes the current one
        state.apply(.activate)
        let current = render(state)
        #expect(roles("Valletta", in: current, from: reading, to: readingEnd) == all(.selection, 8))
        #expect(roles("Malta \"will", in: current, from: reading, to: readingEnd).prefix(5) == ArraySlice(all(.mentionFocus, 5)))
    }

    @Test func searchMatchesAndTheCurrentOne() {
        var state = F.state()
        press(&state, "/deal")
        state.handle(.key(.enter))
        press(&state, "n")
        let screen = render(state)
        #expect(screen.line(23).hasPrefix(" 1/4 newest first  Match 2 of 2 for “deal”"))
        #expect(roles("deal \"is", in: screen, from: reading, to: readingEnd) == all(.searchMatch, 4) + [.text] + all(.quote, 3))
        #expect(roles("deal\".", in: screen, from: reading, to: readingEnd) == all(.selection, 4) + [.quote, .text])
    }

    @Test func theFilterPromptInTheStatusLine() {
        var state = F.state()
        press(&state, "fcountry:mt")
        state.handle(.key(.left))
        let screen = render(state)
        #expect(screen.line(23) == " filter: country:mt" + String(repeating: " ", count: 36) + "Enter filter  Esc cancel ")
        let y = 23
        #expect((0..<9).allSatisfy { screen[$0, y].role == .emphasis })
        #expect((9..<18).allSatisfy { screen[$0, y].role == .text })
        #expect(screen[18, y] == Cell(character: "t", role: .selection))  // the cursor on the last letter
        #expect(screen[19, y].role == .text)
        #expect((55..<79).allSatisfy { screen[$0, y].role == .dim })
        // at the end of the text the cursor is a blank cell
        state.handle(.key(.end))
        #expect(render(state)[19, y] == Cell(character: " ", role: .selection))
        // the search prompt
        state.handle(.key(.escape))
        press(&state, "/port")
        #expect(render(state).line(23).hasPrefix(" /port  "))
    }

    @Test func aLongPromptScrollsToKeepTheCursorInView() {
        var state = F.state(40, 12)
        press(&state, "f")
        press(&state, "person:dragan country:MT speaker:okafor")
        var line = render(state).line(11)
        #expect(line == " filter: agan country:MT speaker:okafor ")
        #expect(DisplayWidth.of(line) == 40)
        state.handle(.key(.home))
        line = render(state).line(11)
        #expect(line.hasPrefix(" filter: person:dragan country:MT speak"))
        #expect(render(state)[9, 11] == Cell(character: "p", role: .selection))
        // wide characters keep their two cells and never pass the edge
        press(&state, "東京東京東京東京東京東京東京東京")
        let screen = render(state)
        RendererTests().expectWellFormed(screen, state)
    }

    @Test func theSpeakerListOverTheReadingPane() {
        var state = F.state()
        press(&state, "sj")
        let screen = render(state)
        #expect(screen.line(1) == "│▶ Harbour talks resume in…│ Wire ┌ Speakers ────────┐      │ Mirela Dragan  2 │")
        #expect(screen.line(2) == "│  Wire                    │      │ Mirela Dragan  2 │      │ Tomas Okafor   2 │")
        #expect(screen.line(3) == "│  Lisbon market expects c…│ Mirel│ Tomas Okafor   2 │rbour │ Countries ───────│")
        #expect(screen.line(4) == "│  Gozo ferries keep saili…│ deal └──────────────────┘ter   │ Malta          2 │")
        #expect(screen.line(23) == " 1/4 newest first" + String(repeating: " ", count: 31) + "↑/↓ choose  Enter go  Esc close ")
        #expect(roles("Mirela Dragan  2", in: screen, from: reading, to: readingEnd) == all(.speaker, 13) + all(.text, 2) + [.dim])
        #expect(roles("Tomas Okafor   2", in: screen, from: reading, to: readingEnd) == all(.selection, 16))
        #expect((34..<54).allSatisfy { screen[$0, 1].role == .title })
    }

    @Test func theStatusHintsShortenToFit() {
        // the full hints at 80 columns, none at 20
        #expect(render(F.state(80, 24)).line(23).hasSuffix("]/[ quotes  }/{ same speaker  f filter  ? help  q quit "))
        #expect(render(F.state(40, 12)).line(11).hasSuffix("? help  q quit "))
        #expect(render(F.state(20, 5)).line(4) == " 1/4 newest first   ")
    }

    @Test func wideScreensStayWellFormedWithEveryOverlay() {
        for width in [20, 33, 40, 59, 60, 80, 121] {
            for height in [5, 8, 24] {
                var state = F.state(width, height)
                press(&state, "]]")
                RendererTests().expectWellFormed(render(state), state)
                press(&state, "s")
                RendererTests().expectWellFormed(render(state), state)
                state.handle(.key(.escape))
                press(&state, "f東京 country:MT")
                RendererTests().expectWellFormed(render(state), state)
            }
        }
    }

    /// Checking a speaker: the jump lights the words the parser took (here a
    /// pronoun, not the nearest name) and the status line quotes the cue.
    @Test func aQuoteJumpLightsTheMentionTheParserTookAndQuotesTheCue() {
        let article = ArticleParser.parse("""
            Talks stall

            Lena Marsh met Ivo Renner on Monday. "We will not wait," she told reporters.

            "The ships are waiting," Renner said.
            """, file: "talks.txt")
        let taken = article.quotes.first?.speakerMention.map { m in
            String(String.UnicodeScalarView(Array(article.paragraphs[m.paragraph].text.unicodeScalars)[m.start..<m.end]))
        }
        #expect(taken == "she")
        var state = ReaderState(articles: [article], size: Size(width: 100, height: 20)).started()
        state.apply(.nextQuote)
        #expect(state.statusMessage == "Quote 1 of 2: Lena Marsh \u{2014} \u{201C}told reporters\u{201D}")
        let screen = render(state)
        let reading = state.layout.reading!.x, readingEnd = reading + state.layout.reading!.width
        #expect(roles("she told", in: screen, from: reading, to: readingEnd) == all(.speakerFocus, 3) + all(.text, 5))
        #expect(roles("Ivo Renner", in: screen, from: reading, to: readingEnd).allSatisfy { $0 != .speakerFocus })
        state.apply(.nextQuote)
        #expect(state.statusMessage == "Quote 2 of 2: Ivo Renner \u{2014} \u{201C}said\u{201D}")
    }

}
