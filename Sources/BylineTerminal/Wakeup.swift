import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A way for other threads to wake the reader's loop while it waits for a
/// key: a pipe whose read end the terminal watches beside its input. The
/// library load and the feed fetch `signal()` when they have news, so the
/// loop sleeps until there is something to do instead of looking every few
/// milliseconds. Owns its two descriptors.
public final class Wakeup: @unchecked Sendable {
    /// The end to watch: readable once `signal()` was called.
    public let fd: Int32
    private let writeEnd: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) != 0 { ends = [-1, -1] }
        for end in ends where end >= 0 {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        fd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if fd >= 0 { close(fd) }
        if writeEnd >= 0 { close(writeEnd) }
    }

    /// Wakes the waiting loop (from any thread). A full pipe already wakes it.
    public func signal() {
        guard writeEnd >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe after waking, so the next wait sleeps again.
    public func drain() {
        guard fd >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(fd, &buffer, buffer.count) > 0 {}
    }

    /// Waits until signalled or until `timeout` passes; says whether it was signalled.
    @discardableResult
    public func wait(timeout: Duration) -> Bool {
        guard fd >= 0 else { return false }
        var watched = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let woken = poll(&watched, 1, Self.milliseconds(timeout)) > 0
        if woken { drain() }
        return woken
    }

    /// A duration in whole milliseconds for `poll`, rounded up.
    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: max(0, seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000))
    }
}
