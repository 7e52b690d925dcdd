import BylineApp
import BylineFeeds
import BylineKit
import BylineStore
import BylineTerminal
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// The reader's runtime run in process on a terminal in memory: the loop,
/// the background load, the article loads the state asks for, themes and
/// read marks, with articles written for each test.
@Suite("Runtime")
struct RuntimeTests {
    /// A folder of articles written for the test, and one for the state database.
    struct Library {
        let root: URL
        var articles: URL { root.appendingPathComponent("articles") }

        init(_ files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-runtime-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("articles"), withIntermediateDirectories: true)
            // (each file a day older than the one before it by name, so the
            // list, newest first, is in name order whenever the files are written)
            let day = 86_400.0, newest = Date(timeIntervalSince1970: 1_772_600_000)
            for (k, name) in files.keys.sorted().enumerated() {
                let url = root.appendingPathComponent("articles/\(name)")
                try files[name]!.write(to: url, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.modificationDate: newest.addingTimeInterval(-day * Double(k))], ofItemAtPath: url.path)
            }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        func services(saved: ReadingState? = nil, opened: @escaping (String) -> Void = { _ in }) -> ReaderServices {
            ReaderServices(paths: [articles.path], store: LibraryStore(cacheDirectory: nil), saved: saved,
                           feeds: FeedLocations(subscriptionsFile: root.appendingPathComponent("feeds.toml"),
                                                articlesFolder: root.appendingPathComponent("feeds"),
                                                stateFile: root.appendingPathComponent("feeds-state.json")),
                           openLink: { url, _ in opened(url); return "Opened \(url)" })
        }
    }

    static let harbour = """
        Title: Harbour council backs the new quay
        URL: https://example.org/quay

        The harbour council approved the new quay on Monday.

        "We have waited ten years for this," said Mara Tengu, the council's chair.
        """
    static let ferry = """
        Title: Ferry fares rise again

        Fares on the island ferry rose for the third time this year.

        "Families cannot keep paying more," Mara Tengu said on Tuesday.
        """

    func run(_ script: [TestBackend.Step], library: Library, saved: ReadingState? = nil,
             opened: @escaping (String) -> Void = { _ in }) throws -> TestBackend {
        let terminal = TestBackend(script: script)
        let setup = ReaderSetup(catalog: ThemeCatalog(shippedFolder: nil, userFolder: nil))
        try? ReaderRuntime.run(on: terminal, setup: setup, services: library.services(saved: saved, opened: opened))
        return terminal
    }

    /// `r`: a quick feed's articles join the list while a slow feed is still
    /// arriving, not after it.
    @Test func fetchedArticlesJoinWithoutWaitingForTheSlowestFeed() throws {
        let quick = """
            <rss version="2.0"><channel><title>Quick Wire</title>
            <item><title>Lighthouse keepers return to the island</title><link>https://quick.example/1</link><guid>q1</guid>
            <description>The keepers returned on Monday after a year away, the island council said.</description></item>
            </channel></rss>
            """
        let slow = "<rss version=\"2.0\"><channel><title>Slow Wire</title>" + String(repeating: " ", count: 400)
            + "<item><title>Slow news</title><link>https://slow.example/1</link><guid>s1</guid></item></channel></rss>"
        let server = try TestHTTPServer { request in
            request.path == "/quick.xml"
                ? .ok(Data(quick.utf8), type: "application/rss+xml")
                // a byte every 50 ms: twenty seconds of feed, far past the test
                : TestHTTPServer.Response(status: 200, headers: [("Content-Type", "application/rss+xml")], body: Data(slow.utf8), trickle: 0.05)
        }
        defer { server.stop() }
        let library = try Library(["a.txt": Self.harbour])
        defer { library.remove() }
        try """
            [[feed]]
            name = "Slow Wire"
            url = "\(server.url("/slow.xml"))"

            [[feed]]
            name = "Quick Wire"
            url = "\(server.url("/quick.xml"))"
            """.write(to: library.root.appendingPathComponent("feeds.toml"), atomically: true, encoding: .utf8)
        let terminal = try run([
            .waitFor("Articles (1)"), .key(.character("r")),
            .waitFor("Lighthouse keepers return"), .waitFor("Articles (2)"),
            .key(.character("Q")),
        ], library: library)
        #expect(terminal.gaveUpWaitingFor == nil, "screen: \(terminal.text)")
        #expect(!terminal.text.contains("Feeds: 2 of 2 fetched"), "the slow feed was still arriving:\n\(terminal.text)")
    }

    @Test func opensTheFirstArticleThenTheNextOnEnterAndQuits() throws {
        let library = try Library(["a.txt": Self.harbour, "b.txt": Self.ferry])
        defer { library.remove() }
        let terminal = try run([
            .waitFor("Articles (2)"), .waitFor("approved the new quay"),
            .key(.character("j")), .key(.enter), .waitFor("third time"),
            .key(.character("Q")),
        ], library: library)
        #expect(terminal.gaveUpWaitingFor == nil, "screen: \(terminal.text)")
        #expect(terminal.text.contains("Ferry fares rise again"))
    }

    @Test func theSpeakerJumpOpensTheNextArticleThatQuotesThem() throws {
        let library = try Library(["a.txt": Self.harbour, "b.txt": Self.ferry])
        defer { library.remove() }
        let terminal = try run([
            .waitFor("approved the new quay"), .key(.character("]")), .waitFor("Quote 1 of 1: Mara Tengu"),
            .key(.character("}")), .waitFor("Mara Tengu: quote 1 of 1 in the next article, Ferry fares rise again"),
            .key(.character("Q")),
        ], library: library)
        #expect(terminal.gaveUpWaitingFor == nil, "screen: \(terminal.text)")
        #expect(terminal.text.contains("Families cannot keep paying more"))
    }

    @Test func openingMarksReadInTheStateDatabaseAndTheLinkGoesToTheBrowser() throws {
        let library = try Library(["a.txt": Self.harbour, "b.txt": Self.ferry])
        defer { library.remove() }
        let saved = try ReadingState(path: library.root.appendingPathComponent("state.sqlite").path)
        var links: [String] = []
        let terminal = try run([
            .waitFor("approved the new quay"), .key(.enter), .key(.character("o")), .waitFor("Opened https://example.org/quay"),
            .key(.character("Q")),
        ], library: library, saved: saved, opened: { links.append($0) })
        #expect(terminal.gaveUpWaitingFor == nil, "screen: \(terminal.text)")
        #expect(links == ["https://example.org/quay"])
        let marks = try ReadingState(path: library.root.appendingPathComponent("state.sqlite").path).marks()
        #expect(marks.values.filter(\.read).count == 1, "only the article opened (Enter) is read, not the one shown at start")
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        let library = try Library(["a.txt": Self.harbour])
        defer { library.remove() }
        let terminal = try run([
            .waitFor("approved the new quay"), .resize(Size(width: 50, height: 12)), .waitFor("Harbour"),
            .key(.character("Q")),
        ], library: library)
        #expect(terminal.gaveUpWaitingFor == nil)
        #expect(terminal.screen?.size == Size(width: 50, height: 12))
    }

    /// Three articles in Norway (two quoting Mara Tengu, one twice) and one in Chile.
    static let norway = [
        "a-quay.txt": harbour.replacingOccurrences(of: "The harbour council", with: "The council in Bergen, Norway,"),
        "b-ferry.txt": "Title: Norway ferry fares rise again\n\nFares in Norway rose again.\n\n\"Families cannot keep paying more,\" said Mara Tengu.\n\n\"We will ask the ministry for help,\" said Mara Tengu.",
        "c-grain.txt": "Title: Chile grain harvest beats forecasts\n\nFarmers in Chile brought in a record harvest.\n\n\"The rain came at the right time,\" said Ivo Renner.",
        "d-fleet.txt": "Title: Fishing fleet returns to Tromsø\n\nThe fleet returned to Tromsø in Norway.\n\n\"Every boat came home,\" said Mara Tengu.",
    ]

    @Test func aFilterThenTheSpeakerJumpThroughTheArticlesItMatches() throws {
        let library = try Library(Self.norway)
        defer { library.remove() }
        var script: [TestBackend.Step] = [.waitFor("Articles (4)"), .key(.character("f"))]
        script += "country:norway".map { TestBackend.Step.key(.character($0)) }
        script += [
            .key(.enter), .waitFor("filter: country:norway  3 of 4 articles"),
            .key(.character("]")), .waitFor("Quote 1 of 1: Mara Tengu"),
            .key(.character("}")), .waitFor("Mara Tengu: quote 1 of 2 in the next article, Norway ferry fares rise again"),
            .key(.character("}")), .waitFor("Mara Tengu: quote 2 of 2 in this article"),
            .key(.character("}")), .waitFor("in the next article, Fishing fleet returns to Tromsø"),
            .key(.character("}")), .waitFor("No more quotes by Mara Tengu"),
            .key(.character("F")), .waitFor("Filter cleared: all 4 articles"),
            .key(.character("Q")),
        ]
        let terminal = try run(script, library: library)
        #expect(terminal.gaveUpWaitingFor == nil, "screen: \(terminal.text)")
    }

    @Test func theReaderCanStartFiltered() throws {
        let library = try Library(Self.norway)
        defer { library.remove() }
        let terminal = TestBackend(script: [.waitFor("1 of 4 articles"), .waitFor("Ivo Renner"), .key(.character("Q"))])
        let setup = ReaderSetup(catalog: ThemeCatalog(shippedFolder: nil, userFolder: nil), initialQuery: "speaker:renner")
        try? ReaderRuntime.run(on: terminal, setup: setup, services: library.services())
        #expect(terminal.gaveUpWaitingFor == nil, "screen: \(terminal.text)")
    }
}
