import BylineKit
import Foundation

/// What one feed's fetch came to.
public struct FeedResult: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// The feed was read; `newFiles` may be empty when nothing was new.
        case fetched
        /// HTTP 304: unchanged since the last fetch.
        case notModified
        case failed(FetchFailure)
    }

    public var feed: FeedSubscription
    public var outcome: Outcome
    /// Article files written, absolute paths, in the feed's order.
    public var newFiles: [String]
    /// Smaller problems (an item that could not be written, a linked page that
    /// could not be fetched), one line each.
    public var notes: [String]
    /// The name the feed had before this fetch named it after its own title
    /// (`feed` has the new one); nil when it kept its name.
    public var renamedFrom: String?

    public init(feed: FeedSubscription, outcome: Outcome, newFiles: [String] = [], notes: [String] = []) {
        self.feed = feed
        self.outcome = outcome
        self.newFiles = newFiles
        self.notes = notes
    }

    /// `Name (address): what went wrong`, for a failed feed.
    public var failureNote: String? {
        if case .failed(let failure) = outcome { return "\(feed.label): \(failure)" }
        return nil
    }
}

/// Progress for a status line: told when each feed starts and ends, from
/// whichever thread did the work.
public enum FetchProgress: Sendable, Equatable {
    case started(feed: FeedSubscription, index: Int, total: Int)
    case finished(FeedResult, done: Int, total: Int)

    /// `fetching 3 of 12: Meridian Wire`, `12 of 12 done`
    public var summary: String {
        switch self {
        case .started(let feed, let index, let total): "fetching \(index + 1) of \(total): \(feed.name)"
        case .finished(let result, let done, let total): "\(done) of \(total) feeds done (\(result.feed.name): \(result.shortOutcome))"
        }
    }
}

extension FeedResult {
    var shortOutcome: String {
        switch outcome {
        case .fetched: newFiles.isEmpty ? "nothing new" : "\(newFiles.count) new"
        case .notModified: "unchanged"
        case .failed: "failed"
        }
    }
}

/// The whole of a fetch: one result per feed (in the order asked), the new
/// article files, and one note per failed feed.
public struct FetchReport: Sendable, Equatable {
    public var results: [FeedResult]
    /// Problems not tied to one feed (a damaged state file, …).
    public var notes: [String]

    public init(results: [FeedResult], notes: [String] = []) {
        self.results = results
        self.notes = notes
    }

    public var newFiles: [String] { results.flatMap(\.newFiles) }
    public var failures: [String] { results.compactMap(\.failureNote) }
}

/// Fetches feeds into article files. Several feeds are fetched at once (at most
/// `settings.concurrentFeeds`); each feed's failure is its own and leaves other
/// feeds, stored articles and its own saved validators as they were, so it is
/// simply tried again next time. Validators and seen items are saved only
/// after a feed has been read and its articles written.
///
/// `fetch` is `async` and may be called from any task; cancelling that task
/// cancels the requests under way and starts no more feeds (the report then
/// has the feeds finished so far). The command line awaits it.
public struct FeedFetcher: Sendable {
    public var locations: FeedLocations
    public var settings: FetchSettings

    public init(locations: FeedLocations = FeedLocations(), settings: FetchSettings = FetchSettings()) {
        self.locations = locations
        self.settings = settings
    }

    /// `subscribed`: the whole list the feeds come from, when the caller has
    /// read it already (else it is read here).
    public func fetch(_ feeds: [FeedSubscription], among subscribed: [FeedSubscription]? = nil,
                      progress: @escaping @Sendable (FetchProgress) -> Void = { _ in }) async -> FetchReport {
        let (state, stateNote) = FetchState.load(from: locations.stateFile)
        // the names and folders taken, which a feed named at its first fetch must not take
        let subscribed = subscribed ?? (try? SubscriptionList.load(from: locations.subscriptionsFile).list.feeds) ?? []
        let namesInUse = Set((subscribed + feeds).flatMap(\.claims))
        let client = FeedHTTPClient(settings: settings)
        let total = feeds.count
        var results = [FeedResult?](repeating: nil, count: total)
        var records: [String: FeedRecord] = [:]
        await withTaskGroup(of: (Int, FeedResult, FeedRecord).self) { group in
            var next = 0
            var done = 0
            func startNext() {
                guard next < total, !Task.isCancelled else { return }
                // the run's time is up: the feeds not started wait for the next fetch
                if client.isRunOver {
                    for index in next..<total {
                        results[index] = FeedResult(feed: feeds[index], outcome: .failed(.runTimeUp(settings.runTimeout)))
                    }
                    next = total
                    return
                }
                let index = next
                let feed = feeds[index]
                let record = state.feeds[feed.url] ?? FeedRecord()
                next += 1
                progress(.started(feed: feed, index: index, total: total))
                group.addTask {
                    let (result, updated) = await fetchOne(feed, record: record, client: client, namesInUse: namesInUse)
                    return (index, result, updated)
                }
            }
            for _ in 0..<max(1, settings.concurrentFeeds) { startNext() }
            for await (index, result, record) in group {
                results[index] = result
                records[result.feed.url] = record
                done += 1
                progress(.finished(result, done: done, total: total))
                startNext()
            }
        }
        var notes = stateNote.map { [$0] } ?? []
        // merged into the state as it is now, so a fetch of other feeds meanwhile is kept
        var latest = FetchState.load(from: locations.stateFile).state
        for (url, record) in records { latest.feeds[url] = record }
        do {
            try latest.save(to: locations.stateFile)
        } catch {
            notes.append("\(locations.stateFile.path): could not save the fetch state (\(error.localizedDescription)); the next fetch reads every feed in full")
        }
        let finished = results.compactMap { $0 }
        notes += renameSubscriptions(after: finished)
        return FetchReport(results: finished, notes: notes)
    }

    /// The feeds this fetch named after their own titles, renamed in
    /// `feeds.toml` as it is now (read again: an edit meanwhile is kept).
    func renameSubscriptions(after results: [FeedResult]) -> [String] {
        let renamed = results.filter { $0.renamedFrom != nil }
        guard !renamed.isEmpty else { return [] }
        var notes: [String] = []
        do {
            var list = try SubscriptionList.load(from: locations.subscriptionsFile).list
            for result in renamed {
                guard let i = list.feeds.firstIndex(where: { $0.url == result.feed.url }) else { continue }
                list.feeds[i].name = result.feed.name
                notes.append("\(FeedText.quoted(result.renamedFrom ?? "")) (\(result.feed.url)) is now named \(FeedText.quoted(result.feed.name)), the feed's own title")
            }
            try list.save(to: locations.subscriptionsFile)
        } catch {
            notes.append("\(locations.subscriptionsFile.path): the feeds named at their first fetch could not be saved (\(error))")
        }
        return notes
    }

    /// The subscribed feeds of `feeds.toml`, or those of them named (by name or
    /// address; names not subscribed are left out with a note): what `r` in
    /// the reader calls. Entries of the file that were left out (a refused
    /// address, a mistake) and a file that cannot be read at all come back as
    /// notes of the report.
    public func fetchSubscribed(named names: [String] = [], progress: @escaping @Sendable (FetchProgress) -> Void = { _ in }) async -> FetchReport {
        let list: SubscriptionList
        var notes: [String]
        do {
            (list, notes) = try SubscriptionList.load(from: locations.subscriptionsFile)
        } catch {
            return FetchReport(results: [], notes: [error.description])
        }
        var feeds = list.feeds
        if !names.isEmpty {
            feeds = []
            for name in names {
                guard let index = list.index(of: name) else {
                    notes.append("no feed named or at \(FeedText.quoted(name))")
                    continue
                }
                if !feeds.contains(list.feeds[index]) { feeds.append(list.feeds[index]) }
            }
        }
        if feeds.isEmpty && notes.isEmpty {
            notes.append("no feeds to fetch: add one with 'byline feeds add URL'")
        }
        var report = await fetch(feeds, among: list.feeds, progress: progress)
        report.notes = notes + report.notes
        return report
    }

    /// Fetches and parses one feed without writing anything: what `byline
    /// feeds add` uses to check an address and learn the feed's title.
    public func probe(_ url: URL) async -> Result<FeedDocument, FetchFailure> {
        let client = FeedHTTPClient(settings: settings)
        switch await client.get(url) {
        case .failure(let failure): return .failure(failure)
        case .success(let response):
            guard (200..<300).contains(response.status) else {
                return .failure((300..<400).contains(response.status) ? .tooManyRedirects(settings.maxRedirects) : .httpStatus(response.status))
            }
            do {
                return .success(try FeedDocumentParser.parse(
                    response.body, url: response.url, contentType: response.header("Content-Type"),
                    contentLocation: response.header("Content-Location")))
            } catch {
                return .failure(.feed(error))
            }
        }
    }

    /// The story of an item's linked page, or a note saying why there is none.
    /// `publicOnly`: the feed came from a public address, so its links may
    /// not lead to a private or loopback one.
    static func page(at link: URL, client: FeedHTTPClient, feed: FeedSubscription, publicOnly: Bool) async -> (HTMLArticle?, String?) {
        switch await client.get(link, publicOnly: publicOnly) {
        case .success(let r) where (200..<300).contains(r.status):
            return (HTMLArticleExtractor.extract(ArticleTextDecoder.decode(r.body).text, baseURL: r.url.absoluteString), nil)
        case .success(let r):
            return (nil, "\(feed.label): \(FeedText.quoted(link.absoluteString)): \(FetchFailure.httpStatus(r.status)); the summary is kept")
        case .failure(let failure):
            return (nil, "\(feed.label): \(FeedText.quoted(link.absoluteString)): \(failure); the summary is kept")
        }
    }

    /// One feed: request (conditional), parse, write the new items.
    func fetchOne(_ feed: FeedSubscription, record: FeedRecord, client: FeedHTTPClient, namesInUse: Set<String> = []) async -> (FeedResult, FeedRecord) {
        var feed = feed, renamedFrom: String? = nil
        var record = record
        let now = Date()
        record.lastAttempt = now
        func failed(_ failure: FetchFailure, notes: [String] = []) -> (FeedResult, FeedRecord) {
            record.lastError = failure.description
            return (FeedResult(feed: feed, outcome: .failed(failure), newFiles: [], notes: notes), record)
        }
        let url: URL
        switch FeedURLPolicy.check(feed.url) {
        case .success(let u): url = u
        case .failure(let refusal): return failed(.refused(refusal.description))
        }
        var headers: [String: String] = [:]
        if let etag = record.etag { headers["If-None-Match"] = etag }
        if let modified = record.lastModified { headers["If-Modified-Since"] = modified }
        let response: HTTPResponse
        switch await client.get(url, headers: headers) {
        case .success(let r): response = r
        case .failure(let failure): return failed(failure)
        }
        if response.status == 304 {
            record.lastError = nil
            record.lastSuccess = now
            return (FeedResult(feed: feed, outcome: .notModified, newFiles: [], notes: []), record)
        }
        // (the client follows redirects itself and says when there were too
        // many: a 3xx still here is one it could not follow)
        guard (200..<300).contains(response.status) else { return failed(.httpStatus(response.status)) }
        let document: FeedDocument
        do {
            document = try FeedDocumentParser.parse(
                response.body, url: response.url, contentType: response.header("Content-Type"),
                contentLocation: response.header("Content-Location"))
        } catch {
            return failed(.feed(error))
        }
        // a feed added without a name takes its own title at its first fetch
        // (before any article is written under the name), unless another
        // feed has that name or folder
        if record.lastSuccess == nil, feed.hasDerivedName,
           let title = document.title.map({ String(ArticleTextFormat.oneLine($0).prefix(80)) }), !title.isEmpty {
            let renamed = FeedSubscription(name: title, url: feed.url, full: feed.full)
            if !renamed.claims.contains(where: namesInUse.contains) {
                renamedFrom = feed.name
                feed = renamed
            }
        }
        // the new items, in the feed's order
        let seen = Set(record.seen)
        let fresh = document.items.filter { !seen.contains($0.id) }.prefix(settings.maxItemsPerFeed)
        let folder = locations.folder(for: feed)
        var written: [String] = []
        var notes: [String] = document.notes.map { "\(feed.label): \($0)" }
        var remembered: [String] = []
        let items = Array(fresh)
        // an item whose file is there already (the state was lost) is not fetched again
        var pending: [Int] = []
        for (i, item) in items.enumerated() {
            let path = folder.appendingPathComponent(FeedArticleWriter.fileName(for: item)).path
            if FileManager.default.fileExists(atPath: path) { remembered.append(item.id) } else { pending.append(i) }
        }
        // with `full`, the linked pages of summary-only items, a few at a time
        let wanted: [(Int, URL)] = feed.full ? pending.compactMap { i in
            guard items[i].content == nil, let link = items[i].link.flatMap(URL.init(string:)) else { return nil }
            return (i, link)
        } : []
        var pages: [Int: HTMLArticle] = [:]
        var pageNotes: [Int: String] = [:]
        let named = feed
        let publicOnly = response.fromPublicAddress
        await withTaskGroup(of: (Int, HTMLArticle?, String?).self) { group in
            var next = 0
            func startNext() {
                guard next < wanted.count, !Task.isCancelled else { return }
                let (i, link) = wanted[next]
                next += 1
                group.addTask {
                    let (page, note) = await Self.page(at: link, client: client, feed: named, publicOnly: publicOnly)
                    return (i, page, note)
                }
            }
            for _ in 0..<3 { startNext() }
            for await (i, page, note) in group {
                pages[i] = page
                pageNotes[i] = note
                startNext()
            }
        }
        for i in pending {
            let item = items[i]
            if let note = pageNotes[i] { notes.append(note) }
            let text = FeedArticleWriter.text(for: item, feed: feed, page: pages[i], fetched: now)
            let name = FeedArticleWriter.fileName(for: item)
            do {
                if let url = try FeedArticleWriter.write(text, named: name, in: folder) { written.append(url.path) }
                remembered.append(item.id)
            } catch {
                notes.append("\(feed.label): \(name): could not be written (\(error.localizedDescription))")
            }
        }
        if !fresh.isEmpty && remembered.isEmpty {
            return failed(.writeFailed("no article could be written in \(folder.path)"), notes: notes)
        }
        record.remember(remembered)
        // validators are kept only when every item was written, so that an
        // item that could not be is tried again (the next request is not a 304)
        if remembered.count == items.count {
            record.etag = response.header("ETag")
            record.lastModified = response.header("Last-Modified")
        }
        record.lastError = nil
        record.lastSuccess = now
        var result = FeedResult(feed: feed, outcome: .fetched, newFiles: written, notes: notes)
        result.renamedFrom = renamedFrom
        return (result, record)
    }
}
