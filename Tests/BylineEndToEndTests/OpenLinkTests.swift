import BylineTestSupport
import Foundation
import Testing

/// `o` starts `$BROWSER` with the article's link as one argument, no shell.
@Suite("Opening links in tmux", .enabled(if: TmuxSession.isInstalled, "tmux is not installed: the reader's end-to-end tests need it (apt-get install tmux)"))
struct OpenLinkTests {
    @Test func oHandsTheLinkToTheBrowserAndTakesTheTerminalBack() throws {
        _ = try #require(BylineBinary.path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-browser-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("arguments")
        let browser = folder.appendingPathComponent("browser")
        try "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '\(log.path)'\n".write(to: browser, atomically: true, encoding: .utf8)
        // run through sh, not executed itself: a file just written can be
        // "busy" while another test's child still holds a copy of its descriptor
        let session = try TmuxSession.byline(["Articles/2026-03-01-middle-corridor-rail.txt"], environment: ["BROWSER": "/bin/sh \(browser.path)"])
        #expect(try session.waitFor("Dauren Seitkali").satisfied)
        try session.send("o")
        let back = try session.waitFor("Opened https://example.org/business/2026/03/01/middle-corridor-rail")
        #expect(back.satisfied, "the reader is back and says what it opened:\n\(back.screen)")
        #expect(back.screen.contains("People"), "and redrawn")
        let arguments = try String(contentsOf: log, encoding: .utf8)
        #expect(arguments == "https://example.org/business/2026/03/01/middle-corridor-rail\n")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
