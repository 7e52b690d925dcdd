import BylineKit
import Foundation
import Testing
@testable import BylineStore
#if canImport(Glibc)
import Glibc
#endif

/// Programs killed with SIGKILL while they write: the databases open again
/// and hold everything that was confirmed.
@Suite("kill -9 while writing", .serialized)
struct KillTests {
    /// A product built next to the test executable (swift test builds them all).
    static func binary(_ name: String) -> String? {
        var folders: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append((exe as NSString).deletingLastPathComponent)
        }
        folders.append(StoreScratch.packageRoot.appendingPathComponent(".build/debug").path)
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `executable` with standard output to `output`; returns its pid.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], output: String, errors: String = "/dev/null") throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        return pid
    }

    static func kill9(_ pid: pid_t) {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Waits (up to a minute) until `condition` holds; false if it never does.
    static func wait(until condition: () -> Bool) -> Bool {
        for _ in 0..<6000 {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }

    @Test func aCacheBuildKilledMidwayKeepsWhatItCommitted() throws {
        let byline = try #require(Self.binary("byline"), "byline is built by swift test")
        let scratch = try StoreScratch(samples: false)
        for n in 0..<600 { try scratch.write(syntheticArticle(n), to: String(format: "a%04d.txt", n)) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = scratch.root + "/xdg-cache"
        environment["XDG_STATE_HOME"] = scratch.root + "/xdg-state"
        let cachePath = scratch.root + "/xdg-cache/byline/" + LibraryCache.fileName
        let pid = try Self.spawn(byline, ["list", scratch.library], environment: environment, output: scratch.root + "/out")
        // some batches committed (the WAL has grown), the build not finished
        let committed = Self.wait {
            let wal = (try? FileManager.default.attributesOfItem(atPath: cachePath + "-wal")[.size] as? Int) ?? 0
            return wal > 200_000
        }
        Self.kill9(pid)
        #expect(committed)
        let reopened = try LibraryStore(cacheDirectory: scratch.root + "/xdg-cache/byline").load(paths: [scratch.library])
        #expect(!reopened.notes.contains { $0.contains("library cache") })
        #expect(reopened.count == 600)
        #expect(reopened.parsedCount < 600)   // what was committed was kept
        #expect(reopened.digests.map(\.withoutFileTime) == (try ArticleLibrary.load(paths: [scratch.library])).articles.map(ArticleDigest.init))
    }

    @Test func bookmarksConfirmedBeforeAKillAreThere() throws {
        let writer = try #require(Self.binary("byline-state-writer"), "byline-state-writer is built by swift test")
        let scratch = try StoreScratch(samples: false)
        let output = scratch.root + "/out"
        let pid = try Self.spawn(writer, [scratch.stateDirectory], environment: ProcessInfo.processInfo.environment, output: output)
        let started = Self.wait { ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n").count >= 20 }
        Self.kill9(pid)
        #expect(started)
        let confirmed = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("bookmarked ") }.map { String($0.dropFirst("bookmarked ".count)) }
        let state = try ReadingState(directory: scratch.stateDirectory)
        #expect(state.notes.isEmpty)
        let marks = try state.marks()
        for key in confirmed { #expect(marks[key]?.bookmarked == true, "\(key)") }
        // the position is the last one confirmed, or one written after it
        let position = try #require(state.lastPosition())
        #expect(position.paragraph >= confirmed.count - 1)
    }
}
