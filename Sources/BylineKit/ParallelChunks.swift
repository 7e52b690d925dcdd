import Foundation

/// Work over `0..<count` split into chunks and spread over every core: each
/// chunk is one call of `body`, which appends one result per index of its
/// range, in order, to the `ChunkOutput` it is given, and the results come
/// back in index order. Chunks rather than single items, so threads do not
/// contend for every small piece of work (and a chunk can share a table or
/// a statement among its items). Each result is made in its place in the
/// array returned: a library's digests are many, and every copy of one
/// costs a reference count per field.
public enum ParallelChunks {
    public static func map<T>(count: Int, chunk: Int, _ body: @Sendable (Range<Int>, inout ChunkOutput<T>) -> Void) -> [T] {
        guard count > 0 else { return [] }
        let chunk = max(1, chunk)
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            nonisolated(unsafe) let output = buffer   // each chunk writes its own slots only
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
                let range = (c * chunk)..<min(count, (c + 1) * chunk)
                var out = ChunkOutput(output.baseAddress! + range.lowerBound, count: range.count)
                body(range, &out)
                precondition(out.isFull, "ParallelChunks.map: a chunk gave \(out.written) results for \(range.count) items")
            }
            initializedCount = count
        }
    }

    /// A chunk size that gives each core about `perCore` chunks, within `bounds`.
    public static func chunk(for count: Int, perCore: Int, bounds: ClosedRange<Int>) -> Int {
        min(bounds.upperBound, max(bounds.lowerBound, count / (ProcessInfo.processInfo.activeProcessorCount * perCore)))
    }
}

/// Where one chunk of `ParallelChunks.map` puts its results: straight into
/// the array being built, one after another.
public struct ChunkOutput<T>: ~Copyable {
    private let base: UnsafeMutablePointer<T>
    private let capacity: Int
    fileprivate private(set) var written = 0

    fileprivate init(_ base: UnsafeMutablePointer<T>, count: Int) {
        self.base = base
        capacity = count
    }

    fileprivate var isFull: Bool { written == capacity }

    /// The result for the next index of the chunk's range.
    public mutating func append(_ value: consuming T) {
        precondition(written < capacity, "ParallelChunks.map: more results than items in a chunk")
        (base + written).initialize(to: value)
        written += 1
    }
}
