import BylineTestSupport
import Foundation
import Testing

/// The real reader in a real (tmux) terminal: keys, resizes, quitting, signals.
@Suite("Reader in tmux", .enabled(if: TmuxSession.isInstalled, "tmux is not installed: the reader's end-to-end tests need it (apt-get install tmux)"))
struct ReaderTests {
    init() throws {
        _ = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
    }

    /// The terminal modes a shell expects once the reader has gone: main screen,
    /// visible cursor, keypad in normal mode.
    func expectTerminalRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try session.format("#{alternate_on} #{cursor_flag} #{keypad_flag}") == "0 1 0",
                "main screen, cursor visible, keypad off", sourceLocation: sourceLocation)
    }

    @Test func opensMovesAndQuits() throws {
        let session = try TmuxSession.byline(["Articles"])
        let opened = try session.waitForScreen { $0.contains("Articles") && $0.contains("People") }
        #expect(opened.satisfied, "three panes at 120×40:\n\(opened.screen)")
        #expect(try session.format("#{alternate_on} #{cursor_flag}") == "1 0", "alternate screen, cursor hidden")

        try session.send("j")
        let moved = try session.waitForScreen { $0 != opened.screen }
        #expect(moved.satisfied, "j changes the screen")
        try session.send("Down", "Up", "NPage", "PPage", "Enter")
        try session.send("Tab", "BTab", "Tab")
        try session.send("Space")
        try session.send("?")
        let help = try session.waitForScreen { $0.lowercased().contains("quit") && $0.contains("Tab") }
        #expect(help.satisfied, "? shows the keys:\n\(help.screen)")

        try session.send("Q")
        var status = try session.waitForExitStatus(tries: 40)
        if status == nil {   // q closed the help first
            try session.send("Q")
            status = try session.waitForExitStatus()
        }
        #expect(status == 0)
        try expectTerminalRestored(session)
        let after = try session.screen()
        #expect(!after.contains("People"), "the reader's screen is gone:\n\(after)")
    }

    @Test func resizeReflows() throws {
        let session = try TmuxSession.byline(["Articles"])
        #expect(try session.waitUntilLoaded().satisfied, "side panel at 120×40")

        try session.resize(width: 50, height: 20)
        let narrow = try session.waitForScreen { $0.split(separator: "\n").count <= 20 && !$0.contains("People") && !$0.isEmpty }
        #expect(narrow.satisfied, "side panel gone at 50×20:\n\(narrow.screen)")
        #expect(narrow.screen.split(separator: "\n").allSatisfy { $0.count <= 50 })

        try session.resize(width: 15, height: 4)
        let tiny = try session.waitForScreen { $0.lowercased().contains("small") }
        #expect(tiny.satisfied, "too-small message at 15×4:\n\(tiny.screen)")

        try session.resize(width: 1, height: 1)
        try session.resize(width: 120, height: 40)
        #expect(try session.waitFor("People").satisfied, "side panel back at 120×40")

        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
        try expectTerminalRestored(session)
    }

    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT), ("QUIT", SIGQUIT)])
    func signalRestoresAndExits(name: String, signal: Int32) throws {
        let session = try TmuxSession.byline(["Articles"])
        #expect(try session.waitUntilLoaded().satisfied)
        let pid = try #require(try session.childPID())
        kill(pid, signal)
        #expect(try session.waitForExitStatus() == 128 + Int(signal), "SIG\(name) exits with 128 + \(signal)")
        try expectTerminalRestored(session)
    }

    /// Ctrl-C is a key while the reader runs: it cancels a prompt, and quits.
    @Test func ctrlCCancelsThePromptThenQuits() throws {
        let session = try TmuxSession.byline(["Articles"])
        #expect(try session.waitUntilLoaded().satisfied)
        try session.send("f")
        #expect(try session.waitFor("filter:").satisfied, "f opens the filter prompt")
        try session.send("C-c")
        #expect(try session.waitForScreen(without: "filter:").satisfied, "Ctrl-C cancels the prompt")
        #expect(try session.format("#{alternate_on}") == "1", "and the reader is still running")
        try session.send("C-c")
        #expect(try session.waitForExitStatus() == 0)
        try expectTerminalRestored(session)
    }

    /// Ctrl-\ (SIGQUIT from the keyboard) still works as an emergency exit.
    @Test func ctrlBackslashRestoresAndExits() throws {
        let session = try TmuxSession.byline(["Articles"])
        #expect(try session.waitUntilLoaded().satisfied)
        try session.send("C-\\")
        #expect(try session.waitForExitStatus() == 128 + Int(SIGQUIT))
        try expectTerminalRestored(session)
    }

    @Test func wideCharactersKeepTheBordersInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-wide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            Title: 北京会谈 🌏 Talks in Beijing

            外交部发言人表示，双方在北京举行了会谈。😀 The ministry said the talks in Beijing were useful 👍.

            "我们希望和平，" 发言人说。 Officials from Ukraine and Russia also attended.
            """
        try text.write(to: folder.appendingPathComponent("beijing.txt"), atomically: true, encoding: .utf8)

        let session = try TmuxSession.byline([folder.path], width: 100, height: 20)
        let shown = try session.waitFor("北京")
        #expect(shown.satisfied, "CJK title shown:\n\(shown.screen)")
        #expect(shown.screen.contains("🌏"))
        try session.send("Enter")
        let opened = try session.waitFor("外交部")
        #expect(opened.satisfied, "CJK body shown:\n\(opened.screen)")
        // Every row is exactly as wide as the window, so no border has moved.
        let rows = opened.screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(18)
        for row in rows where row.contains("│") {
            let lastBorder = displayColumn(of: "│", lastIn: String(row))
            #expect(lastBorder == 99, "right border in the last column: \(row)")
        }
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func escapeSequencesInArticlesStayText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Title: Hostile \u{1B}[2J title\n\nClear \u{1B}[2J screen, bell \u{07}, OSC 52 \u{1B}]52;c;aGk=\u{07} and \u{202E}reversed\u{202C} text.\n"
        try text.write(to: folder.appendingPathComponent("hostile.txt"), atomically: true, encoding: .utf8)
        let session = try TmuxSession.byline([folder.path])
        let shown = try session.waitFor("Hostile")
        #expect(shown.satisfied)
        #expect(shown.screen.contains("[2J"), "the escape shows as text:\n\(shown.screen)")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
        #expect(try session.format("#{alternate_on}") == "0")
    }

    @Test func inputNotATerminal() throws {
        let binary = try #require(BylineBinary.path)
        let script = #"echo | "$0" Articles; echo EXIT=$?; read x"#
        let session = try TmuxSession(["sh", "-c", script, binary])
        let status = try session.waitForExitStatus()
        #expect(status == 1)
        let screen = try session.screen()
        #expect(screen.contains("byline: standard input is not a terminal"))
        #expect(screen.split(separator: "\n").filter { !$0.isEmpty }.count == 2, "one error line, then the status:\n\(screen)")
    }

    /// newsboat's habits in a real terminal: `J` and `>` step through the
    /// list from the reading pane, `q` goes back to the list, then quits.
    @Test func jAndNextUnreadStepAndQGoesBackThenQuits() throws {
        let library = try FixtureLibrary()
        let session = try TmuxSession.byline([library.path], height: 14)
        #expect(try session.waitUntilLoaded().satisfied)
        let status = { (screen: String) in screen.split(separator: "\n").last { !$0.isEmpty }.map(String.init) ?? "" }
        let opened = try session.press("Enter")
        #expect(status(opened).hasPrefix(" 1/4") && status(opened).hasSuffix("q back"), "Enter opens and focuses the text:\n\(opened)")
        let second = try session.press("J")
        #expect(status(second).hasPrefix(" 2/4"), "J opens the next article:\n\(second)")
        let back = try session.press("K")
        #expect(status(back).hasPrefix(" 1/4"), "K the previous one:\n\(back)")
        // the first two are read now: > skips the second and opens the third
        let unread = try session.press(">")
        #expect(status(unread).hasPrefix(" 3/4"), "> opens the next unread article:\n\(unread)")
        let list = try session.press("q")
        #expect(status(list).hasSuffix("q quit"), "q went back to the list:\n\(list)")
        try session.send("q")
        #expect(try session.waitForExitStatus() == 0)
        try expectTerminalRestored(session)
    }
}

/// The display column (0-based) where the last `character` of `row` starts:
/// East Asian wide characters and emoji count two columns.
func displayColumn(of character: Character, lastIn row: String) -> Int? {
    var column = 0
    var found: Int?
    for c in row {
        if c == character { found = column }
        column += isWide(c) ? 2 : 1
    }
    return found
}

private func isWide(_ c: Character) -> Bool {
    guard let v = c.unicodeScalars.first?.value else { return false }
    return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
        || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
        || (0x20000...0x3FFFD).contains(v) || (0x1F680...0x1F6FF).contains(v)

}
