import BylineTestSupport
import Foundation
import Testing

/// What needs a real terminal: the mouse's encoding, themes drawn as escape
/// sequences, NO_COLOR, and the options that start the reader filtered or
/// themed. (Filtering and speaker jumps are the runtime's, tested in process.)
@Suite("Filters and themes in tmux", .enabled(if: TmuxSession.isInstalled, "tmux is not installed: the reader's end-to-end tests need it (apt-get install tmux)"))
struct FilterAndThemeTests {
    init() throws {
        _ = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
    }

    func statusLine(_ session: TmuxSession) throws -> String {
        String(try session.screen().split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } ?? "")
    }

    /// A mouse report as an xterm sends it (X10 encoding: button, column, row).
    static func mouseReport(button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }

    @Test func aClickSelectsAnArticleAndTheWheelScrolls() throws {
        let library = try FixtureLibrary()
        let session = try TmuxSession.byline([library.path], height: 12)
        #expect(try session.waitUntilLoaded().satisfied)
        // the third article's title is on row 5 (rows 1–2 the first, 3–4 the second)
        try session.tmux(["send-keys", "-l", Self.mouseReport(button: 0, x: 5, y: 5) + Self.mouseReport(button: 3, x: 5, y: 5)])
        let selected = try session.waitForScreen { $0.split(separator: "\n").dropFirst(5).first?.contains("▶") ?? false }
        #expect(selected.satisfied, "the clicked row is selected:\n\(selected.screen)")
        let status = try statusLine(session)
        #expect(status.hasPrefix(" 3/4"), "\(status)")
        // the wheel (button 64 + 1: down) over the reading pane scrolls it
        #expect(try session.screen().contains("Bergen, Norway, approved"))
        for _ in 0..<3 {
            let before = try session.waitForFrame()
            try session.tmux(["send-keys", "-l", Self.mouseReport(button: 65, x: 60, y: 5)])
            try session.waitForFrame(after: before)
        }
        let scrolled = try session.screen()
        #expect(!scrolled.contains("Bergen, Norway, approved") && scrolled.contains("town hall"), "the wheel scrolls the reading pane:\n\(scrolled)")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test func queryOptionOpensTheReaderFiltered() throws {
        // (what the filter shows is the runtime's, tested in process; here, that the option reaches it)
        let library = try FixtureLibrary()
        let session = try TmuxSession.byline(["--query", "speaker:renner", library.path])
        #expect(try session.waitFor("1 of 4 articles").satisfied)
        try session.send("Q")
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

    /// The SGR sequences before each place `name` is drawn, in screen order.
    static func looks(of name: String, in screen: String) -> [String] {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        guard let regex = try? NSRegularExpression(pattern: "((?:\u{1B}\\[[0-9;]*m)*)" + escaped) else { return [] }
        return regex.matches(in: screen, range: NSRange(screen.startIndex..., in: screen)).compactMap {
            Range($0.range(at: 1), in: screen).map { String(screen[$0]) }
        }
    }

    @Test func tSwitchesThemeLive() throws {
        let library = try FixtureLibrary()
        let session = try TmuxSession.byline(["--query", "speaker:renner", library.path])
        #expect(try session.waitFor("Ivo Renner").satisfied)
        let first = try #require(Self.look(of: "Ivo Renner", in: try session.screenWithEscapes()))
        try session.press("t")
        let status = try statusLine(session)
        #expect(status.contains("Theme: high-contrast"), "t names the theme after default: \(status)")
        let second = Self.look(of: "Ivo Renner", in: try session.screenWithEscapes())
        #expect(second != nil && second != first, "a person's name is drawn differently: \(first.debugDescription) then \(second.debugDescription)")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }

    /// Checking a speaker in a real terminal: `]` draws the mention the
    /// parser took in the focus style and the status line quotes the cue.
    @Test func aQuoteJumpLightsTheSpeakersMention() throws {
        let library = try FixtureLibrary()
        // (wide enough for the quote's sentence to keep the name on one line)
        let session = try TmuxSession.byline(["--query", "speaker:renner", library.path], width: 160)
        #expect(try session.waitFor("Ivo Renner").satisfied)
        // (every place the name is drawn: the side panel's rows and the text's mention)
        let before = Self.looks(of: "Ivo Renner", in: try session.screenWithEscapes())
        try session.press("]")
        let status = try statusLine(session)
        #expect(status.contains("Quote 1 of 1: Ivo Renner \u{2014} \u{201C}said\u{201D}"), "the cue is quoted: \(status)")
        // (the panes only: the status line now names him too)
        let panes = try session.screenWithEscapes().split(separator: "\n").filter { !$0.contains("Quote 1 of 1") }.joined(separator: "\n")
        let after = Self.looks(of: "Ivo Renner", in: panes)
        #expect(!before.isEmpty && after.count == before.count && after != before,
                "the mention is drawn as the speaker in focus: \(before.debugDescription) then \(after.debugDescription)")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }

    /// The default look on a light terminal: the terminal's answer to OSC 11
    /// (tmux gives its window's background) starts the reader in the light
    /// theme; on a dark one, in the default theme.
    @Test func aLightTerminalGetsTheLightTheme() throws {
        let library = try FixtureLibrary()
        func look(_ arguments: [String], background: String?) throws -> String? {
            let session = try TmuxSession.byline(arguments + ["--query", "speaker:renner", library.path], background: background)
            defer { _ = try? session.send("Q") }
            #expect(try session.waitFor("Ivo Renner").satisfied)
            return Self.look(of: "Ivo Renner", in: try session.screenWithEscapes())
        }
        let onWhite = try look([], background: "#ffffff"), lightTheme = try look(["--theme", "light"], background: "#ffffff")
        let onBlack = try look([], background: "#000000"), defaultTheme = try look(["--theme", "default"], background: "#000000")
        #expect(onWhite != nil && onWhite == lightTheme, "light theme on white")
        #expect(onBlack != nil && onBlack == defaultTheme, "default theme on black")
        #expect(onWhite != onBlack)
    }

    /// `t` is remembered: the next start draws in the theme chosen last.
    @Test func theThemeChosenWithTIsKeptForTheNextStart() throws {
        let library = try FixtureLibrary()
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("byline-theme-state-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: state) }
        let first = try TmuxSession.byline(["--query", "speaker:renner", library.path], environment: ["XDG_STATE_HOME": state.path])
        #expect(try first.waitFor("Ivo Renner").satisfied)
        #expect(try first.press("t").contains("Theme: high-contrast"))
        let chosen = Self.look(of: "Ivo Renner", in: try first.screenWithEscapes())
        try first.send("Q")
        #expect(try first.waitForExitStatus() == 0)
        let second = try TmuxSession.byline(["--query", "speaker:renner", library.path], environment: ["XDG_STATE_HOME": state.path])
        #expect(try second.waitFor("Ivo Renner").satisfied)
        let again = Self.look(of: "Ivo Renner", in: try second.screenWithEscapes())
        #expect(chosen != nil && again == chosen)
        try second.send("Q")
        #expect(try second.waitForExitStatus() == 0)
    }

    @Test func themeOptionAndNoColour() throws {
        let library = try FixtureLibrary()
        let light = try TmuxSession.byline(["--theme", "light", "--query", "speaker:renner", library.path])
        #expect(try light.waitFor("Ivo Renner").satisfied)
        let lightLook = Self.look(of: "Ivo Renner", in: try light.screenWithEscapes())
        let plain = try TmuxSession.byline(["--theme", "light", "--query", "speaker:renner", library.path], environment: ["NO_COLOR": "1"])
        #expect(try plain.waitFor("Ivo Renner").satisfied)
        let plainLook = try #require(Self.look(of: "Ivo Renner", in: try plain.screenWithEscapes()))
        #expect(lightLook != plainLook)
        let colourParameters = plainLook.split(separator: "\u{1B}").flatMap { part in
            part.dropFirst().dropLast().split(separator: ";").compactMap { Int($0) }
        }.filter { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
        #expect(colourParameters.isEmpty, "no colour with NO_COLOR: \(plainLook.debugDescription)")
        #expect(plainLook.contains("1"), "the name still stands out (bold): \(plainLook.debugDescription)")
        try light.send("Q")
        try plain.send("Q")
        #expect(try light.waitForExitStatus() == 0)
        #expect(try plain.waitForExitStatus() == 0)
    }

    @Test func aBadThemeFileStartsWithTheDefaultAndSaysWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-theme-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("broken.toml")
        try "[roles]\nperson = { fg = \"green\" }\nspeaker = { fg = \"not-a-colour\" }\n".write(to: theme, atomically: true, encoding: .utf8)
        let library = try FixtureLibrary()
        let session = try TmuxSession.byline(["--theme", theme.path, library.path])
        let shown = try session.waitUntilLoaded()
        #expect(shown.satisfied)
        let status = try statusLine(session)
        #expect(status.contains("broken.toml:3"), "the file and line: \(status)")
        #expect(status.contains("Default theme in use"), "\(status)")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
