import BylineTestSupport
import Foundation
import Testing

/// `byline parse --json`, `list` and `quotes` over a folder of hostile files:
/// nothing in the output can drive a terminal, the JSON is valid, every good
/// article comes out (once) and every bad file is named on standard error.
@Suite("Hostile files through the commands")
struct HostileFilesTests {
    let binary: String

    init() throws {
        binary = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
    }

    func expectSafe(_ result: ProcessResult, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, "exit status; stderr: \(result.stderr.prefix(500))", sourceLocation: sourceLocation)
        if let found = firstTerminalControl(in: result.stdout) {
            Issue.record("standard output has a terminal control: \(found)", sourceLocation: sourceLocation)
        }
        if let found = firstTerminalControl(in: result.stderr) {
            Issue.record("standard error has a terminal control: \(found)", sourceLocation: sourceLocation)
        }
    }

    /// Every bad file is named in a note on standard error, on a line of its own.
    func expectNotes(_ result: ProcessResult, _ fixtures: HostileFixtures, sourceLocation: SourceLocation = #_sourceLocation) {
        for file in fixtures.notedFiles {
            #expect(result.stderrLines.contains { $0.hasPrefix("byline: ") && $0.contains(file) },
                    "a note names \(file):\n\(result.stderr.prefix(2000))", sourceLocation: sourceLocation)
        }
        #expect(!result.stderr.contains("loop/inside.txt"), "the symlink loop is not an error")
    }

    /// The `file` fields of a JSON array, each must be a good file, once.
    func expectEveryGoodFileOnce(_ files: [String], _ fixtures: HostileFixtures, sourceLocation: SourceLocation = #_sourceLocation) {
        let prefix = fixtures.path + "/"
        var seen: [String: Int] = [:]
        for file in files {
            #expect(file.hasPrefix(prefix), "\(file) is under the folder", sourceLocation: sourceLocation)
            seen[String(file.dropFirst(prefix.count)), default: 0] += 1
        }
        for good in fixtures.goodFiles.keys {
            #expect(seen[good] == 1, "\(good.debugDescription) comes out once (seen \(seen[good] ?? 0))", sourceLocation: sourceLocation)
        }
        let extra = Set(seen.keys).subtracting(fixtures.goodFiles.keys)
        #expect(extra.isEmpty, "no other files: \(extra.sorted())", sourceLocation: sourceLocation)
    }

    @Test func theCheckerFindsControls() {
        #expect(firstTerminalControl(in: "plain\ttext\nwith é, “quotes” and \u{FFFD}") == nil)
        for bad in ["\u{1B}[2J", "\u{07}", "\u{00}", "\u{7F}", "\u{9B}", "\u{85}", "\u{202E}", "\u{2066}", "\r"] {
            #expect(firstTerminalControl(in: "a \(bad) b") != nil, "\(bad.debugDescription) is found")
        }
    }

    @Test func parseJSON() throws {
        let fixtures = try HostileFixtures()
        let result = try ProcessRunner.run(binary, ["parse", "--json", fixtures.path])
        expectSafe(result)
        expectNotes(result, fixtures)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "valid JSON")
        expectEveryGoodFileOnce(json.compactMap { $0["file"] as? String }, fixtures)

        let byFile = Dictionary(json.map { (($0["file"] as? String ?? "").replacingOccurrences(of: fixtures.path + "/", with: ""), $0) },
                                uniquingKeysWith: { a, _ in a })
        for (file, word) in fixtures.goodFiles where !word.isEmpty {
            let title = byFile[file]?["title"] as? String ?? ""
            #expect(title.contains(word), "\(file.debugDescription): title \(title.debugDescription) has \(word)")
        }
        // escapes written as text are kept as visible text, only the ESC is gone
        let escapes = try #require(byFile["escapes.txt"])
        let text = ((escapes["paragraphs"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }.joined()
        for shown in ["[2J", "]8;;https://example.invalid/", "]52;c;cm0gLXJmIH4="] {
            #expect(text.contains(shown), "\(shown) shows as text")
        }
        // decoded, not garbled: UTF-16 both ways, Latin-1, CR and CRLF as line ends
        for file in ["utf16le.txt", "utf16be.txt"] {
            let paragraphs = (byFile[file]?["paragraphs"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(paragraphs.joined().contains("café"), "\(file) decoded: \(paragraphs)")
        }
        #expect((byFile["latin1.txt"]?["title"] as? String) == "Latin-1 café")
        for file in ["cr.txt", "crlf.txt"] {
            let paragraphs = byFile[file]?["paragraphs"] as? [[String: Any]] ?? []
            #expect(paragraphs.count == 2, "\(file): two paragraphs, got \(paragraphs.count)")
        }
        let long = (byFile["long-paragraph.txt"]?["paragraphs"] as? [[String: Any]])?.first?["text"] as? String
        #expect(long?.utf8.count == HostileFixtures.longParagraphBytes, "the long paragraph whole")
        #expect((byFile["many/article-00000.txt"]?["quotes"] as? [Any])?.isEmpty == false, "the prose's quote is found")
    }

    @Test func listJSONAndText() throws {
        let fixtures = try HostileFixtures()
        let json = try ProcessRunner.run(binary, ["list", "--json", fixtures.path])
        expectSafe(json)
        expectNotes(json, fixtures)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], "valid JSON")
        expectEveryGoodFileOnce(rows.compactMap { $0["file"] as? String }, fixtures)

        let text = try ProcessRunner.run(binary, ["list", fixtures.path])
        expectSafe(text)
        expectNotes(text, fixtures)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == fixtures.goodFiles.count, "one line per good article")
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 }, "file, tab, title on every line")
        #expect(lines.contains { $0.contains("[2J in the title") }, "the escape in the title shows as text")

        let query = try ProcessRunner.run(binary, ["list", "--query", "country:ukraine", fixtures.path])
        expectSafe(query)
        #expect(query.stdout.contains("\tCrowd 1\n"), "the query matches the crowd")
    }

    @Test func quotesJSONAndText() throws {
        let fixtures = try HostileFixtures()
        let json = try ProcessRunner.run(binary, ["quotes", "--json", fixtures.path])
        expectSafe(json)
        expectNotes(json, fixtures)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], "valid JSON")
        #expect(rows.count >= HostileFixtures.crowd - 1, "the crowd's quotes are all there: \(rows.count)")

        let text = try ProcessRunner.run(binary, ["quotes", "--speaker", "lopez", fixtures.path])
        expectSafe(text)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count >= HostileFixtures.crowd - 1)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 }, "speaker, tab, quote, tab, file")
    }

    @Test func parseSummary() throws {
        let fixtures = try HostileFixtures()
        let result = try ProcessRunner.run(binary, ["parse", fixtures.path])
        expectSafe(result)
        expectNotes(result, fixtures)
        #expect(result.stdout.contains("[2J in the title"))
    }
}
