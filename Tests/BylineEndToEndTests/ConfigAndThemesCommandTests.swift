import BylineTestSupport
import Foundation
import Testing

/// `byline themes`, the command-line options' mistakes, and the config file
/// read by the real reader.
@Suite("Config file and themes command")
struct ConfigAndThemesCommandTests {
    let binary: String
    /// A config home of the test's own: `$XDG_CONFIG_HOME`.
    let configHome: URL

    init() throws {
        binary = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
        configHome = FileManager.default.temporaryDirectory.appendingPathComponent("byline-config-\(UUID().uuidString.prefix(12))")
        try FileManager.default.createDirectory(at: configHome.appendingPathComponent("byline/themes"), withIntermediateDirectories: true)
    }

    func write(_ text: String, to relative: String) throws -> URL {
        let url = configHome.appendingPathComponent(relative)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessRunner.run(binary, arguments, environment: ["XDG_CONFIG_HOME": configHome.path, "TERM": "xterm"].merging(environment) { $1 })
    }

    @Test func themesListsShippedAndUserThemes() throws {
        defer { try? FileManager.default.removeItem(at: configHome) }
        _ = try write("description = \"Mine: green people\"\n[roles]\nperson = { fg = \"green\" }\n", to: "byline/themes/mine.toml")
        let result = try run(["themes"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let names = rows.map(\.first)
        for shipped in ["default", "light", "high-contrast", "low-colour", "monochrome"] {
            #expect(rows.contains { $0.first == shipped && $0.count > 1 && $0[1] == "shipped" }, "\(shipped) listed as shipped: \(names)")
        }
        #expect(rows.contains { $0 == ["mine", "user", "Mine: green people"] }, "the user's own theme: \(rows)")
    }

    @Test func aThemeFileNamedWithAnEscapeSequenceNeverReachesTheTerminal() throws {
        defer { try? FileManager.default.removeItem(at: configHome) }
        _ = try write("description = \"Odd\"\n", to: "byline/themes/x\u{1B}]52;c;aGk=\u{07}.toml")
        let result = try run(["themes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains("]52;c;aGk="), "the name is listed, its controls shown harmless")
    }

    @Test func themesCheckSaysOkOrGivesEachProblemWithItsLine() throws {
        defer { try? FileManager.default.removeItem(at: configHome) }
        let good = try run(["themes", "check", "Themes/light.toml"])
        #expect(good.status == 0)
        #expect(good.stdout.contains("ok"), "\(good.stdout)")

        let bad = try write("[roles]\nperson = { fg = \"grean\" }\n\nspeeker = { fg = 1 }\n", to: "bad.toml")
        let result = try run(["themes", "check", bad.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("bad.toml:2: person.fg: 'grean' is not a colour"), "\(result.stdout)")
        #expect(result.stdout.contains("bad.toml:4: unknown role 'speeker' (did you mean 'speaker'?)"), "\(result.stdout)")
    }

    @Test func anUnknownThemeNameOrABadQueryIsAUsageError() throws {
        defer { try? FileManager.default.removeItem(at: configHome) }
        let theme = try run(["--theme", "lihgt", "Articles"])
        #expect(theme.status == 2)
        #expect(theme.stderr.contains("did you mean 'light'?"), "\(theme.stderr)")
        let query = try run(["--query", "country:", "Articles"])
        #expect(query.status == 2)
        #expect(query.stderr.hasPrefix("byline: --query:"), "\(query.stderr)")
        let config = try run(["--config", "/no/such/config.toml", "Articles"])
        #expect(config.status == 2)
        #expect(config.stderr.contains("/no/such/config.toml"), "\(config.stderr)")
    }

    @Test(.enabled(if: TmuxSession.isInstalled, "needs tmux"))
    func theConfigSetsThemeBoilerplateAndKeys() throws {
        defer { try? FileManager.default.removeItem(at: configHome) }
        _ = try write("""
            theme = "light"
            boilerplate = "dimmed"
            [keys]
            next-theme = ["T"]
            """, to: "byline/config.toml")
        let session = try TmuxSession.byline(["Articles/riyadh-talks-afp.txt"], environment: ["XDG_CONFIG_HOME": configHome.path])
        #expect(try session.waitUntilLoaded().satisfied)
        try session.send("Tab")   // the reading pane
        try session.send("G")     // its end, where the newsletter sign-up is
        let end = try session.waitFor("Sign up to our free newsletters")
        #expect(end.satisfied, "boilerplate = dimmed shows it:\n\(end.screen)")
        try session.send("T")
        let switched = try session.waitFor("Theme: low-colour")
        #expect(switched.satisfied, "T is next-theme, and light is followed by low-colour:\n\(switched.screen)")
        try session.send("?")
        let help = try session.waitForScreen { $0.contains("switch to the next theme") }
        #expect(help.screen.split(separator: "\n").contains { $0.contains("T") && $0.contains("switch to the next theme") },
                "help shows the key in force:\n\(help.screen)")
        try session.send("q", "Q")
        #expect(try session.waitForExitStatus() == 0)
    }

    /// The list newest first, one line an article when the config asks,
    /// and `S` sorting it by title with the status line naming the order.
    @Test(.enabled(if: TmuxSession.isInstalled, "needs tmux"))
    func theListsOrderAndOneLineRows() throws {
        defer { try? FileManager.default.removeItem(at: configHome) }
        _ = try write("list-style = \"one-line\"\n", to: "byline/config.toml")
        let library = try FixtureLibrary()
        let session = try TmuxSession.byline([library.path], width: 140, height: 12, environment: ["XDG_CONFIG_HOME": configHome.path])
        let shown = try session.waitForScreen { $0.contains("Articles (4)") && $0.contains("newest first") }
        #expect(shown.satisfied, "\(shown.screen)")
        let rows = { (screen: String) in screen.split(separator: "\n").dropFirst().prefix(4).map { String($0.prefix(48)) } }
        #expect(rows(shown.screen) == [
            "│▶●2026-03-04  Harbour council in Bergen backs…│",
            "│ ●2026-03-03  Norway ferry fares rise again   │",
            "│ ●2026-03-02  Chile grain harvest beats forec…│",
            "│ ●2026-03-01  Fishing fleet returns to Tromsø │",
        ], "newest first, one line each:\n\(shown.screen)")
        let sorted = try session.press("S")
        #expect(rows(sorted).map { String($0.dropFirst(15).prefix(8)) } == ["Chile gr", "Fishing ", "Harbour ", "Norway f"],
                "S sorts by title:\n\(sorted)")
        #expect(sorted.contains("by title"))
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }

    @Test(.enabled(if: TmuxSession.isInstalled, "needs tmux"))
    func aBrokenConfigIsReportedAndTheReaderStillStarts() throws {
        defer { try? FileManager.default.removeItem(at: configHome) }
        _ = try write("theme = \"light\"\n[keys]\nfly-away = [\"x\"]\n", to: "byline/config.toml")
        let session = try TmuxSession.byline(["Articles"], environment: ["XDG_CONFIG_HOME": configHome.path])
        let shown = try session.waitUntilLoaded()
        #expect(shown.satisfied)
        let status = shown.screen.split(separator: "\n").last { !$0.isEmpty }.map(String.init) ?? ""
        #expect(status.contains("Config not used:"), "\(status)")
        #expect(status.contains("config.toml:3"), "the file and line: \(status)")
        try session.send("Q")
        #expect(try session.waitForExitStatus() == 0)
    }
}
