import BylineFeeds
import BylineTerminal
import Foundation
import Synchronization

/// `r` in the reader: the subscribed feeds fetched on a task of their own;
/// each piece of news signals the loop's `Wakeup`, which then `take()`s the
/// progress and, at the end, the report.
final class BackgroundFetch: Sendable {
    enum Update {
        case progress(String)
        case finished(FetchReport)
    }

    private struct Shared {
        var progress: String?
        var report: FetchReport?
        var delivered = false
    }

    private let shared = Mutex(Shared())
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(fetcher: FeedFetcher, wakeup: Wakeup? = nil) {
        let started = Task.detached { [self] in
            let report = await fetcher.fetchSubscribed { [self] progress in
                shared.withLock { $0.progress = progress.summary }
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
            state.progress = nil
            return .progress(progress)
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
