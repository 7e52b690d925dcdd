import BylineTestSupport
import Foundation
import Testing

/// `r` in the real reader, in tmux, against the local test server: the feed
/// is fetched in the background and its articles join the list, understood
/// like any file.
@Suite(.enabled(if: TmuxSession.isInstalled, "tmux is not installed: the reader's end-to-end tests need it (apt-get install tmux)"))
struct ReaderFetchTests {
    @Test func rFetchesAndTheNewArticleOpensWithItsEntities() throws {
        _ = try #require(BylineBinary.path)
        let server = try TestHTTPServer { request in FetcherTests.routes(request) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let config = home.root.appendingPathComponent("config/byline")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
            [[feed]]
            name = "Meridian Wire"
            url = "\(server.url("/rss2.xml"))"
            """.write(to: config.appendingPathComponent("feeds.toml"), atomically: true, encoding: .utf8)

        let session = try TmuxSession.byline(["Articles"], environment: home.environment)
        #expect(try session.waitUntilLoaded().satisfied)
        try session.send("r")
        let fetched = try session.waitFor("2 new articles")
        #expect(fetched.satisfied, "the status line reports the fetch:\n\(fetched.screen)")
        let listed = try session.waitForScreen { $0.contains("Articles (16)") && $0.contains("Grain corridor talks resume") }
        #expect(listed.satisfied, "the two fetched articles join the fourteen:\n\(listed.screen)")

        try session.send("f")
        try session.tmux(["send-keys", "-l", "person:kovalenko"])
        try session.send("Enter")
        let opened = try session.waitForScreen { $0.contains("1 of 16 articles") && $0.contains("Marta Kovalenko") }
        #expect(opened.satisfied, "the fetched article opens with its people in the side panel:\n\(opened.screen)")
        #expect(opened.screen.contains("Ukraine") && opened.screen.contains("Turkey"), "and its countries")
        #expect(!opened.screen.contains("never shown"), "no script text")
        #expect(server.requests.contains { $0.path == "/rss2.xml" })
        try session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
