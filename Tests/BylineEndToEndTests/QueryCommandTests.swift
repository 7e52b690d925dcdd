import BylineTestSupport
import Foundation
import Testing

/// Queries on the command line that do what they say: a query may start
/// with `-`, and `quotes --speaker` that finds no one says so.
@Suite("Queries on the command line")
struct QueryCommandTests {
    let binary: String
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-query-\(UUID().uuidString.prefix(8))")

    init() throws {
        binary = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // (articles written for this test: invented events, plain `said` attribution)
        try "Title: Vineyards in France expect a late harvest\nSource: Valley Courier\n\n\"The grapes need another week,\" said Odile Marchetti, a grower near Lyon, France.\n"
            .write(to: folder.appendingPathComponent("a-vines.txt"), atomically: true, encoding: .utf8)
        try "Title: Ohio county reopens its river bridge\n\nThe bridge in Ohio, in the United States, reopened on Friday.\n"
            .write(to: folder.appendingPathComponent("b-bridge.txt"), atomically: true, encoding: .utf8)
    }

    @Test func aQueryMayStartWithAMinus() throws {
        let result = try ProcessRunner.run(binary, ["list", "--no-cache", "--query", "-country:usa", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("a-vines.txt") && !result.stdout.contains("b-bridge.txt"), "\(result.stdout)")
        let sourced = try ProcessRunner.run(binary, ["list", "--no-cache", "--query", "source:courier", folder.path])
        #expect(sourced.stdout.contains("a-vines.txt") && !sourced.stdout.contains("b-bridge.txt"), "\(sourced.stdout)")
    }

    @Test func quotesBySomeoneNoArticleQuotesIsAnError() throws {
        let found = try ProcessRunner.run(binary, ["quotes", "--no-cache", "--speaker", "marchetti", folder.path])
        #expect(found.status == 0)
        #expect(found.stdout.hasPrefix("Odile Marchetti\tThe grapes need another week,"), "\(found.stdout)")
        let none = try ProcessRunner.run(binary, ["quotes", "--no-cache", "--speaker", "nobody", folder.path])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.contains("no quotes by 'nobody' in the 2 articles"), "\(none.stderr)")
    }
}
