import Foundation
import BylineKit

/// How feeds are fetched: timeouts, limits, politeness.
public struct FetchSettings: Sendable, Equatable {
    /// Seconds without a byte from the server before a request gives up.
    public var timeout: TimeInterval
    /// Seconds a whole fetch run may take, every feed and linked page in it:
    /// what is still under way then is given up, and feeds not started are
    /// left for the next fetch.
    public var runTimeout: TimeInterval
    /// The largest response body read, after decompression.
    public var maxBytes: Int
    public var maxRedirects: Int
    /// Feeds fetched at the same time.
    public var concurrentFeeds: Int
    /// New items written per feed and fetch, at most (the feed's first ones).
    public var maxItemsPerFeed: Int
    public var userAgent: String

    public static let userAgentString = "Byline/\(BylineVersion.number) (terminal news reader; +https://github.com/byline-reader/byline)"

    public init(timeout: TimeInterval = 20, runTimeout: TimeInterval = 300, maxBytes: Int = 10 * 1024 * 1024,
                maxRedirects: Int = 5, concurrentFeeds: Int = 4, maxItemsPerFeed: Int = 200,
                userAgent: String = FetchSettings.userAgentString) {
        self.timeout = timeout
        self.runTimeout = runTimeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.concurrentFeeds = concurrentFeeds
        self.maxItemsPerFeed = maxItemsPerFeed
        self.userAgent = userAgent
    }
}

/// Why a feed (or a linked page) could not be fetched and read: one note each.
public enum FetchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case refused(String)
    case httpStatus(Int)
    case timedOut(TimeInterval)
    /// The whole transfer took longer than allowed (a server that trickles).
    case tooSlow(TimeInterval)
    /// The fetch run's own deadline (`runTimeout`) came first.
    case runTimeUp(TimeInterval)
    case tooManyRedirects(Int)
    case redirectRefused(String)
    case tooLarge(limit: Int)
    case network(String)
    case feed(FeedParseError)
    case writeFailed(String)

    public var description: String {
        switch self {
        case .refused(let why): why
        case .httpStatus(404): "not found (HTTP 404); check the address"
        case .httpStatus(410): "gone (HTTP 410); the feed has been removed, unsubscribe with 'byline feeds remove'"
        case .httpStatus(429): "the server asks to slow down (HTTP 429); it will be tried again at the next fetch"
        case .httpStatus(let code) where code == 401 || code == 403: "access refused (HTTP \(code))"
        case .httpStatus(let code) where code >= 500: "the server failed (HTTP \(code)); it will be tried again at the next fetch"
        case .httpStatus(let code) where (300..<400).contains(code): "the server redirects (HTTP \(code)) without saying where (no Location)"
        case .httpStatus(let code): "unexpected HTTP status \(code)"
        case .timedOut(let seconds): "no answer within \(Self.seconds(seconds)); it will be tried again at the next fetch"
        case .tooSlow(let seconds): "the feed did not arrive whole within \(Self.seconds(seconds)) (a server sending it slowly); it will be tried again at the next fetch"
        case .runTimeUp(let seconds): "the fetch's \(Self.seconds(seconds)) were up before this feed arrived; it will be tried again at the next fetch"
        case .tooManyRedirects(let n): "more than \(n) redirects (a redirect loop?)"
        case .redirectRefused(let target): "redirected to \(target), which is not an http(s) address; not followed"
        case .tooLarge(let limit): "the response is larger than \(limit / (1024 * 1024)) MB; not read"
        case .network(let why): why
        case .feed(let error): error.description
        case .writeFailed(let why): "could not write the articles: \(why)"
        }
    }

    static func seconds(_ t: TimeInterval) -> String {
        t == t.rounded() ? "\(Int(t)) s" : String(format: "%.1f s", t)
    }
}
