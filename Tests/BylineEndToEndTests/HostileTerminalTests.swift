import BylineTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reader in tmux on the hostile folder and under hostile terminal
/// conditions: the only escape sequences on the screen are the reader's own
/// colours and attributes, a storm of resizes down to 1×1 leaves it working,
/// and it quits cleanly. (TERM unset, empty, unknown and `dumb` are in
/// StartupErrorTests; SIGHUP, SIGTERM, SIGINT, SIGQUIT in ReaderTests.)
@Suite("Hostile files and terminals in tmux", .enabled(if: TmuxSession.isInstalled, "tmux is not installed: the reader's end-to-end tests need it (apt-get install tmux)"))
struct HostileTerminalTests {
    init() throws {
        _ = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
    }

    /// Every escape sequence in a `capture-pane -e` screen: the only ones
    /// allowed are SGR (`ESC [ digits ; : m`); any other CSI, an OSC, a bare
    /// ESC, another control character but newline, a C1 control or a bidi
    /// override is returned as a problem.
    static func foreignSequences(in screen: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(screen.unicodeScalars)
        var i = 0
        func context(_ at: Int) -> String {
            String(String.UnicodeScalarView(scalars[max(0, at - 20)..<min(scalars.count, at + 30)])).debugDescription
        }
        while i < scalars.count {
            let v = scalars[i].value
            if v == 0x1B {
                var j = i + 1
                if j < scalars.count, scalars[j] == "[" {
                    j += 1
                    while j < scalars.count, "0123456789;:".unicodeScalars.contains(scalars[j]) { j += 1 }
                    if j < scalars.count, scalars[j] == "m" { i = j + 1; continue }
                }
                problems.append("not an SGR sequence: \(context(i))")
            } else if (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v)
                        || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                problems.append("control U+\(String(v, radix: 16, uppercase: true)): \(context(i))")
            }
            i += 1
        }
        return problems
    }

    func expectOnlyReaderSequences(_ session: TmuxSession, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try session.screenWithEscapes()
        #expect(screen.contains("\u{1B}["), "\(what): the capture has the reader's colours", sourceLocation: sourceLocation)
        let problems = Self.foreignSequences(in: screen)
        #expect(problems.isEmpty, "\(what): \(problems.prefix(5))", sourceLocation: sourceLocation)
    }

    func expectTerminalRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try session.format("#{alternate_on} #{cursor_flag} #{keypad_flag}") == "0 1 0",
                "main screen, cursor visible, keypad off", sourceLocation: sourceLocation)
    }

    @Test func theCheckerFindsForeignSequences() {
        #expect(Self.foreignSequences(in: "plain \u{1B}[1;38;5;12mbold\u{1B}[0m text\n").isEmpty)
        for hostile in ["\u{1B}[2J", "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}]52;c;aGk=\u{07}", "\u{07}", "\u{9B}2J", "\u{202E}", "\u{1B}c", "\u{1B}[?1049h"] {
            #expect(!Self.foreignSequences(in: "a \(hostile) b").isEmpty, "\(hostile.debugDescription) is found")
        }
    }

    @Test func readerOnTheHostileFolder() throws {
        let fixtures = try HostileFixtures()
        let session = try TmuxSession.byline([fixtures.path], width: 120, height: 40)
        let total = fixtures.goodFiles.count
        // loading a thousand files and a 5 MB paragraph in a debug build: a generous bound
        let opened = try session.waitFor("Articles (\(total))", tries: 2400)
        #expect(opened.satisfied, "the reader lists every good article:\n\(opened.screen)")
        try expectOnlyReaderSequences(session, "first screen")

        // each hostile article, found with the filter and opened
        let cases: [(query: String, shows: String)] = [
            ("clipboard", "]52;c;cm0gLXJmIH4="), ("isolates", "desrever"), ("DEL", "inside"), ("Broken", "Bad"),
            ("Latin", "café"), ("article", "café"), ("badly", "Named badly"), ("Carriage", "Second paragraph"),
        ]
        for (query, shows) in cases {
            try session.send("F")
            try session.send("f")
            try session.send(query)
            try session.send("Enter")
            let filtered = try session.waitForScreen { !$0.contains("Articles (\(total))") && $0.contains("Articles (") }
            #expect(filtered.satisfied, "filter \(query):\n\(filtered.screen)")
            try session.send("Enter")
            let shown = try session.waitFor(shows)
            #expect(shown.satisfied, "\(query): the article shows \(shows):\n\(shown.screen)")
            try expectOnlyReaderSequences(session, "article found by \(query)")
            try session.send("BTab")
        }
        // the escapes article read to the end
        try session.send("F", "f", "clipboard", "Enter")
        #expect(try session.waitForScreen { !$0.contains("Articles (\(total))") }.satisfied, "the filter finds the escapes article")
        try session.send("Enter", "G")
        try expectOnlyReaderSequences(session, "escapes article, bottom")
        try session.send("?")
        #expect(try session.waitForScreen { $0.lowercased().contains("quit") }.satisfied, "help shows")
        try expectOnlyReaderSequences(session, "help")

        try session.send("Q")
        var status = try session.waitForExitStatus(tries: 40)
        if status == nil {   // q closed the help first
            try session.send("Q")
            status = try session.waitForExitStatus()
        }
        #expect(status == 0)
        try expectTerminalRestored(session)
    }

    @Test func resizeStorm() throws {
        let session = try TmuxSession.byline(["Articles"], width: 120, height: 40)
        #expect(try session.waitUntilLoaded().satisfied)
        let sizes = [(1, 1), (200, 60), (2, 1), (1, 50), (80, 24), (3, 3), (150, 10), (10, 150), (1, 1), (40, 12),
                     (121, 41), (7, 2), (1, 1), (95, 30), (19, 5), (300, 100), (1, 2), (60, 60), (5, 80), (1, 1)]
        for _ in 0..<3 {
            for (width, height) in sizes { try session.resize(width: width, height: height) }
        }
        try session.send("j", "Tab", "j")     // keys in between sizes too
        for (width, height) in sizes.reversed() { try session.resize(width: width, height: height) }
        try session.resize(width: 120, height: 40)
        let back = try session.waitForScreen { $0.contains("People") && $0.contains("Articles (") }
        #expect(back.satisfied, "the reader shows its screen again at 120×40:\n\(back.screen)")
        #expect(try session.childPID() != nil, "the reader is still running")
        try expectOnlyReaderSequences(session, "after the storm")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
        try expectTerminalRestored(session)
    }

    @Test func startsAtOneByOne() throws {
        let session = try TmuxSession.byline(["Articles"], width: 1, height: 1)
        // nothing useful fits; the reader must keep running, then draw once there is room
        // (the frame at 1×1 is drawn, though nothing in it is legible)
        try session.waitForFrame()
        #expect(try session.childPID() != nil, "the reader is running at 1×1")
        try session.resize(width: 100, height: 30)
        let grown = try session.waitFor("Articles (")
        #expect(grown.satisfied, "drawn once the window grows:\n\(grown.screen)")
        try session.send("Q")
        let status = try session.waitForExitStatus()
        let after = try session.screen()
        #expect(status == 0, "quits cleanly; the screen:\n\(after)")
        try expectTerminalRestored(session)
    }

    @Test func noColourKeepsOnlyAttributes() throws {
        let session = try TmuxSession.byline(["Articles"], environment: ["NO_COLOR": "1"])
        #expect(try session.waitUntilLoaded().satisfied)
        let screen = try session.screenWithEscapes()
        #expect(Self.foreignSequences(in: screen).isEmpty)
        // SGR colour parameters: 30–37, 38 (extended), 40–47, 48, 90–97, 100–107 (39/49 are "default")
        let colours = screen.split(separator: "\u{1B}").compactMap { part -> String? in
            guard part.hasPrefix("["), let m = part.firstIndex(of: "m") else { return nil }
            let params = part[part.index(after: part.startIndex)..<m].split(separator: ";").compactMap { Int($0) }
            return params.contains { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) } ? String(part[...m]) : nil
        }
        #expect(colours.isEmpty, "no colour with NO_COLOR: \(Set(colours).sorted().prefix(5))")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }

    /// The terminal closing under the reader: the pane's tmux window is
    /// killed, the reader gets SIGHUP and must end rather than spin.
    @Test func terminalClosedUnderTheReader() throws {
        let session = try TmuxSession.byline(["Articles"])
        #expect(try session.waitUntilLoaded().satisfied)
        let pid = try #require(try session.childPID())
        try session.tmux(["kill-window"])
        var gone = false
        for _ in 0..<400 {
            if kill(pid, 0) != 0 && errno == ESRCH { gone = true; break }
            // a zombie (reaped by nobody until its shell ends) counts as gone
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].hasPrefix(" Z") { gone = true; break }
            usleep(25_000)
        }
        #expect(gone, "the reader ended when its terminal closed")
        if !gone { kill(pid, SIGKILL) }
    }
}
