import BylineTestSupport
import Foundation
import Testing

/// Started wrong, `byline` says what to do in one line on standard error and
/// exits non-zero, without drawing anything.
@Suite("Start-up errors")
struct StartupErrorTests {
    let binary: String

    init() throws {
        binary = try #require(BylineBinary.path, "the byline executable was not found next to the tests; run `swift test`, which builds it")
    }

    func expectOneLineError(_ result: ProcessResult, status: Int32, mentioning words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "exit status", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "nothing on standard output: \(result.stdout.prefix(200))", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "one line on standard error: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("byline: "), sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("\u{1B}"), "no escape sequences", sourceLocation: sourceLocation)
        for word in words {
            #expect(result.stderr.contains(word), "mentions \(word): \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    @Test func aPathThatDoesNotExistIsNamed() throws {
        let result = try ProcessRunner.run(binary, ["Articles", "no-such-folder-here"], environment: ["TERM": "xterm"])
        expectOneLineError(result, status: 2, mentioning: ["no-such-folder-here"])
    }

    @Test func noPathAndNoLibrarySaysWhatToCreate() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("byline-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try ProcessRunner.run(
            binary, [], environment: ["TERM": "xterm", "XDG_DATA_HOME": empty.appendingPathComponent("data").path],
            directory: empty)
        expectOneLineError(result, status: 2, mentioning: ["PATH", "./Articles"])
    }

    @Test func outputRedirected() throws {
        let result = try ProcessRunner.run(binary, ["Articles"], environment: ["TERM": "xterm"])
        expectOneLineError(result, status: 1, mentioning: ["standard output is not a terminal"])
    }

    @Test func dumbTerminal() throws {
        let result = try ProcessRunner.run(binary, ["Articles"], environment: ["TERM": "dumb"])
        expectOneLineError(result, status: 1, mentioning: ["TERM=dumb"])
    }

    @Test func termUnset() throws {
        let result = try ProcessRunner.run(binary, ["Articles"], removing: ["TERM"])
        expectOneLineError(result, status: 1, mentioning: ["TERM is not set"])
    }

    @Test func termEmpty() throws {
        let result = try ProcessRunner.run(binary, ["Articles"], environment: ["TERM": ""])
        expectOneLineError(result, status: 1, mentioning: ["TERM is not set"])
    }

    @Test func termUnknownToTerminfo() throws {
        let result = try ProcessRunner.run(binary, ["Articles"], environment: ["TERM": "no-such-terminal-type"])
        expectOneLineError(result, status: 1, mentioning: ["no-such-terminal-type", "terminfo"])
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try ProcessRunner.run(binary, ["--no-such-option"], environment: ["TERM": "xterm"])
        expectOneLineError(result, status: 2, mentioning: ["--no-such-option", "--help"])
    }

    @Test func parseWithoutPath() throws {
        let result = try ProcessRunner.run(binary, ["parse"])
        expectOneLineError(result, status: 2, mentioning: ["PATH"])
    }

    @Test func helpExplainsTheKeys() throws {
        let result = try ProcessRunner.run(binary, ["--help"])
        #expect(result.status == 0)
        for text in ["byline [PATH", "byline parse", "Examples:", "Tab", "quit", "./Articles"] {
            #expect(result.stdout.contains(text), "help mentions \(text)")
        }
    }

    @Test func versionSaysWhichByline() throws {
        let result = try ProcessRunner.run(binary, ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("byline 0."), "\(result.stdout)")
        #expect(result.stdout.contains("parser version"))
    }
}
