import BylineKit
import Testing
@testable import BylineUI

/// `t` and the boilerplate setting, as state changes.
@Suite("Theme switching and boilerplate display")
struct ThemeSwitchTests {
    func state(themes: [String], current: String = "default", boilerplate: BoilerplateDisplay = .hidden) -> ReaderState {
        ReaderState(articles: [ReaderFixtures.riyadh], size: Size(width: 120, height: 40),
                    themeName: current, themeNames: themes, boilerplate: boilerplate).started()
    }

    @Test func tCyclesThroughTheThemesAndNamesEach() {
        var s = state(themes: ["default", "light", "mono"])
        s.handle(.key(.character("t")))
        #expect(s.themeName == "light")
        #expect(s.statusMessage == "Theme: light")
        s.handle(.key(.character("t")))
        s.handle(.key(.character("t")))
        #expect(s.themeName == "default", "wraps round to the first")
    }

    @Test func aThemeFromAFileIsFollowedByTheFirstOfTheCatalog() {
        var s = state(themes: ["default", "light"], current: "mine")
        s.apply(.nextTheme)
        #expect(s.themeName == "default")
    }

    @Test func withOneThemeTSaysThereIsNoOther() {
        var s = state(themes: ["default"])
        s.apply(.nextTheme)
        #expect(s.themeName == "default")
        #expect(s.statusMessage?.contains("No other theme") == true)
    }

    @Test func withoutColourTSaysSoInsteadOfNamingATheme() {
        var store = ReaderStore(ReaderState(articles: ReaderFixtures.library, size: Size(width: 80, height: 24),
                                            themeNames: ["default", "light"], coloursOff: true).started())
        store.send(.key(.character("t"))) {
            $0.statusMessage = "Colours are off (NO_COLOR, or a terminal without colour): a theme would change nothing"
        }
    }

    @Test func tAsksForTheThemeAndAFailureKeepsTheOneDrawn() {
        var s = state(themes: ["default", "light"])
        #expect(s.apply(.nextTheme) == [.loadTheme("light")])
        s.apply(.themeLoaded("light"))
        #expect(s.themeName == "light")
        #expect(s.apply(.nextTheme) == [.loadTheme("default")])
        #expect(s.apply(.themeFailed("default", kept: "light", reason: "bad colour on line 3")).isEmpty)
        #expect(s.themeName == "light")
        #expect(s.statusMessage == "Theme default not loaded, light kept: bad colour on line 3")
    }

    @Test func boilerplateIsHiddenByDefault() {
        let screen = render(state(themes: []))
        #expect(!screen.text.contains("Sign up to our free newsletters"))
    }

    @Test func dimmedBoilerplateIsShownInTheDimRole() throws {
        let screen = render(state(themes: [], boilerplate: .dimmed))
        let text = screen.text
        #expect(text.contains("Sign up to our free newsletters"))
        let row = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Sign up") })
        let line = String(text.split(separator: "\n", omittingEmptySubsequences: false)[row])
        let column = try #require(line.range(of: "Sign up")).lowerBound
        let x = line[..<column].reduce(0) { $0 + DisplayWidth.of($1) }
        #expect(screen[x, row].role == .dim)
    }
}
