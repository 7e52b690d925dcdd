import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs of the real `byline` binary (the one built next to this benchmark):
/// wall time on a monotonic clock and the child's peak resident memory.
enum WholeProgram {
    struct Run {
        var seconds: Double
        var peakMiB: Double
        var status: Int32
    }

    /// `byline` in the benchmark's own folder (`swift build -c release` puts both there).
    static var binary: String? {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = (exe as NSString).deletingLastPathComponent + "/byline"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Runs `byline arguments` with `environment` added to this process's,
    /// output to /dev/null.
    static func run(_ arguments: [String], environment: [String: String]) throws -> Run {
        guard let binary else { throw BenchError("no byline binary next to byline-bench: build both with swift build -c release") }
        return try runProgram(binary, arguments, environment: environment)
    }

    /// Runs `binary arguments` to its end. Peak memory comes from GNU time
    /// (`/usr/bin/time -f %M`) around it: the rusage of a child spawned from
    /// this process would count this process's own memory (Linux keeps the
    /// high-water mark of the address space a child had before its exec, and
    /// a spawned child starts in this one's), and the benchmark holds a whole
    /// library in memory. Without GNU time, memory is reported as 0.
    static func runProgram(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> Run {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let time = "/usr/bin/time"
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-time-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let measured = FileManager.default.isExecutableFile(atPath: time)
        let program = measured ? time : binary
        let argv = ((measured ? [time, "-f", "%M", "-o", report] : []) + [binary] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(program): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let kilobytes = (try? String(contentsOfFile: report, encoding: .utf8))
            .flatMap { $0.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } } ?? 0
        return Run(seconds: seconds, peakMiB: kilobytes / 1024, status: status)
    }

    /// What the reader is timed until.
    enum Frame: String {
        /// Its first frame that shows the list: the last start's
        /// (`LibrarySnapshot`), or the library if there is none yet
        /// (`BYLINE_BENCH_FIRST_FRAME=list`).
        case list
        /// The first frame drawn with the whole library read and checked
        /// (`BYLINE_BENCH_FIRST_FRAME=1`).
        case wholeLibrary = "1"
    }

    /// The reader started in a pseudo-terminal (`script`), timed until it
    /// has drawn `frame` (it exits there): the median of `repetitions` runs
    /// on a cache already warm, and the largest peak memory among them.
    static func firstFrame(folder: String, environment: [String: String], repetitions: Int, frame: Frame = .list) throws -> Run {
        guard let binary else { throw BenchError("no byline binary next to byline-bench: build both with swift build -c release") }
        // (`--theme default`: `script` is a pseudo-terminal with no terminal
        // behind it, so nothing answers the reader's question about the
        // background and it would wait its 0.1 s timeout, which a real
        // terminal, answering at once, never costs)
        let command = [binary, "tui", "--theme", "default", folder].map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        var env = environment
        env["BYLINE_BENCH_FIRST_FRAME"] = frame.rawValue
        env["TERM"] = "xterm-256color"
        env["COLUMNS"] = "200"
        env["LINES"] = "60"
        var runs: [Run] = []
        for _ in 0..<repetitions {
            runs.append(try runProgram("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], environment: env))
        }
        return median(of: runs)
    }

    /// Cold: the median of `coldRepetitions` runs, each with a new, empty
    /// cache folder (one cold run varies by a tenth from the next); the last
    /// one fills `cache`, which is kept. Warm: the median of `repetitions`
    /// runs on `cache`. Each keeps the largest peak memory among its runs.
    static func coldAndWarm(_ arguments: [String], cache: URL, state: URL, coldRepetitions: Int = 3, repetitions: Int) throws -> (cold: Run, warm: Run) {
        var colds: [Run] = []
        for _ in 0..<max(coldRepetitions, 1) { colds.append(try coldRun(arguments, cache: cache, state: state)) }
        warmStart()
        let env = ["XDG_CACHE_HOME": cache.path, "XDG_STATE_HOME": state.path]
        var runs: [Run] = []
        for _ in 0..<repetitions { runs.append(try run(arguments, environment: env)) }
        return (median(of: colds), median(of: runs))
    }

    /// One run with `cache` emptied first (it is left filled).
    static func coldRun(_ arguments: [String], cache: URL, state: URL) throws -> Run {
        try? FileManager.default.removeItem(at: cache)
        return try run(arguments, environment: ["XDG_CACHE_HOME": cache.path, "XDG_STATE_HOME": state.path])
    }

    /// The run of median time, with the largest peak memory of all.
    static func median(of runs: [Run]) -> Run {
        let times = runs.map(\.seconds).sorted()
        return Run(seconds: times[times.count / 2], peakMiB: runs.map(\.peakMiB).max() ?? 0, status: runs.map(\.status).max() ?? 0)
    }

    /// A warm start comes after the cold one has finished writing its cache,
    /// as a person's next start does: the cache a cold run leaves is still in
    /// memory, waiting to be written, and the kernel writes it out about 30
    /// seconds later, in the middle of the warm runs timed here. Written now.
    static func warmStart() { sync() }

    /// Writes every dirty page to disk and waits: the corpus the benchmark
    /// has just written would otherwise be flushed by the kernel during the
    /// cold runs and be timed as part of them.
    static func flushWrites() {
        sync()
        sleep(2)   // files younger than the cache's settle time would be parsed again when warm
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
