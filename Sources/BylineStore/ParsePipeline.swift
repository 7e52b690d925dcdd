import BylineKit
import Foundation

/// One parsed file, ready to be cached: its digest and encoded forms, or the
/// note saying why it was skipped.
struct Prepared: Sendable {
    var position: Int
    var digest: ArticleDigest?
    var entry: LibraryCache.Entry?
    /// The article encoded (`ArticleCoding`), kept only when there is no cache
    /// to read it back from: a fraction of the parsed article's memory.
    var body: Data?
    var skipNote: String?
}

/// Parses files on all cores while the caller writes what is done: workers
/// take chunks of files, parse and encode them, and hand each chunk over;
/// `next()` gives whatever chunks are finished (waiting when none is), so the
/// cache is written while parsing goes on and parsed articles are not all
/// held in memory at once.
final class ParsePipeline: @unchecked Sendable {
    private let files: [String]
    private let keys: [String]
    private let stamps: [FileStamp?]
    private let misses: [Int]
    private let keepArticles: Bool
    private let progress: (@Sendable (Int, Int) -> Void)?
    private let condition = NSCondition()
    private var finished: [Prepared] = []
    private var chunksLeft: Int
    private var done = 0
    private let chunk: Int
    private let startTime = FileStamp.now()

    init(files: [String], keys: [String], stamps: [FileStamp?], misses: [Int], keepArticles: Bool, progress: (@Sendable (Int, Int) -> Void)?) {
        self.files = files
        self.keys = keys
        self.stamps = stamps
        self.misses = misses
        self.keepArticles = keepArticles
        self.progress = progress
        chunk = max(1, min(32, misses.count / (ProcessInfo.processInfo.activeProcessorCount * 8)))
        chunksLeft = (misses.count + chunk - 1) / chunk
    }

    func start() {
        // From a cold disk the workers, one per core, would each wait for its
        // own file: one thread asks the kernel to read every file ahead
        // (`posix_fadvise(WILLNEED)` starts the reads and returns), so many
        // reads are in flight while the workers parse what has arrived.
        let toRead = misses.map { files[$0] }
        Thread.detachNewThread {
            for path in toRead {
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { continue }
                _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_WILLNEED))
                close(fd)
            }
        }
        let chunks = chunksLeft
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * chunk)..<min(misses.count, (c + 1) * chunk)
                let results = range.map { prepare(misses[$0]) }
                condition.lock()
                finished += results
                chunksLeft -= 1
                done += results.count
                let count = done
                condition.signal()
                condition.unlock()
                progress?(count, misses.count)
            }
        }
    }

    /// The files finished since the last call; nil once all are handed over.
    func next() -> [Prepared]? {
        condition.lock()
        defer { condition.unlock() }
        while finished.isEmpty && chunksLeft > 0 { condition.wait() }
        if finished.isEmpty { return nil }
        defer { finished.removeAll(keepingCapacity: true) }
        return finished
    }

    private func prepare(_ i: Int) -> Prepared {
        switch ArticleLibrary.readArticle(at: files[i]) {
        case .failure(let note):
            return Prepared(position: i, skipNote: note.message)
        case .success(let article):
            var digest = ArticleDigest(article)
            digest.modified = stamps[i]?.modifiedSeconds
            // A file that could not be stat'ed is parsed but not cached.
            let body = ArticleCoding.encode(article)
            if keepArticles { return Prepared(position: i, digest: digest, body: body) }
            let entry = stamps[i].map {
                LibraryCache.Entry(path: keys[i], stamp: $0.settled(before: startTime), digest: ArticleCoding.encode(digest), body: body)
            }
            return Prepared(position: i, digest: digest, entry: entry)
        }
    }
}
