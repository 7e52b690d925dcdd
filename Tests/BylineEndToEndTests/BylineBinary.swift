import Foundation

/// The `byline` executable that `swift test` built alongside the tests, and
/// the package it came from.
enum BylineBinary {
    /// The package root: three levels up from this file.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$BYLINE_BINARY` if set; else `byline` in the folder of the running test
    /// executable (Linux: /proc/self/exe) or of the .xctest bundle (macOS) —
    /// where `swift test` puts every product it builds, whatever the
    /// --scratch-path; else .build/debug/byline.
    static let path: String? = {
        let fm = FileManager.default
        if let given = ProcessInfo.processInfo.environment["BYLINE_BINARY"], !given.isEmpty {
            return given
        }
        var folders: [URL] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("byline").path }.first { fm.isExecutableFile(atPath: $0) }
    }()

    static var articles: String { packageRoot.appendingPathComponent("Articles").path }
}

/// One run of a program without a terminal: its exit status and output.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String

    var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
}

enum ProcessRunner {
    /// Runs `executable` with `arguments`; standard input is /dev/null and the
    /// output goes to temporary files (pipes could fill up and block it).
    static func run(
        _ executable: String, _ arguments: [String],
        environment: [String: String]? = nil, removing removed: [String] = [],
        directory: URL = BylineBinary.packageRoot
    ) throws -> ProcessResult {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("byline-e2e-\(UUID().uuidString)")
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = fm.createFile(atPath: outURL.path, contents: nil)
        _ = fm.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment ?? [:] { env[key] = value }
        for key in removed { env[key] = nil }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return ProcessResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }
}
