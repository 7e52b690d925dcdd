import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP response, whole.
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data
    var url: URL

    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// GET requests through URLSession (libcurl on Linux) with what polite feed
/// fetching needs: a User-Agent, gzip (curl decodes it), conditional request
/// headers, no cache of its own, an idle and a total timeout, at most
/// `maxRedirects` redirects and only to http(s), a body limit checked on the
/// declared length and again on every chunk (so a gzip bomb stops there too),
/// and a deadline on the whole transfer: a server that sends a byte a second
/// keeps the idle timeout from firing, so each request also ends, whatever
/// arrives, `timeout` seconds after it started (the wait ends then even if
/// the transfer's own cancellation is slow to stop the bytes).
///
/// One client serves one fetch run; `invalidate()` ends its session.
final class FeedHTTPClient: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let settings: FetchSettings
    private var session: URLSession!
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    private final class Transfer {
        var data = Data()
        /// The server has answered (its status and headers are in).
        var answered = false
        var redirects = 0
        var failure: FetchFailure?
        let continuation: CheckedContinuation<Result<HTTPResponse, FetchFailure>, Never>
        init(_ continuation: CheckedContinuation<Result<HTTPResponse, FetchFailure>, Never>) {
            self.continuation = continuation
        }
    }

    init(settings: FetchSettings) {
        self.settings = settings
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.timeout
        configuration.timeoutIntervalForResource = settings.totalTimeout
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.httpMaximumConnectionsPerHost = 2
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    func invalidate() {
        session.finishTasksAndInvalidate()
    }

    func get(_ url: URL, headers: [String: String] = [:]) async -> Result<HTTPResponse, FetchFailure> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: settings.timeout)
        request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1", forHTTPHeaderField: "Accept")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let started = StartedTask()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let task = session.dataTask(with: request)
                lock.withLock { transfers[task.taskIdentifier] = Transfer(continuation) }
                started.set(task)
                task.resume()
                let id = task.taskIdentifier, deadline = settings.timeout
                DispatchQueue.global().asyncAfter(deadline: .now() + deadline) { [weak self] in
                    self?.expire(id, task: task, after: deadline)
                }
            }
        } onCancel: {
            started.cancel()
        }
    }

    /// The data task of one `get`, so that cancelling the Swift task cancels it
    /// (whether the cancellation comes before or after it started).
    private final class StartedTask: @unchecked Sendable {
        private let lock = NSLock()
        private var task: URLSessionTask?
        private var cancelled = false

        func set(_ task: URLSessionTask) {
            let cancelNow = lock.withLock { () -> Bool in
                self.task = task
                return cancelled
            }
            if cancelNow { task.cancel() }
        }

        func cancel() {
            let task = lock.withLock { () -> URLSessionTask? in
                cancelled = true
                return self.task
            }
            task?.cancel()
        }
    }

    /// The deadline: a transfer still under way is given up (what arrives
    /// later is dropped, as the transfer is gone) and its request cancelled.
    private func expire(_ id: Int, task: URLSessionTask, after seconds: TimeInterval) {
        guard let (transfer, answered) = lock.withLock({ transfers.removeValue(forKey: id).map { ($0, $0.answered) } }) else { return }
        task.cancel()
        // (no answer at all is the idle timeout's case; an answer still arriving is too slow)
        transfer.continuation.resume(returning: .failure(answered ? .tooSlow(seconds) : .timedOut(seconds)))
    }

    private func transfer(_ task: URLSessionTask) -> Transfer? {
        lock.withLock { transfers[task.taskIdentifier] }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        guard let transfer = transfer(task) else { return completionHandler(nil) }
        transfer.redirects += 1
        let scheme = request.url?.scheme?.lowercased()
        if scheme != "http" && scheme != "https" {
            transfer.failure = .redirectRefused(FeedText.quoted(request.url?.absoluteString ?? "?"))
            completionHandler(nil)
        } else if transfer.redirects > settings.maxRedirects {
            transfer.failure = .tooManyRedirects(settings.maxRedirects)
            completionHandler(nil)
        } else {
            var next = request
            next.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
            completionHandler(next)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        // (under the lock, as the deadline reads it)
        lock.withLock { transfers[dataTask.taskIdentifier]?.answered = true }
        if let transfer = transfer(dataTask), response.expectedContentLength > Int64(settings.maxBytes),
           (response as? HTTPURLResponse).map({ (200..<300).contains($0.statusCode) }) ?? true {
            transfer.failure = .tooLarge(limit: settings.maxBytes)
            return completionHandler(.cancel)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let transfer = transfer(dataTask), transfer.failure == nil else { return }
        if transfer.data.count + data.count > settings.maxBytes {
            transfer.failure = .tooLarge(limit: settings.maxBytes)
            transfer.data = Data()
            dataTask.cancel()
            return
        }
        transfer.data.append(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = lock.withLock({ transfers.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let failure = transfer.failure {
            return transfer.continuation.resume(returning: .failure(failure))
        }
        if let error {
            return transfer.continuation.resume(returning: .failure(Self.failure(for: error as NSError, timeout: settings.timeout)))
        }
        guard let response = task.response as? HTTPURLResponse else {
            return transfer.continuation.resume(returning: .failure(.network("no HTTP response")))
        }
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        transfer.continuation.resume(returning: .success(HTTPResponse(
            status: response.statusCode, headers: headers, body: transfer.data,
            url: response.url ?? task.originalRequest?.url ?? URL(fileURLWithPath: "/"))))
    }

    static func failure(for error: NSError, timeout: TimeInterval) -> FetchFailure {
        guard error.domain == NSURLErrorDomain else { return .network("network error: \(error.localizedDescription)") }
        switch error.code {
        case NSURLErrorTimedOut: return .timedOut(timeout)
        case NSURLErrorCancelled: return .network("cancelled")
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return .network("the host name could not be found")
        case NSURLErrorCannotConnectToHost: return .network("could not connect to the server")
        case NSURLErrorNetworkConnectionLost: return .network("the connection was lost")
        case NSURLErrorNotConnectedToInternet: return .network("not connected to the internet")
        case NSURLErrorHTTPTooManyRedirects: return .network("too many redirects (a redirect loop?)")
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasBadDate,
             NSURLErrorServerCertificateNotYetValid, NSURLErrorServerCertificateHasUnknownRoot:
            return .network("the secure connection failed (certificate or TLS problem)")
        case NSURLErrorBadServerResponse, NSURLErrorCannotParseResponse: return .network("the server's response was not valid HTTP")
        case NSURLErrorUnsupportedURL: return .network("the address is not supported")
        default: return .network("network error \(error.code)")
        }
    }
}
