import Foundation

/// Work over `0..<count` split into chunks and spread over every core: each
/// chunk is one call of `body`, which returns its results in order, and the
/// results come back in index order. Chunks rather than single items, so
/// threads do not contend for every small piece of work.
public enum ParallelChunks {
    public static func map<T>(count: Int, chunk: Int, _ body: @Sendable (Range<Int>) -> [T]) -> [T] {
        guard count > 0 else { return [] }
        let chunk = max(1, chunk)
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let output = slots   // each chunk writes its own slots only
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            let range = (c * chunk)..<min(count, (c + 1) * chunk)
            for (i, value) in zip(range, body(range)) { output[i] = value }
        }
        return slots.map { $0! }
    }

    /// A chunk size that gives each core about `perCore` chunks, within `bounds`.
    public static func chunk(for count: Int, perCore: Int, bounds: ClosedRange<Int>) -> Int {
        min(bounds.upperBound, max(bounds.lowerBound, count / (ProcessInfo.processInfo.activeProcessorCount * perCore)))
    }
}
