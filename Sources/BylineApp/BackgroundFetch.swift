import BylineFeeds
import BylineTerminal
import Foundation
import Synchronization

/// `r` in the reader: the subscribed feeds fetched on a task of their own;
/// each piece of news signals the loop's `Wakeup`, which then `take()`s the
/// progress (with how many new articles the feeds done since brought, so
/// they join the library without waiting for slower feeds) and, at the end,
/// the report.
final class BackgroundFetch: Sendable {
    enum Update {
        case progress(String, newArticles: Int)
        case finished(FetchReport)
    }

    private struct Shared {
        var progress: String?
        var newArticles = 0
        var report: FetchReport?
        var delivered = false
    }

    private let shared = Mutex(Shared())
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(fetcher: FeedFetcher, wakeup: Wakeup? = nil) {
        // on threads of its own, not Swift's shared pool: whatever else holds
        // the pool's few threads (one per core), the fetch goes on
        let started = Task.detached(executorPreference: FetchExecutor.shared) { [self] in
            let report = await fetcher.fetchSubscribed { [self] progress in
                shared.withLock { state in
                    state.progress = progress.summary
                    if case .finished(let result, _, _) = progress { state.newArticles += result.newFiles.count }
                }
                wakeup?.signal()
            }
            shared.withLock { $0.report = report }
            wakeup?.signal()
        }
        task.withLock { $0 = started }
    }

    var isFinished: Bool { shared.withLock { $0.delivered } }

    func take() -> Update? {
        shared.withLock { state in
            if let report = state.report, !state.delivered {
                state.delivered = true
                return .finished(report)
            }
            guard let progress = state.progress else { return nil }
            defer { state.progress = nil; state.newArticles = 0 }
            return .progress(progress, newArticles: state.newArticles)
        }
    }

    /// Stops the requests under way (the reader is quitting).
    func cancel() { task.withLock { $0?.cancel() } }

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

/// Runs the fetch's tasks on a concurrent dispatch queue (GCD's threads), so
/// a fetch never waits for a thread of Swift's cooperative pool, which
/// blocking work elsewhere may hold.
final class FetchExecutor: TaskExecutor {
    static let shared = FetchExecutor()
    private let queue = DispatchQueue(label: "byline.fetch", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
