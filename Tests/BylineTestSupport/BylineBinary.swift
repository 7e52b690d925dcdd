import Foundation

/// The `byline` executable that `swift test` built alongside the tests, and
/// the package it came from.
public enum BylineBinary {
    /// The package root: three levels up from this file.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$BYLINE_BINARY` if set; else `byline` in the folder of the running test
    /// executable (Linux: /proc/self/exe) or of the .xctest bundle (macOS) —
    /// where `swift test` puts every product it builds, whatever the
    /// --scratch-path; else .build/debug/byline.
    public static let path: String? = {
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

    public static var articles: String { packageRoot.appendingPathComponent("Articles").path }
}

/// One run of a program without a terminal: its exit status and output.
public struct ProcessResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
}

public enum ProcessRunner {
    /// Runs `executable` with `arguments`, standard input /dev/null, the
    /// environment of the tests changed by `environment` and without `removed`.
    public static func run(
        _ executable: String, _ arguments: [String],
        environment: [String: String]? = nil, removing removed: [String] = [],
        directory: URL = BylineBinary.packageRoot
    ) throws -> ProcessResult {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment ?? [:] { env[key] = value }
        for key in removed { env[key] = nil }
        let output = try Subprocess.run(executable, arguments, environment: env, directory: directory.path)
        return ProcessResult(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }
}
