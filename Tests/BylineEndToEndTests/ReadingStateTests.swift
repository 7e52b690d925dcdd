import BylineTestSupport
import Foundation
import Testing

/// Read marks, bookmarks and the reading position outlive the reader.
@Suite("Reading state across restarts", .enabled(if: TmuxSession.isInstalled, "tmux is not installed: the reader's end-to-end tests need it (apt-get install tmux)"))
struct ReadingStateTests {
    @Test func aBookmarkAndThePlaceReadSurviveARestart() throws {
        _ = try #require(BylineBinary.path)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-restart-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["XDG_CACHE_HOME": home.appendingPathComponent("cache").path,
                           "XDG_STATE_HOME": home.appendingPathComponent("state").path]

        let library = try FixtureLibrary()
        let first = try TmuxSession.byline([library.path], height: 14, environment: environment)
        // (one wait for both: a capture can catch a frame half drawn)
        let start = try first.waitForScreen { $0.contains("Articles (4)") && $0.contains("●") }
        #expect(start.satisfied, "every article is unread at the first start, the one shown too:\n\(start.screen)")
        #expect(try first.press("k", "m").contains("Bookmarked"), "the first article, open, bookmarked")
        let scrolled = try first.press("Enter", "Space")   // opened, so read, and read on a page
        #expect(!scrolled.contains("Bergen, Norway, approved"), "the page moved:\n\(scrolled)")
        try first.send("Q")
        #expect(try first.waitForExitStatus() == 0)

        let second = try TmuxSession.byline([library.path], height: 14, environment: environment)
        let reopened = try second.waitForScreen { $0.contains("★") && $0.contains("Articles (4)") && $0.contains("town hall") }
        #expect(reopened.satisfied, "the bookmark is still there, and the place read:\n\(reopened.screen)")
        let rows = reopened.screen.split(separator: "\n").map(String.init)
        let selected = try #require(rows.firstIndex { $0.hasPrefix("│▶") }, "a selected row:\n\(reopened.screen)")
        #expect(rows[selected + 1].hasPrefix("│ ★"), "on the article left open, selected again:\n\(reopened.screen)")
        #expect(!rows[selected].hasPrefix("│▶●"), "which is read, as Enter opened it")
        let readingLine = { (screen: String) in screen.split(separator: "\n").dropFirst(2).first.map { String($0.dropFirst(42).prefix(40)) } ?? "" }
        #expect(readingLine(reopened.screen) == readingLine(scrolled), "the reading pane is where it was left:\n\(reopened.screen)")
        try second.send("Q")
        #expect(try second.waitForExitStatus() == 0)
    }
}
