import BylineTestSupport
import Foundation
import Testing

/// `byline parse`: the parsed articles, as JSON or as a summary.
@Suite("byline parse")
struct ParseCommandTests {
    let binary: String

    init() throws {
        binary = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
    }

    @Test func jsonForTheWholeLibrary() throws {
        let result = try ProcessRunner.run(binary, ["parse", "--json", "Articles"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(json.count >= 12)
        let riyadh = try #require(json.first { ($0["file"] as? String)?.hasSuffix("riyadh-talks-afp.txt") == true })
        for key in ["title", "paragraphs", "people", "countries", "organisations", "quotes"] {
            #expect(riyadh[key] != nil, "has \(key)")
        }
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func summaryListsEntitiesAndQuotes() throws {
        let result = try ProcessRunner.run(binary, ["parse", "Articles/riyadh-talks-afp.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "Articles/riyadh-talks-afp.txt")
        for label in ["title:", "paragraphs:", "people:", "countries:", "organisations:", "quotes:"] {
            #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }, "summary has \(label)")
        }
        #expect(lines.contains { $0.contains("Zelensky (") }, "people with mention counts")
        #expect(lines.contains { $0.hasPrefix("    ") && $0.contains(": \"") }, "quotes as Speaker: \"text\"")
    }

    @Test func unreadableFilesAreNotedAndSkipped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Title: Good\n\nA good article.\n".write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 0, 0, 0, 0xFF, 0]).write(to: folder.appendingPathComponent("binary.txt"))
        let result = try ProcessRunner.run(binary, ["parse", "--json", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("binary.txt"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(json.count == 1)
    }
}
