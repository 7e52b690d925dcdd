import BylineKit
import Testing
@testable import BylineUI

/// Whole screens compared with expected text (what a person sees), and the
/// roles of chosen cells (what the theme colours).
@Suite struct RendererTests {
    // MARK: - Whole screens

    @Test func riyadhAt120x40() {
        #expect(render(ReaderFixtures.state(120, 40)).text == """
            ┌ Articles (3) ──────────────────────────┬ US, Russia to meet in Riyadh ──────────────────────┬ People ────────────────┐
            │▶ US, Russia to meet in Riyadh          │ AFP · Ana Ruiz · 2025-02-17                        │ Volodymyr Zelensky   2 │
            │  AFP · 2025-02-17                      │                                                    │ Countries ─────────────│
            │  東京 summit 🌏 draws leaders          │ Top US and Russian diplomats will meet in Saudi    │ Ukraine              3 │
            │  共同通信 · 2025-02-01                 │ Arabia on Tuesday for talks on ending the war in   │ Saudi Arabia         1 │
            │  Trade talks stall in Geneva after thr…│ Ukraine, officials said.                           │ Organisations ─────────│
            │                                        │                                                    │ NATO                 1 │
            │                                        │ Zelensky said Kyiv "did not know anything about"   │ Quotes ────────────────│
            │                                        │ the talks in Riyadh, and Ukraine would not accept  │ Volodymyr Zelensky     │
            │                                        │ any deal made without it.                          │   did not know anythi… │
            │                                        │                                                    │                        │
            │                                        │ Possible summit                                    │                        │
            │                                        │                                                    │                        │
            │                                        │ NATO allies met in Paris as Zelensky asked for     │                        │
            │                                        │ guarantees.                                        │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            └────────────────────────────────────────┴────────────────────────────────────────────────────┴────────────────────────┘
             1/3 newest first                                                ]/[ quotes  }/{ same speaker  f filter  ? help  q quit
            """)
    }

    @Test func riyadhAt80x24() {
        #expect(render(ReaderFixtures.state(80, 24)).text == """
            ┌ Articles (3) ────────────┬ US, Russia to meet in Riyadh ──┬ People ──────────┐
            │▶ US, Russia to meet in R…│ AFP · Ana Ruiz · 2025-02-17    │ Volodymyr Zel… 2 │
            │  AFP · 2025-02-17        │                                │ Countries ───────│
            │  東京 summit 🌏 draws le…│ Top US and Russian diplomats   │ Ukraine        3 │
            │  共同通信 · 2025-02-01   │ will meet in Saudi Arabia on   │ Saudi Arabia   1 │
            │  Trade talks stall in Ge…│ Tuesday for talks on ending    │ Organisations ───│
            │                          │ the war in Ukraine, officials  │ NATO           1 │
            │                          │ said.                          │ Quotes ──────────│
            │                          │                                │ Volodymyr Zelen… │
            │                          │ Zelensky said Kyiv "did not    │   did not know … │
            │                          │ know anything about" the talks │                  │
            │                          │ in Riyadh, and Ukraine would   │                  │
            │                          │ not accept any deal made       │                  │
            │                          │ without it.                    │                  │
            │                          │                                │                  │
            │                          │ Possible summit                │                  │
            │                          │                                │                  │
            │                          │ NATO allies met in Paris as    │                  │
            │                          │ Zelensky asked for guarantees. │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            └──────────────────────────┴────────────────────────────────┴──────────────────┘
             1/3 newest first        ]/[ quotes  }/{ same speaker  f filter  ? help  q quit
            """)
    }

    @Test func riyadhAt40x12() {
        #expect(render(ReaderFixtures.state(40, 12)).text == """
            ┌ Articles (… ┬ US, Russia to meet in… ┐
            │▶ US, Russia…│ AFP · Ana Ruiz ·       │
            │  AFP · 2025…│ 2025-02-17             │
            │  東京 summi…│                        │
            │  共同通信 ·…│ Top US and Russian     │
            │  Trade talk…│ diplomats will meet in │
            │             │ Saudi Arabia on        │
            │             │ Tuesday for talks on   │
            │             │ ending the war in      │
            │             │ Ukraine, officials     │
            └─────────────┴────────────────────────┘
             1/3 newest first        ? help  q quit
            """)
    }

    static func tokyoOpen(_ width: Int, _ height: Int) -> ReaderState {
        var state = ReaderFixtures.state(width, height)
        state.apply(.moveDown)
        state.apply(.activate)
        return state
    }

    @Test func cjkAndEmojiAt120x40() {
        #expect(render(Self.tokyoOpen(120, 40)).text == """
            ┌ Articles (3) ──────────────────────────┬ 東京 summit 🌏 draws leaders ──────────────────────┬ People ────────────────┐
            │  US, Russia to meet in Riyadh          │ 共同通信 · 2025-02-01                              │ 山田太郎             1 │
            │  AFP · 2025-02-17                      │                                                    │ Countries ─────────────│
            │▶ 東京 summit 🌏 draws leaders          │ 東京で首脳会談が開かれ、各国の代表が集まった。     │ Japan                1 │
            │  共同通信 · 2025-02-01                 │                                                    │ Quotes ────────────────│
            │  Trade talks stall in Geneva after thr…│ Leaders 👨‍👩‍👧 and flags 🇯🇵🇰🇷 met in 東京 on Monday.   │ 山田太郎               │
            │                                        │                                                    │   平和が大切だ         │
            │                                        │ 「平和が大切だ」と山田太郎首相は述べた。           │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            │                                        │                                                    │                        │
            └────────────────────────────────────────┴────────────────────────────────────────────────────┴────────────────────────┘
             2/3 newest first                                                ]/[ quotes  }/{ same speaker  f filter  ? help  q back
            """)
    }

    @Test func cjkAndEmojiAt80x24() {
        #expect(render(Self.tokyoOpen(80, 24)).text == """
            ┌ Articles (3) ────────────┬ 東京 summit 🌏 draws leaders ──┬ People ──────────┐
            │  US, Russia to meet in R…│ 共同通信 · 2025-02-01          │ 山田太郎       1 │
            │  AFP · 2025-02-17        │                                │ Countries ───────│
            │▶ 東京 summit 🌏 draws le…│ 東京で首脳会談が開かれ、各国の │ Japan          1 │
            │  共同通信 · 2025-02-01   │ 代表が集まった。               │ Quotes ──────────│
            │  Trade talks stall in Ge…│                                │ 山田太郎         │
            │                          │ Leaders 👨‍👩‍👧 and flags 🇯🇵🇰🇷 met  │   平和が大切だ   │
            │                          │ in 東京 on Monday.             │                  │
            │                          │                                │                  │
            │                          │ 「平和が大切だ」と山田太郎首相 │                  │
            │                          │ は述べた。                     │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            └──────────────────────────┴────────────────────────────────┴──────────────────┘
             2/3 newest first        ]/[ quotes  }/{ same speaker  f filter  ? help  q back
            """)
    }

    @Test func cjkAndEmojiAt40x12() {
        #expect(render(Self.tokyoOpen(40, 12)).text == """
            ┌ Articles (… ┬ 東京 summit 🌏 draws … ┐
            │  US, Russia…│ 共同通信 · 2025-02-01  │
            │  AFP · 2025…│                        │
            │▶ 東京 summi…│ 東京で首脳会談が開か   │
            │  共同通信 ·…│ れ、各国の代表が集まっ │
            │  Trade talk…│ た。                   │
            │             │                        │
            │             │ Leaders 👨‍👩‍👧 and flags   │
            │             │ 🇯🇵🇰🇷 met in 東京 on    │
            │             │ Monday.                │
            └─────────────┴────────────────────────┘
             2/3 newest first        ? help  q back
            """)
    }

    @Test func emptyLibrarySaysHowToAddArticles() {
        #expect(render(ReaderFixtures.state(80, 24, articles: [])).text == """
            ┌ Articles (0) ────────────┬ Byline ────────────────────────┬ In this article ─┐
            │ No articles.             │ Nothing to read yet.           │                  │
            │                          │                                │                  │
            │ Add .txt or .md files to │                                │                  │
            │ Articles/, or name files │                                │                  │
            │ or folders: byline PATH… │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            │                          │                                │                  │
            └──────────────────────────┴────────────────────────────────┴──────────────────┘
             0/0 newest first        ]/[ quotes  }/{ same speaker  f filter  ? help  q quit
            """)
    }

    @Test func helpWrapsAtAnyWidthAndSaysWhatIsAboveAndBelow() {
        var state = ReaderFixtures.state(40, 12)
        state.apply(.toggleHelp)
        let top = render(state).text
        #expect(!top.contains("…"), "nothing is cut off:\n\(top)")
        #expect(top.contains("↓ more below") && !top.contains("↑ more above"))
        state.apply(.bottom)
        let end = render(state).text
        #expect(end.contains("↑ more above") && !end.contains("↓ more below"), "\(end)")
        #expect(end.contains("Q quits"), "the last line shows:\n\(end)")
    }

    @Test func helpIsRenderedFromTheKeymap() {
        var state = ReaderFixtures.state(80, 24)
        state.apply(.toggleHelp)
        #expect(render(state).text == """
            ┌ Keys ────────────────────────────────────────────────────────────────────────┐
            │ j/↓         move down in the focused pane                                    │
            │ k/↑         move up in the focused pane                                      │
            │ Space/PgDn  page down                                                        │
            │ b/PgUp      page up                                                          │
            │ g/Home      go to the top                                                    │
            │ G/End       go to the bottom                                                 │
            │ Tab         focus the next pane                                              │
            │ Shift-Tab   focus the previous pane                                          │
            │ Enter       open the article; in the side panel, jump to the mention or      │
            │             quote                                                            │
            │ ]           next quote in the article                                        │
            │ [           previous quote in the article                                    │
            │ }           next quote by the same speaker, on into later articles           │
            │ {           previous quote by the same speaker, back into earlier articles   │
            │ s           the article's speakers; Enter goes to their first quote          │
            │ n           next search match, or next mention of the name selected          │
            │ N           previous search match, or previous mention                       │
            │ /           search the article (case and accents ignored)                    │
            │ f           filter: person: speaker: country: org: source: words "a phrase"  │
            │             -not a,b                                                         │
            │ F           clear the filter                                                 │
            └─────────────────────────────────────────────────────────────── ↓ more below ─┘
             1/3 newest first                                            q/Esc/? close help
            """)
    }

    @Test func smallestUsableScreen() {
        #expect(render(ReaderFixtures.state(20, 5)).text == """
            ┌ US, Russia to m… ┐
            │ AFP · Ana Ruiz · │
            │ 2025-02-17       │
            └──────────────────┘
             1/3 newest first
            """)
    }

    @Test func tooSmallScreensSayWhatFits() {
        #expect(render(ReaderFixtures.state(19, 5)).text == """


            Terminal too small
               at least 20×5

            """)
        #expect(render(ReaderFixtures.state(10, 3)).text == """

            Too small

            """)
        #expect(render(ReaderFixtures.state(1, 1)).text == "S")
        #expect(render(ReaderFixtures.state(0, 0)).text == "")
        #expect(render(ReaderFixtures.state(0, 0)).cells.isEmpty)
        #expect(render(ReaderFixtures.state(-3, -3)).cells.isEmpty)
        #expect(render(ReaderFixtures.state(5, 0)).cells.isEmpty)
        #expect(render(ReaderFixtures.state(3, 7)).text.contains("Sm"))
    }

    // MARK: - Roles

    /// The cell where the `nth` occurrence of `needle` starts, at or right of `x0`.
    func locate(_ needle: String, in screen: Screen, from x0: Int = 0, nth: Int = 0) -> (x: Int, y: Int)? {
        let pin = Array(needle)
        var found = 0
        for y in 0..<screen.size.height {
            var row: [(x: Int, c: Character)] = []
            for x in x0..<screen.size.width { if let c = screen[x, y].character { row.append((x, c)) } }
            guard row.count >= pin.count else { continue }
            for i in 0...(row.count - pin.count) where row[i..<i + pin.count].map(\.c) == pin {
                if found == nth { return (row[i].x, y) }
                found += 1
            }
        }
        return nil
    }

    /// The roles of the cells of `needle` where it is found.
    func roles(_ needle: String, in screen: Screen, from x0: Int = 0, nth: Int = 0) -> [Role] {
        guard let (x, y) = locate(needle, in: screen, from: x0, nth: nth) else { return [] }
        let width = DisplayWidth.of(needle)
        return (x..<x + width).filter { screen[$0, y].width > 0 }.map { screen[$0, y].role }
    }

    func all(_ role: Role, _ count: Int) -> [Role] { Array(repeating: role, count: count) }

    @Test func mentionsQuotesAndSpeakersCarryTheirRoles() {
        let screen = render(ReaderFixtures.state(80, 24))
        let reading = 28  // the reading pane's text starts here
        #expect(roles("AFP · Ana Ruiz · 2025-02-17", in: screen, from: reading) == all(.dim, 27))
        #expect(roles("Saudi Arabia", in: screen, from: reading) == all(.country, 12))
        #expect(roles("Ukraine", in: screen, from: reading) == all(.country, 7))
        // the speaker's mention next to the quote, and the quote with its marks
        #expect(roles("Zelensky said", in: screen, from: reading) == all(.speaker, 8) + all(.text, 5))
        #expect(roles("Kyiv", in: screen, from: reading) == all(.country, 4))
        #expect(roles(" \"did not", in: screen, from: reading) == [.text] + all(.quote, 8))
        #expect(roles("know anything about\" the", in: screen, from: reading) == all(.quote, 20) + all(.text, 4))
        // a later mention of the same person is a plain person mention
        #expect(roles("NATO allies", in: screen, from: reading) == all(.organisation, 4) + all(.text, 7))
        #expect(roles("Zelensky asked", in: screen, from: reading) == all(.person, 8) + all(.text, 6))
        #expect(roles("Possible summit", in: screen, from: reading) == all(.heading, 15))
        #expect(!screen.text.contains("Sign up"))  // boilerplate hidden
    }

    @Test func cjkMentionsAndQuotesCarryTheirRoles() {
        let screen = render(Self.tokyoOpen(80, 24))
        let reading = 28
        #expect(roles("「平和が大切だ」", in: screen, from: reading) == all(.quote, 8))
        #expect(roles("と山田太郎首相", in: screen, from: reading) == [.text] + all(.speaker, 4) + all(.text, 2))
        // a name may wrap between two CJK characters; both halves keep the role
        #expect(roles("in 東", in: screen, from: reading) == all(.text, 3) + all(.country, 1))
        #expect(roles("京 on", in: screen, from: reading) == all(.country, 1) + all(.text, 3))
        let (x, y) = locate("京 on", in: screen, from: reading)!
        #expect(screen[x, y].width == 2)
        #expect(screen[x + 1, y] == Cell(character: nil, role: .country, width: 0))
    }

    @Test func theSidePanelColoursNamesByKindAndQuotesBySpeaker() {
        let screen = render(ReaderFixtures.state(80, 24))
        let side = 61
        #expect(roles("Volodymyr Zel…", in: screen, from: side) == all(.person, 14))
        #expect(roles("Ukraine", in: screen, from: side) == all(.country, 7))
        #expect(roles("NATO", in: screen, from: side) == all(.organisation, 4))
        #expect(roles("3", in: screen, from: side) == [.dim])
        #expect(roles("Volodymyr Zel", in: screen, from: side, nth: 1) == all(.speaker, 13),
                "a quote's speaker on its first line, whole name")
        #expect(roles("did not", in: screen, from: side) == all(.quote, 7), "its opening words on the second")
        #expect(roles("Countries", in: screen, from: side) == all(.heading, 9))
    }

    @Test func theFocusedPaneHasATitleBorderAndItsSelectionIsHighlighted() {
        var state = ReaderFixtures.state(80, 24)
        var screen = render(state)
        #expect(screen[0, 5].role == .title)
        #expect(screen[27, 5].role == .title)
        #expect(screen[60, 5].role == .border)
        #expect(roles("Articles (3)", in: screen) == all(.title, 12))
        #expect(roles("People", in: screen) == all(.border, 6))
        #expect(roles("▶ US, Russia", in: screen) == all(.selection, 12))
        #expect(roles("AFP · 2025-02-17", in: screen) == all(.selection, 16))

        state.apply(.focusPrevious)  // the side panel
        state.apply(.moveDown)
        screen = render(state)
        #expect(screen[0, 5].role == .border)
        #expect(screen[60, 5].role == .title)
        #expect(screen[79, 5].role == .title)
        #expect(roles("People", in: screen) == all(.title, 6))
        #expect(roles("▶ US, Russia", in: screen) == all(.emphasis, 12))
        #expect(roles("Ukraine        3", in: screen, from: 61) == all(.selection, 16))
        #expect(roles("Volodymyr", in: screen, from: 61) == all(.person, 9))
    }

    @Test func statusLineShowsPositionHintsAndMessage() {
        var state = ReaderState(articles: ReaderFixtures.library, size: Size(width: 80, height: 24), statusMessage: "2 files skipped: not UTF-8").started()
        state.apply(.bottom)
        let screen = render(state)
        #expect(screen.line(23) == " 3/3 newest first  2 files skipped: not UTF-8" + String(repeating: " ", count: 20) + "? help  q quit ")
        #expect((0..<80).allSatisfy { screen[$0, 23].role == .status })
        // a message too long for the line takes the hints' place and is cut
        state.apply(.notice(String(repeating: "long ", count: 30)))
        let line = render(state).line(23)
        #expect(line.hasPrefix(" 3/3 newest first  long long"))
        #expect(line.hasSuffix("… "))
    }

    // MARK: - Wide characters never shift borders

    static let wideArticle = Article(
        file: "wide.txt",
        title: "한국 대통령 👩‍💼 東京で会談 🇰🇷🇯🇵 平和へ",
        header: ArticleHeader(source: "新华社 📰", date: "2025-01-01"),
        paragraphs: [
            Paragraph(kind: .heading, text: "見出し 🏛️ 首脳会談"),
            Paragraph(kind: .body, text: "a東b京c都d庁e 🎉x🎉y 中文文本没有空格所以每个字之间都可以换行。한국어 텍스트도 있습니다 👨‍👩‍👧‍👦 ❤️ 🇺🇳 Зеленський ﻻ"),
        ],
        entities: [Entity(kind: .person, name: "한국 대통령 👩‍💼 東京", mentions: [Mention(paragraph: 1, start: 0, end: 3)])],
        quotes: [Quote(text: "中文文本没有空格", speaker: "한국 대통령 👩‍💼 東京", speakerKind: .person, mention: Mention(paragraph: 1, start: 20, end: 28))])

    /// Every wide character is followed by its continuation cell, nothing else is
    /// a continuation, and every border cell of the layout holds a border.
    func expectWellFormed(_ screen: Screen, _ state: ReaderState) {
        let w = screen.size.width, h = screen.size.height
        for y in 0..<h {
            for x in 0..<w {
                let cell = screen[x, y]
                if cell.width == 2 {
                    #expect(x + 1 < w && screen[x + 1, y].width == 0 && screen[x + 1, y].character == nil, "\(w)x\(h) at \(x),\(y)")
                } else if cell.width == 0 {
                    #expect(x > 0 && screen[x - 1, y].width == 2, "\(w)x\(h) at \(x),\(y)")
                } else {
                    #expect(cell.width == 1 && cell.character != nil)
                }
            }
        }
        let layout = state.layout
        guard !layout.isTooSmall, !state.isHelpShown else { return }
        let edges = [0] + layout.panes.compactMap { layout.rect(of: $0)?.maxX }
        for y in 0..<(h - 1) {
            for x in edges {
                let c = screen[x, y].character
                #expect(c != nil && "┌┬┐│└┴┘".contains(c!), "\(w)x\(h): border at \(x),\(y) is \(String(describing: c))")
            }
        }
    }

    @Test func wideCharactersNeverShiftBordersAtAnyWidth() {
        let articles = [Self.wideArticle, ReaderFixtures.tokyo, ReaderFixtures.riyadh]
        for width in 1...130 {
            for height in [1, 5, 12] {
                var state = ReaderState(articles: articles, size: Size(width: width, height: height)).started()
                expectWellFormed(render(state), state)
                state.apply(.focusPrevious)  // the side panel, highlighted rows
                state.apply(.bottom)
                expectWellFormed(render(state), state)
                state.apply(.toggleHelp)
                expectWellFormed(render(state), state)
            }
        }
    }

    @Test func wideCharactersAreCutToASpaceNotSplit() {
        var screen = Screen(size: Size(width: 6, height: 3))
        screen.write("ab東京", x: 0, y: 0, limit: 5, role: .text)
        #expect(screen.line(0) == "ab東  ")
        #expect(screen[4, 0] == Cell(character: " ", role: .text))
        screen.write("東京都", x: 0, y: 1, fitting: 5, role: .text)
        #expect(screen.line(1) == "東京… ")
        screen.write("東京都", x: 0, y: 2, fitting: 4, role: .text)
        #expect(screen.line(2) == "東…   ")
        // a wide character at the screen's last cell becomes a space
        screen.put("京", width: 2, x: 5, y: 0, role: .text)
        #expect(screen[5, 0] == Cell(character: " ", role: .text))
        // overwriting half of a wide character blanks its other half
        screen.put("x", width: 1, x: 3, y: 1, role: .text)
        #expect(screen.line(1).hasPrefix("東 x"))
    }
}
