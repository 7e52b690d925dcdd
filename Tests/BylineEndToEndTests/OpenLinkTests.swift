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

    @Test func aWebPageReadsAsItsStoryWithNumberedLinksThatOpen() throws {
        _ = try #require(BylineBinary.path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-page-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("arguments")
        let browser = folder.appendingPathComponent("browser")
        try "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '\(log.path)'\n".write(to: browser, atomically: true, encoding: .utf8)
        let page = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: page, withIntermediateDirectories: true)
        try """
            <html><head><title>Pier to be rebuilt - Harbour News</title><meta property="og:site_name" content="Harbour News"></head>
            <body class="one-sidebar"><nav><a href="/">Home page menu</a></nav><article><h1>Pier to be rebuilt</h1>
            <p>The harbour board in Tallinn voted on Tuesday to rebuild the northern pier, closed since a storm, according
            to <a href="https://harbour.example/plan.pdf">the published plan</a>.</p>
            <p>"We cannot wait another summer," said Liis Kask, the board's chair, who spoke to
            <a href="https://harbour.example/radio">local radio</a> on Wednesday.</p></article></body></html>
            """.write(to: page.appendingPathComponent("pier.html"), atomically: true, encoding: .utf8)
        let session = try TmuxSession.byline([page.path], environment: ["BROWSER": "/bin/sh \(browser.path)"])
        let story = try session.waitFor("published plan[1].")
        #expect(story.satisfied, "the link's number follows its words:\n\(story.screen)")
        #expect(story.screen.contains("Pier to be rebuilt") && !story.screen.contains("Harbour News |"))
        #expect(!story.screen.contains("Home page menu"), "the menu is no story")
        #expect(story.screen.contains("Liis Kask"), "the speaker is found with the references out of the text")
        try session.send("L")
        #expect(try session.waitFor("[2] https://harbour.example/radio").satisfied)
        try session.send("Enter")
        #expect(try session.waitFor("Opening https://harbour.example/plan.pdf").satisfied || (try? String(contentsOf: log, encoding: .utf8)) != nil)
        #expect(try session.waitForScreen { _ in FileManager.default.fileExists(atPath: log.path) }.satisfied)
        #expect(try String(contentsOf: log, encoding: .utf8) == "https://harbour.example/plan.pdf\n")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
