import BylineTestSupport
import Foundation
import Testing

/// Filtering, speaker jumps and themes through the real reader in tmux, and
/// the command-line options that start it filtered or themed.
@Suite("Filters and themes in tmux", .enabled(if: TmuxSession.isInstalled, "tmux is not installed: the reader's end-to-end tests need it (apt-get install tmux)"))
struct FilterAndThemeTests {
    init() throws {
        _ = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
    }

    func statusLine(_ session: TmuxSession) throws -> String {
        String(try session.screen().split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } ?? "")
    }

    /// Waits until the status line contains `text`.
    func waitForStatus(_ session: TmuxSession, _ text: String) throws -> (line: String, satisfied: Bool) {
        let result = try session.waitForScreen { screen in
            screen.split(separator: "\n").last { !$0.isEmpty }?.contains(text) ?? false
        }
        return (try statusLine(session), result.satisfied)
    }

    @Test func filterByCountryJumpThroughASpeakerAndClear() throws {
        let session = try TmuxSession.byline(["Articles"])
        #expect(try session.waitUntilLoaded().satisfied)

        try session.send("f")
        #expect(try waitForStatus(session, "Enter filter").satisfied, "f opens the filter prompt")
        try session.tmux(["send-keys", "-l", "country:ukraine"])
        try session.send("Enter")
        let filtered = try waitForStatus(session, "4 of 14 articles")
        #expect(filtered.satisfied, "the status line shows how many match: \(filtered.line)")
        #expect(filtered.line.contains("country:ukraine"), "and the query: \(filtered.line)")
        #expect(try session.screen().contains("Articles (4 of 14)"))

        // The second match, the Kyiv article, quotes Russia (its government);
        // the third, on the grain corridor, quotes Russia again.
        try session.send("j", "Enter")
        var onRussia = false
        for n in 1...20 {
            try session.send("]")
            // wait for this very quote: an earlier status line would be stale
            if try waitForStatus(session, "Quote \(n) of ").line.contains("Russia") { onRussia = true; break }
        }
        #expect(onRussia, "] reaches the quote attributed to Russia")
        try session.send("}")
        let next = try waitForStatus(session, "next article")
        #expect(next.satisfied, "} goes on into the next article that quotes Russia: \(next.line)")
        #expect(next.line.contains("Grain corridor"), "\(next.line)")
        try session.send("}")
        #expect(try waitForStatus(session, "quote 2 of 2 in this article").satisfied)
        try session.send("}")
        let last = try waitForStatus(session, "next article")
        #expect(last.line.contains("Top US and Russian"), "and on to the last match that quotes Russia: \(last.line)")
        try session.send("}")
        #expect(try waitForStatus(session, "No more quotes by Russia").satisfied)

        try session.send("F")
        let cleared = try waitForStatus(session, "Filter cleared")
        #expect(cleared.satisfied, "\(cleared.line)")
        #expect(try session.screen().contains("Articles (14)"))
        try session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    /// A mouse report as an xterm sends it (X10 encoding: button, column, row).
    static func mouseReport(button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }

    @Test func aClickSelectsAnArticleAndTheWheelScrolls() throws {
        let session = try TmuxSession.byline(["Articles"])
        let opened = try session.waitForScreen { $0.contains("Articles (14)") && !$0.contains("Indexing") }
        #expect(opened.satisfied)
        // the third article's title is on row 5 (rows 1–2 the first, 3–4 the second)
        try session.tmux(["send-keys", "-l", Self.mouseReport(button: 0, x: 5, y: 5) + Self.mouseReport(button: 3, x: 5, y: 5)])
        let selected = try session.waitForScreen { $0.split(separator: "\n").dropFirst(5).first?.contains("▶") ?? false }
        #expect(selected.satisfied, "the clicked row is selected:\n\(selected.screen)")
        let status = try statusLine(session)
        #expect(status.hasPrefix(" 3/14"), "\(status)")
        // the wheel (button 64 + 1: down) over the reading pane scrolls it
        let before = try session.screen()
        try session.tmux(["send-keys", "-l", Self.mouseReport(button: 65, x: 60, y: 10)])
        let scrolled = try session.waitForScreen { $0 != before }
        #expect(scrolled.satisfied, "the wheel scrolls the reading pane")
        try session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func queryOptionOpensTheReaderFiltered() throws {
        let session = try TmuxSession.byline(["--query", "speaker:lavrov", "Articles"])
        let shown = try session.waitFor("1 of 14 articles")
        #expect(shown.satisfied, "opened filtered:\n\(shown.screen)")
        #expect(shown.screen.contains("Sergei Lavrov"), "the one match is open")
        try session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    /// The SGR sequences drawn right before the first `name` that has any:
    /// how the screen styles it.
    static func look(of name: String, in screen: String) -> String? {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        guard let regex = try? NSRegularExpression(pattern: "((?:\u{1B}\\[[0-9;]*m)+)" + escaped),
              let match = regex.firstMatch(in: screen, range: NSRange(screen.startIndex..., in: screen)),
              let range = Range(match.range(at: 1), in: screen) else { return nil }
        return String(screen[range])
    }

    @Test func tSwitchesThemeLive() throws {
        let session = try TmuxSession.byline(["--query", "speaker:lavrov", "Articles"])
        #expect(try session.waitFor("Sergei Lavrov").satisfied)
        let firstScreen = try session.screenWithEscapes()
        let first = try #require(Self.look(of: "Sergei Lavrov", in: firstScreen))
        try session.send("t")
        let status = try waitForStatus(session, "Theme: ")
        #expect(status.satisfied, "t names the new theme: \(status.line)")
        #expect(status.line.contains("high-contrast"), "the theme after default: \(status.line)")
        var second: String?
        for _ in 0..<200 {
            second = Self.look(of: "Sergei Lavrov", in: try session.screenWithEscapes())
            if second != first { break }
            usleep(10_000)
        }
        #expect(second != nil && second != first, "a person's name is drawn differently: \(first.debugDescription) then \(second.debugDescription)")
        try session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func themeOptionAndNoColour() throws {
        let light = try TmuxSession.byline(["--theme", "light", "--query", "speaker:lavrov", "Articles"])
        #expect(try light.waitFor("Sergei Lavrov").satisfied)
        let lightLook = Self.look(of: "Sergei Lavrov", in: try light.screenWithEscapes())
        let plain = try TmuxSession.byline(["--theme", "light", "--query", "speaker:lavrov", "Articles"], environment: ["NO_COLOR": "1"])
        #expect(try plain.waitFor("Sergei Lavrov").satisfied)
        let plainLook = try #require(Self.look(of: "Sergei Lavrov", in: try plain.screenWithEscapes()))
        #expect(lightLook != plainLook)
        let colourParameters = plainLook.split(separator: "\u{1B}").flatMap { part in
            part.dropFirst().dropLast().split(separator: ";").compactMap { Int($0) }
        }.filter { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
        #expect(colourParameters.isEmpty, "no colour with NO_COLOR: \(plainLook.debugDescription)")
        #expect(plainLook.contains("1"), "the name still stands out (bold): \(plainLook.debugDescription)")
        try light.send("q")
        try plain.send("q")
        #expect(try light.waitForExitStatus() == 0)
        #expect(try plain.waitForExitStatus() == 0)
    }

    @Test func aBadThemeFileStartsWithTheDefaultAndSaysWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-theme-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("broken.toml")
        try "[roles]\nperson = { fg = \"green\" }\nspeaker = { fg = \"not-a-colour\" }\n".write(to: theme, atomically: true, encoding: .utf8)
        let session = try TmuxSession.byline(["--theme", theme.path, "Articles"])
        let shown = try session.waitUntilLoaded()
        #expect(shown.satisfied)
        let status = try statusLine(session)
        #expect(status.contains("broken.toml:3"), "the file and line: \(status)")
        #expect(status.contains("Default theme in use"), "\(status)")
        try session.send("q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
