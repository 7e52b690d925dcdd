import BylineKit
import Testing
@testable import BylineUI

/// The reader over articles the parser made from short invented texts: the
/// filter finds a country through a city, and `}` follows a speaker from one
/// parsed article into the next.
@Suite struct ParsedLibraryTests {
    static let library = [
        ArticleParser.parse("Title: Port strike ends\n\nTomas Okafor told reporters in Valletta \"the ships are waiting\".\n", file: "a.txt"),
        ArticleParser.parse("Title: Lisbon prices\n\nInes Palo said \"prices will fall\" in Lisbon.\n", file: "b.txt"),
        ArticleParser.parse("Title: Port reopens\n\nTomas Okafor said \"the cranes are moving again\" on Monday.\n", file: "c.txt"),
    ]

    @Test func filteringAndFollowingASpeakerThroughParsedArticles() {
        var state = ReaderState(articles: Self.library, size: Size(width: 140, height: 30)).started()
        state.filter("country:valletta")
        #expect(state.listArticles == [0])
        state.apply(.clearFilter)
        state.filter("speaker:okafor")
        #expect(state.listArticles == [0, 2])
        press(&state, "]")
        #expect(NavigationFixtures.focusedQuote(state) == "the ships are waiting")
        press(&state, "}")
        #expect(state.openIndex == 2 && state.selectedIndex == 1)
        #expect(NavigationFixtures.focusedQuote(state) == "the cranes are moving again")
        press(&state, "}")
        #expect(state.statusMessage == "No more quotes by Tomas Okafor")
        let screen = render(state)
        #expect(screen.text.contains("Tomas Okafor said \"the cranes are moving again\""))
        #expect(screen.line(29).hasPrefix(" 2/2 newest first  No more quotes by Tomas Okafor"))
    }
}
