import BylineTestSupport
@testable import BylineFeeds
import BylineKit
import Foundation
import Testing

/// The fetcher against the local test server: every format, the failure
/// cases, conditional requests, and what is (and is not) written.
@Suite struct FetcherTests {
    /// The routes every test may use.
    static func routes(_ request: TestHTTPServer.Request, etag: String = "\"v1\"") -> TestHTTPServer.Response {
        switch request.path {
        case "/rss2.xml": .ok(Fixtures.data("rss2.xml"), type: "application/rss+xml")
        case "/rss2-gzip.xml":
            .ok(Fixtures.data("rss2.xml.gz"), type: "application/rss+xml", headers: [("Content-Encoding", "gzip")])
        case "/rss1.rdf": .ok(Fixtures.data("rss1.rdf"), type: "application/rdf+xml")
        case "/atom.xml": .ok(Fixtures.data("atom.xml"), type: "application/atom+xml")
        case "/feed.json": .ok(Fixtures.data("feed.json"), type: "application/feed+json")
        case "/page.html": .ok(Fixtures.data("page.html"), type: "text/html")
        case "/2026/03/bridge": .ok(Fixtures.data("article.html"), type: "text/html")
        case "/invalid.xml": .ok(Fixtures.data("invalid.xml"), type: "application/xml")
        case "/image.png": .ok(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]), type: "image/png")
        case "/missing.xml": .status(404)
        case "/broken.xml": .status(500)
        case "/slow.xml": TestHTTPServer.Response(status: 200, body: Fixtures.data("rss2.xml"), delay: 2.5)
        case "/loop-a": .redirect(to: "/loop-b")
        case "/loop-b": .redirect(to: "/loop-a")
        case "/moved.xml": .redirect(to: "/atom.xml", status: 301)
        case "/nowhere.xml": .status(302)
        case "/trickle.xml": TestHTTPServer.Response(status: 200, body: Fixtures.data("rss2.xml"), trickle: 0.05)
        case "/huge.xml": .ok(Data(count: 20 * 1024 * 1024), type: "application/xml")
        // 24 KB on the wire, 24 MB once inflated (a feed of spaces, gzip -9)
        case "/inflating.xml":
            .ok(Fixtures.data("inflating.xml.gz"), type: "application/rss+xml", headers: [("Content-Encoding", "gzip")])
        case "/endless.xml": TestHTTPServer.Response(status: 200, body: Data(count: 100_000), trickle: 0.2)
        case "/half.xml":
            .ok(Data("<rss version=\"2.0\"><channel><title>Half</title><item><title>Locks repaired</title><link>https://half.example/1</link></item>\n<item><title>Ferry <b>late</title></item></channel></rss>".utf8), type: "application/rss+xml")
        case "/koi8.xml":
            // "Мост" (bridge) in KOI8-R, a relative link, the charset and base only in the headers
            .ok(Data("<rss version=\"2.0\"><channel><title>K</title><item><title>".utf8) + Data([0xED, 0xCF, 0xD3, 0xD4])
                + Data("</title><link>bridge.html</link><guid>k-1</guid></item></channel></rss>".utf8),
                type: "application/rss+xml; charset=koi8-r", headers: [("Content-Location", "https://mirror.example/news/")])
        case "/twins.xml":
            .ok(Data("<rss version=\"2.0\"><channel><title>Twins</title><item><title>Road closed</title><guid isPermaLink=\"false\">s</guid></item><item><title>Road reopened</title><guid isPermaLink=\"false\">s</guid></item></channel></rss>".utf8), type: "application/rss+xml")
        case "/etag.xml":
            if request.headers["if-none-match"] == etag {
                TestHTTPServer.Response(status: 304, headers: [("ETag", etag)])
            } else {
                .ok(Fixtures.data("rss1.rdf"), type: "application/rdf+xml", headers: [("ETag", etag), ("Last-Modified", "Sat, 14 Mar 2026 10:00:00 GMT")])
            }
        default: .status(404)
        }
    }

    static func fetcher(_ home: TemporaryHome, timeout: TimeInterval = 1) -> FeedFetcher {
        FeedFetcher(locations: home.locations, settings: FetchSettings(timeout: timeout))
    }

    @Test func aFeedAddedWithoutANameTakesItsOwnTitleAtItsFirstFetch() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let gazette = try #require(URL(string: server.url("/atom.xml")))
        let wire = try #require(URL(string: server.url("/rss2.xml")))
        // two feeds of one host, imported without names: never one name
        let unnamed = [FeedSubscription(name: FeedSubscription.defaultName(for: gazette), url: gazette.absoluteString),
                       FeedSubscription(name: FeedSubscription.defaultName(for: wire), url: wire.absoluteString)]
        #expect(unnamed.map(\.name) == ["127.0.0.1/atom", "127.0.0.1/rss2"])
        // the wire's title is taken by a feed named by hand
        let named = FeedSubscription(name: "Meridian Wire & Partners", url: server.url("/feed.json"))
        try SubscriptionList(feeds: unnamed + [named]).save(to: home.locations.subscriptionsFile)

        let report = await Self.fetcher(home).fetch(unnamed)
        #expect(report.results.map(\.feed.name) == ["Harbour Gazette", "127.0.0.1/rss2"])
        #expect(report.results[0].renamedFrom == "127.0.0.1/atom")
        #expect(report.notes.contains { $0.contains("is now named 'Harbour Gazette', the feed's own title") })
        let saved = try SubscriptionList.load(from: home.locations.subscriptionsFile).list.feeds.map(\.name)
        #expect(saved == ["Harbour Gazette", "127.0.0.1/rss2", "Meridian Wire & Partners"])
        let first = try #require(report.results[0].newFiles.first)
        #expect(URL(fileURLWithPath: first).deletingLastPathComponent().lastPathComponent == "harbour-gazette")
        #expect(try String(contentsOfFile: first, encoding: .utf8).contains("\nSource: Harbour Gazette\n"))

        // a feed renamed by hand afterwards keeps that name
        var list = try SubscriptionList.load(from: home.locations.subscriptionsFile).list
        list.feeds[0].name = "Gazette"
        try list.save(to: home.locations.subscriptionsFile)
        let again = await Self.fetcher(home).fetch(list.feeds)
        #expect(again.results.allSatisfy { $0.renamedFrom == nil })
    }

    /// A server that sends its feed a byte at a time keeps the idle timeout
    /// from firing; the deadline on the whole transfer ends the wait, and the
    /// other feeds' articles arrive all the same.
    @Test func aTricklingServerIsGivenUpAtTheDeadline() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let report = await Self.fetcher(home).fetch([
            FeedSubscription(name: "Trickle", url: server.url("/trickle.xml")),
            FeedSubscription(name: "Wire", url: server.url("/rss2.xml")),
        ])
        #expect(report.failures == ["Trickle (\(server.url("/trickle.xml"))): the feed did not arrive whole within 1 s (a server sending it slowly); it will be tried again at the next fetch"])
        #expect(report.results.first { $0.feed.name == "Wire" }?.newFiles.count == 2)
    }

    /// The limit is on the body as decoded: a small gzip that inflates past
    /// it is refused, and the other feeds still arrive.
    @Test func aBodyThatInflatesPastTheLimitIsRefused() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let report = await Self.fetcher(home).fetch([
            FeedSubscription(name: "Inflating", url: server.url("/inflating.xml")),
            FeedSubscription(name: "Wire", url: server.url("/rss2.xml")),
        ])
        #expect(report.failures == ["Inflating (\(server.url("/inflating.xml"))): the response is larger than 10 MB; not read"])
        #expect(report.results.first { $0.feed.name == "Wire" }?.newFiles.count == 2)
    }

    /// Cancelling the task that waits ends the transfer (within curl's next
    /// check, a second at most), long before the deadline or the body's end.
    @Test func cancellingAFetchEndsItsTransfer() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let client = FeedHTTPClient(settings: FetchSettings(timeout: 600))
        let task = Task { await client.get(URL(string: server.url("/endless.xml"))!) }
        try await Task.sleep(nanoseconds: 300_000_000)
        task.cancel()
        guard case .failure(let failure) = await task.value else { Issue.record("the endless body was read"); return }
        #expect(failure == .network("cancelled"))
    }

    /// The run's own deadline ends what is under way and leaves the feeds
    /// not started for the next fetch, each said.
    @Test func theRunsDeadlineEndsItWhateverTheFeedsDo() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let fetcher = FeedFetcher(locations: home.locations, settings: FetchSettings(timeout: 60, runTimeout: 1, concurrentFeeds: 1))
        let report = await fetcher.fetch([
            FeedSubscription(name: "Trickle", url: server.url("/trickle.xml")),
            FeedSubscription(name: "Wire", url: server.url("/rss2.xml")),
        ])
        let why = "the fetch's 1 s were up before this feed arrived; it will be tried again at the next fetch"
        #expect(report.failures == ["Trickle (\(server.url("/trickle.xml"))): \(why)", "Wire (\(server.url("/rss2.xml"))): \(why)"])
    }

    @Test func aRedirectThatSaysNotWhereIsCalledSo() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let report = await Self.fetcher(home).fetch([FeedSubscription(name: "Nowhere", url: server.url("/nowhere.xml"))])
        #expect(report.failures == ["Nowhere (\(server.url("/nowhere.xml"))): the server redirects (HTTP 302) without saying where (no Location)"])
    }

    @Test func everyFormatIsWrittenAsArticles() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let feeds = [
            FeedSubscription(name: "Meridian Wire", url: server.url("/rss2.xml")),
            FeedSubscription(name: "Northstar", url: server.url("/rss1.rdf")),
            FeedSubscription(name: "Harbour Gazette", url: server.url("/atom.xml")),
            FeedSubscription(name: "Lantern", url: server.url("/feed.json")),
        ]
        let events = EventLog()
        let report = await Self.fetcher(home).fetch(feeds) { events.add($0) }
        #expect(report.failures.isEmpty)
        #expect(report.results.map(\.newFiles.count) == [2, 1, 3, 2])
        #expect(events.count == 8)
        for file in report.newFiles {
            #expect(file.hasPrefix(home.locations.articlesFolder.path + "/"))
            #expect(file.hasSuffix(".txt"))
        }
        let grain = try #require(report.results[0].newFiles.first)
        #expect(URL(fileURLWithPath: grain).lastPathComponent.hasPrefix("2026-03-14-grain-corridor-talks-resume-in-istanbul-"))
        #expect(URL(fileURLWithPath: grain).deletingLastPathComponent().lastPathComponent == "meridian-wire")
        let text = try String(contentsOfFile: grain, encoding: .utf8)
        #expect(text == """
            Title: Grain corridor talks resume in Istanbul
            Source: Meridian Wire
            Author: Tomas Ferreira-Lind
            Date: 2026-03-14T09:30:00Z
            URL: https://meridian.example/world/grain-corridor

            Negotiators from Ukraine and Turkey met in Istanbul on Friday to restart talks on the grain corridor.

            - A deal by spring? -

            Trade envoy Marta Kovalenko said the talks were "moving in the right direction" and that a deal was possible by April.

            "We have not agreed on anything yet," a Turkish official said.

            • Shipping insurance

            • Port inspections

            Prices rose 3% \u{2014} the highest since 2024 \u{2014} traders said.

            """)
        // the library reads them like any article, with their entities
        let library = try ArticleLibrary.load(paths: [home.locations.articlesFolder.path])
        #expect(library.articles.count == 8)
        let parsed = try #require(library.articles.first { $0.title == "Grain corridor talks resume in Istanbul" })
        #expect(parsed.header.source == "Meridian Wire")
        #expect(parsed.countries.map(\.name).contains("Ukraine"))
        #expect(parsed.paragraphs.contains(Paragraph(kind: .heading, text: "A deal by spring?")))
        #expect(parsed.quotes.contains { $0.speaker == "Marta Kovalenko" })
        // a polite, identifiable request
        let request = try #require(server.requests.first { $0.path == "/rss2.xml" })
        #expect(request.headers["user-agent"]?.hasPrefix("Byline/") == true)
        #expect(request.headers["accept-encoding"]?.contains("gzip") == true)
    }

    @Test func gzipAndRedirectsAreFollowed() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let report = await Self.fetcher(home).fetch([
            FeedSubscription(name: "Zipped", url: server.url("/rss2-gzip.xml")),
            FeedSubscription(name: "Moved", url: server.url("/moved.xml")),
        ])
        #expect(report.failures.isEmpty)
        #expect(report.results.map(\.newFiles.count) == [2, 3])
    }

    @Test func everyFailureIsOneNoteAndTheOthersStillArrive() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let fetcher = FeedFetcher(locations: home.locations, settings: FetchSettings(timeout: 1, concurrentFeeds: 8))
        let cases: [(String, String)] = [
            ("Missing", "/missing.xml"), ("Broken", "/broken.xml"), ("Slow", "/slow.xml"), ("Loop", "/loop-a"),
            ("Invalid", "/invalid.xml"), ("Huge", "/huge.xml"), ("Page", "/page.html"), ("Image", "/image.png"),
        ]
        var feeds = cases.map { FeedSubscription(name: $0.0, url: server.url($0.1)) }
        feeds.insert(FeedSubscription(name: "Good", url: server.url("/atom.xml")), at: 4)
        feeds.append(FeedSubscription(name: "Refused", url: "file:///etc/passwd"))
        let report = await fetcher.fetch(feeds)
        let notes = Dictionary(uniqueKeysWithValues: report.results.map { ($0.feed.name, $0.failureNote ?? "") })
        #expect(report.results.first { $0.feed.name == "Good" }?.newFiles.count == 3)
        #expect(report.failures.count == 9)
        #expect(notes["Missing"] == "Missing (\(server.url("/missing.xml"))): not found (HTTP 404); check the address")
        #expect(notes["Broken"]?.contains("HTTP 500") == true)
        #expect(notes["Slow"]?.contains("no answer within 1 s") == true)
        #expect(notes["Loop"]?.contains("redirects") == true)
        #expect(notes["Invalid"]?.contains("invalid XML at line 3") == true)
        #expect(notes["Huge"]?.contains("larger than 10 MB") == true)
        #expect(notes["Page"]?.contains("web page, not a feed") == true)
        #expect(notes["Page"]?.contains(server.url("/atom.xml")) == true)
        #expect(notes["Image"]?.contains("not a feed") == true)
        #expect(notes["Refused"]?.contains("only http:// and https://") == true)
        // nothing written for the failures, and each is tried again next time
        let folders = try FileManager.default.contentsOfDirectory(atPath: home.locations.articlesFolder.path)
        #expect(folders == ["good"])
        let state = FetchState.load(from: home.locations.stateFile).state
        #expect(state.feeds[server.url("/missing.xml")]?.lastError?.contains("404") == true)
        #expect(state.feeds[server.url("/atom.xml")]?.lastError == nil)
        let before = server.requests.filter { $0.path == "/missing.xml" }.count
        _ = await fetcher.fetch([feeds[0]])
        #expect(server.requests.filter { $0.path == "/missing.xml" }.count == before + 1)
    }

    @Test func conditionalRequestsCostOne304() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let feed = FeedSubscription(name: "Tagged", url: server.url("/etag.xml"))
        let first = await Self.fetcher(home).fetch([feed])
        #expect(first.results[0].outcome == .fetched)
        #expect(first.newFiles.count == 1)
        let second = await Self.fetcher(home).fetch([feed])
        #expect(second.results[0].outcome == .notModified)
        #expect(second.newFiles.isEmpty)
        let requests = server.requests.filter { $0.path == "/etag.xml" }
        #expect(requests.count == 2)
        #expect(requests[0].headers["if-none-match"] == nil)
        #expect(requests[1].headers["if-none-match"] == "\"v1\"")
        #expect(requests[1].headers["if-modified-since"] == "Sat, 14 Mar 2026 10:00:00 GMT")
    }

    @Test func aChangedFeedIsReadAgainAndOnlyNewItemsWritten() async throws {
        let version = VersionBox()
        let server = try TestHTTPServer { request in
            if request.path == "/changing.xml" {
                let tag = "\"v\(version.value)\""
                if request.headers["if-none-match"] == tag { return TestHTTPServer.Response(status: 304, headers: [("ETag", tag)]) }
                return .ok(Fixtures.data(version.value == 1 ? "rss1.rdf" : "rss2.xml"), type: "application/xml", headers: [("ETag", tag)])
            }
            return Self.routes(request)
        }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let feed = FeedSubscription(name: "Changing", url: server.url("/changing.xml"))
        #expect(await Self.fetcher(home).fetch([feed]).newFiles.count == 1)
        version.value = 2
        let changed = await Self.fetcher(home).fetch([feed])
        #expect(changed.results[0].outcome == .fetched)
        #expect(changed.newFiles.count == 2)
        // a deleted article is not fetched again; the others are never rewritten
        try FileManager.default.removeItem(atPath: changed.newFiles[0])
        version.value = 3
        let again = await Self.fetcher(home).fetch([feed])
        #expect(again.results[0].outcome == .fetched)
        #expect(again.newFiles.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: changed.newFiles[0]))
    }

    @Test func aLostStateFileNeverDuplicatesOrOverwrites() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let feed = FeedSubscription(name: "Meridian Wire", url: server.url("/rss2.xml"))
        let first = await Self.fetcher(home).fetch([feed])
        #expect(first.newFiles.count == 2)
        try "edited by hand\n".write(toFile: first.newFiles[0], atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: home.locations.stateFile)
        let second = await Self.fetcher(home).fetch([feed])
        #expect(second.results[0].outcome == .fetched)
        #expect(second.newFiles.isEmpty)
        #expect(try String(contentsOfFile: first.newFiles[0], encoding: .utf8) == "edited by hand\n")
        let folder = home.locations.folder(for: feed).path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2)
    }

    @Test func cancellingTheTaskCancelsTheRequestsAndStartsNoMore() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let fetcher = FeedFetcher(locations: home.locations, settings: FetchSettings(timeout: 30, concurrentFeeds: 1))
        let feeds = [FeedSubscription(name: "Slow", url: server.url("/slow.xml")), FeedSubscription(name: "Gazette", url: server.url("/atom.xml"))]
        let task = Task { await fetcher.fetch(feeds) }
        for _ in 0..<1_000 where !server.requests.contains(where: { $0.path == "/slow.xml" }) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(server.requests.contains { $0.path == "/slow.xml" }, "the slow feed was asked for")
        task.cancel()
        let report = await task.value
        #expect(report.results.map(\.feed.name) == ["Slow"])
        #expect(report.failures == ["Slow (\(server.url("/slow.xml"))): cancelled"])
        #expect(!server.requests.contains { $0.path == "/atom.xml" })
    }

    @Test func articlesThatCannotBeWrittenAreTriedAgain() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let feed = FeedSubscription(name: "Tagged", url: server.url("/etag.xml"))
        // a file where the feed's folder should be
        let folder = home.locations.folder(for: feed)
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("in the way".utf8).write(to: folder)
        let blocked = await Self.fetcher(home).fetch([feed])
        #expect(blocked.failures.count == 1)
        #expect(blocked.failures[0].hasPrefix("Tagged (\(feed.url)): could not write the articles"))
        #expect(FetchState.load(from: home.locations.stateFile).state.feeds[feed.url]?.etag == nil)
        try FileManager.default.removeItem(at: folder)
        let again = await Self.fetcher(home).fetch([feed])
        #expect(again.results[0].outcome == .fetched)
        #expect(again.newFiles.count == 1)
        #expect(server.requests.filter { $0.path == "/etag.xml" }.allSatisfy { $0.headers["if-none-match"] == nil })
    }

    @Test func fetchSubscribedReadsTheSubscriptionsFile() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let fetcher = Self.fetcher(home)
        let none = await fetcher.fetchSubscribed()
        #expect(none.results.isEmpty)
        #expect(none.notes == ["no feeds to fetch: add one with 'byline feeds add URL'"])
        try FileManager.default.createDirectory(at: home.locations.subscriptionsFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try """
            [[feed]]
            name = "Lantern"
            url = "\(server.url("/feed.json"))"

            [[feed]]
            name = "Evil"
            url = "|touch /tmp/byline-evil"
            """.write(to: home.locations.subscriptionsFile, atomically: true, encoding: .utf8)
        let report = await fetcher.fetchSubscribed()
        #expect(report.results.map(\.feed.name) == ["Lantern"])
        #expect(report.newFiles.count == 2)
        #expect(report.notes.count == 1)
        #expect(report.notes[0].contains("commands are never run"))
        let named = await fetcher.fetchSubscribed(named: ["lantern", "Nobody"])
        #expect(named.results.map(\.outcome) == [.fetched])
        #expect(named.newFiles.isEmpty)
        #expect(named.notes.last == "no feed named or at 'Nobody'")
        try "[[feed]\n".write(to: home.locations.subscriptionsFile, atomically: true, encoding: .utf8)
        let broken = await fetcher.fetchSubscribed()
        #expect(broken.results.isEmpty)
        #expect(broken.notes.first?.contains("not valid TOML") == true)
    }

    @Test func fullFetchesTheLinkedPageForSummaryOnlyItems() async throws {
        let server = try TestHTTPServer { request in
            if request.path == "/summary.xml" {
                let feed = """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>S</title>
                    <item><title>Bridge reopens</title><link>SERVER/2026/03/bridge</link><guid>b1</guid>
                    <description>The bridge reopened.</description></item>
                    <item><title>Gone</title><link>SERVER/missing-page</link><guid>b2</guid>
                    <description>A page that is not there.</description></item></channel></rss>
                    """
                return .ok(Data(feed.replacingOccurrences(of: "SERVER", with: "http://\(request.headers["host"] ?? "")").utf8), type: "application/rss+xml")
            }
            return Self.routes(request)
        }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let report = await Self.fetcher(home).fetch([FeedSubscription(name: "Summaries", url: server.url("/summary.xml"), full: true)])
        #expect(report.newFiles.count == 2)
        #expect(report.results[0].notes.count == 1)
        #expect(report.results[0].notes[0].contains("404"))
        let bridge = try #require(report.newFiles.first { $0.contains("bridge-reopens") })
        let article = ArticleParser.parse(try String(contentsOfFile: bridge, encoding: .utf8), file: bridge)
        #expect(article.title == "Bridge reopens")
        #expect(article.paragraphs.contains { $0.text.contains("eight months of repairs") })
        #expect(!article.paragraphs.contains { $0.text.contains("cookies") || $0.text.contains("sponsored") })
    }

    /// What the parser forgives reaches the fetch: the items before a break
    /// are written with a note, the headers' charset and location apply, and
    /// two items sharing an id are two articles.
    @Test func forgivenFeedsAreWrittenWithTheirNotes() async throws {
        let server = try TestHTTPServer { Self.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        let report = await Self.fetcher(home).fetch([
            FeedSubscription(name: "Half", url: server.url("/half.xml")),
            FeedSubscription(name: "Koi", url: server.url("/koi8.xml")),
            FeedSubscription(name: "Twins", url: server.url("/twins.xml")),
        ])
        #expect(report.failures.isEmpty)
        let half = try #require(report.results.first { $0.feed.name == "Half" })
        #expect(half.newFiles.count == 1)
        #expect(half.notes == ["Half (\(server.url("/half.xml"))): the XML breaks off at line 2 (an element is closed by a different tag, or not closed); 1 item before it read"])
        let koi = try #require(report.results.first { $0.feed.name == "Koi" }?.newFiles.first)
        let text = try String(contentsOfFile: koi, encoding: .utf8)
        #expect(text.contains("Title: \u{41C}\u{43E}\u{441}\u{442}\n"))
        #expect(text.contains("URL: https://mirror.example/news/bridge.html\n"))
        #expect(report.results.first { $0.feed.name == "Twins" }?.newFiles.count == 2)
    }
}

final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [FetchProgress] = []
    func add(_ event: FetchProgress) { lock.withLock { events.append(event) } }
    var count: Int { lock.withLock { events.count } }
}

final class VersionBox: @unchecked Sendable {
    private let lock = NSLock()
    private var v = 1
    var value: Int {
        get { lock.withLock { v } }
        set { lock.withLock { v = newValue } }
    }
}
