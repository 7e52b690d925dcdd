import BylineFeeds
import Foundation

/// `r` in the reader: the subscribed feeds fetched on a task of their own;
/// the loop polls `take()` for progress and, at the end, the report.
final class BackgroundFetch: @unchecked Sendable {
    enum Update {
        case progress(String)
        case finished(FetchReport)
    }

    private let lock = NSLock()
    private var progress: String?
    private var report: FetchReport?
    private var delivered = false
    private var task: Task<Void, Never>?

    init(fetcher: FeedFetcher) {
        task = Task.detached { [self] in
            let report = await fetcher.fetchSubscribed { [self] progress in
                lock.withLock { self.progress = progress.summary }
            }
            lock.withLock { self.report = report }
        }
    }

    var isFinished: Bool { lock.withLock { delivered } }

    func take() -> Update? {
        lock.withLock {
            if let report, !delivered {
                delivered = true
                return .finished(report)
            }
            guard let progress else { return nil }
            self.progress = nil
            return .progress(progress)
        }
    }

    /// Stops the requests under way (the reader is quitting).
    func cancel() { task?.cancel() }

    /// The status line's account of a finished fetch.
    static func summary(of report: FetchReport) -> String {
        let fetched = report.results.count - report.failures.count
        var parts = ["Feeds: \(fetched) of \(report.results.count) fetched, \(report.newFiles.count) new article\(report.newFiles.count == 1 ? "" : "s")"]
        if let first = report.failures.first {
            parts.append(report.failures.count == 1 ? "failed: \(first)" : "\(report.failures.count) failed, first: \(first)")
        } else if let note = report.notes.first {
            parts.append(note)
        }
        if report.results.isEmpty { return "No feeds to fetch: subscribe with 'byline feeds add URL'" }
        return parts.joined(separator: "; ")
    }
}
