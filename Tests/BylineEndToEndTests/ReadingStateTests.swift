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

/// The list a reader leaves for the next start's first frame, through the
/// real binary: it is written as the reader quits, and an article deleted
/// since is listed by no frame that stays — the library read replaces the
/// last list.
@Suite("The last list across restarts", .enabled(if: TmuxSession.isInstalled, "tmux is not installed: the reader's end-to-end tests need it (apt-get install tmux)"))
struct LastListTests {
    @Test func theLastListIsLeftAndGivesWayToTheLibraryAsItIsNow() throws {
        _ = try #require(BylineBinary.path)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-lastlist-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: home) }
        let cache = home.appendingPathComponent("cache")
        let environment = ["XDG_CACHE_HOME": cache.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path]
        let snapshot = cache.appendingPathComponent("byline/list.snapshot").path

        let library = try FixtureLibrary()
        let first = try TmuxSession.byline([library.path], height: 14, environment: environment)
        #expect(try first.waitFor("Articles (4)").satisfied)
        try first.send("Q")
        #expect(try first.waitForExitStatus() == 0)
        #expect(FileManager.default.fileExists(atPath: snapshot), "the reader leaves its list")

        try FileManager.default.removeItem(at: library.folder.appendingPathComponent("b-ferry.txt"))
        let second = try TmuxSession.byline([library.path], height: 14, environment: environment)
        let now = try second.waitForSettledScreen { $0.contains("Articles (3)") }
        #expect(now.satisfied, "the library as it is now:\n\(now.screen)")
        #expect(!now.screen.contains("ferry fares"), "the deleted article is gone:\n\(now.screen)")
        try second.send("Q")
        #expect(try second.waitForExitStatus() == 0)
    }
}
