import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What says a file is the one that was parsed: its size and modification
/// time in nanoseconds, from one `stat` call (no Foundation attribute
/// dictionaries on the warm path). A touched, edited or replaced file has a
/// new stamp.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    var modified: Int64

    init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at `path` (following symlinks), or nil when it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }
}

extension FileStamp {
    /// The modification time in whole seconds since 1970.
    var modifiedSeconds: Int64 { modified / 1_000_000_000 }

    /// File systems keep modification times in ticks (a few milliseconds, or
    /// a second), so a file changed again within the tick in which it was read
    /// keeps its stamp. A stamp this close to the time the file was listed is
    /// therefore not trusted: it is stored as `unsettled`, which never matches,
    /// and the file is parsed again at the next load (as git treats "racy"
    /// index entries).
    static let settleTime: Int64 = 2_000_000_000

    /// A modification time no file has: the row is checked again next time.
    static let unsettled: Int64 = .min

    func settled(before listed: Int64) -> FileStamp {
        modified > listed - Self.settleTime ? FileStamp(size: size, modified: Self.unsettled) : self
    }

    /// The wall-clock time in nanoseconds, as modification times are kept.
    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }
}

/// Paths as the cache and the state database key them: absolute, with `.`,
/// `..` and repeated slashes resolved (symlinks are not: they are cheap to
/// keep and costly to resolve for every file).
public enum StorePath {
    public static func absolute(_ path: String, relativeTo directory: String = FileManager.default.currentDirectoryPath) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        if isPlain(joined) { return joined }
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// No `.` or `..` component, no repeated or final slash: already standard
    /// (the common case, checked without splitting).
    private static func isPlain(_ path: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0, third: UInt8 = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if previous == UInt8(ascii: "/") { return false }
                if previous == UInt8(ascii: "."), beforePrevious == UInt8(ascii: "/") || (beforePrevious == UInt8(ascii: ".") && third == UInt8(ascii: "/")) { return false }
            }
            third = beforePrevious
            beforePrevious = previous
            previous = byte
        }
        if previous == UInt8(ascii: "/") { return path.utf8.count == 1 }
        if previous == UInt8(ascii: "."), beforePrevious == UInt8(ascii: "/") || (beforePrevious == UInt8(ascii: ".") && third == UInt8(ascii: "/")) { return false }
        return true
    }
}
