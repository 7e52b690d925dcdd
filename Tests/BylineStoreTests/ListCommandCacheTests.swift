import Foundation
import Testing
@testable import BylineStore
#if canImport(Glibc)
import Glibc
#endif

/// `byline list` and `byline quotes` through the cache, as a user runs them.
@Suite("byline list and quotes with the cache")
struct ListCommandCacheTests {
    struct Output { var status: Int32; var stdout: String; var stderr: String }

    static func byline(_ arguments: [String], in scratch: StoreScratch) throws -> Output {
        let binary = try #require(KillTests.binary("byline"), "byline is built by swift test")
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = scratch.root + "/xdg-cache"
        environment["XDG_STATE_HOME"] = scratch.root + "/xdg-state"
        let out = scratch.root + "/stdout", err = scratch.root + "/stderr"
        let pid = try KillTests.spawn(binary, arguments, environment: environment, output: out, errors: err)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return Output(status: status, stdout: try String(contentsOfFile: out, encoding: .utf8), stderr: try String(contentsOfFile: err, encoding: .utf8))
    }

    @Test func warmAnswersAreTheSameAsWithoutTheCache() throws {
        let scratch = try StoreScratch()
        for arguments in [["list", "--query", "country:ukraine"], ["list", "--query", "\"told reporters\" -person:lavrov", "--json"],
                          ["quotes", "--speaker", "lavrov"], ["quotes", "--query", "org:nato", "--json"]] {
            let uncached = try Self.byline(arguments + ["--no-cache", scratch.library], in: scratch)
            let cold = try Self.byline(arguments + [scratch.library], in: scratch)
            let warm = try Self.byline(arguments + [scratch.library], in: scratch)
            #expect(uncached.status == 0 && !uncached.stdout.isEmpty)
            #expect(cold.stdout == uncached.stdout, "\(arguments)")
            #expect(warm.stdout == uncached.stdout, "\(arguments)")
            #expect(warm.stderr.isEmpty)
        }
        #expect(FileManager.default.fileExists(atPath: scratch.root + "/xdg-cache/byline/library.sqlite"))
    }

    @Test func aDamagedCacheIsReportedAndTheAnswerStillRight() throws {
        let scratch = try StoreScratch()
        let first = try Self.byline(["list", "--query", "country:russia", scratch.library], in: scratch)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: scratch.root + "/xdg-cache/byline/library.sqlite"))
        let second = try Self.byline(["list", "--query", "country:russia", scratch.library], in: scratch)
        #expect(second.status == 0)
        #expect(second.stdout == first.stdout)
        #expect(second.stderr.contains("library cache was damaged"))
    }

    @Test func isBookmarkedListsWhatTheStateSays() throws {
        let scratch = try StoreScratch()
        let state = try ReadingState(directory: scratch.root + "/xdg-state/byline")
        try state.setBookmarked(true, key: scratch.library + "/riyadh-talks-afp.txt")
        let bookmarked = try Self.byline(["list", "--query", "is:bookmarked", scratch.library], in: scratch)
        #expect(bookmarked.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == [Substring(scratch.library + "/riyadh-talks-afp.txt")])
        let unread = try Self.byline(["list", "--query", "is:unread", scratch.library], in: scratch)
        #expect(unread.stdout.split(separator: "\n").count == 14)
    }
}
