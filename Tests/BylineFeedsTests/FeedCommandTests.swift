import BylineTestSupport
import Foundation
import Testing

/// `byline feeds …` and `byline fetch` through the real binary, with the XDG
/// folders in a temporary home and the feeds on the local test server.
@Suite struct FeedCommandTests {
    func byline(_ arguments: [String], home: TemporaryHome) throws -> Subprocess.Output {
        let binary = try #require(BylineBinary.path, "the byline binary was not built")
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in home.environment { environment[key] = value }
        return try Subprocess.run(binary, arguments, environment: environment, directory: home.root.path)
    }

    @Test func subscribeFetchAndReadThroughTheLibrary() throws {
        let server = try TestHTTPServer { FetcherTests.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }

        var run = try byline(["feeds", "add", server.url("/rss2.xml"), "--name", "Meridian Wire"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "added Meridian Wire\t\(server.url("/rss2.xml"))\n")
        run = try byline(["feeds", "add", server.url("/feed.json"), "--name", "meridian wire"], home: home)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is taken"))
        run = try byline(["feeds", "add", server.url("/atom.xml"), "--name", "Gazette", "--full"], home: home)
        #expect(run.status == 0)
        run = try byline(["feeds", "add", server.url("/missing.xml"), "--name", "Missing"], home: home)
        #expect(run.status == 0)
        run = try byline(["feeds", "add", server.url("/rss2.xml")], home: home)
        #expect(run.status == 2)
        #expect(run.stderr.contains("already subscribed"))

        let toml = try String(contentsOf: home.locations.subscriptionsFile, encoding: .utf8)
        #expect(toml.contains("name = \"Gazette\"\nurl = \"\(server.url("/atom.xml"))\"\nfull = true\n"))

        run = try byline(["fetch", "--timeout", "2"], home: home)
        #expect(run.status == 1)
        // nothing but Byline's own folders under the XDG homes (URLSession,
        // used before libcurl, left folders of Foundation's there)
        for folder in ["data", "cache"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: home.root.appendingPathComponent(folder).path)) ?? []
            #expect(names.allSatisfy { $0 == "byline" }, "\(folder): \(names)")
        }
        // every line and every error names the feed and its address
        #expect(run.stdout == "Meridian Wire\t\(server.url("/rss2.xml"))\t2 new\nGazette\t\(server.url("/atom.xml"))\t3 new\nMissing\t\(server.url("/missing.xml"))\tfailed\n")
        #expect(run.stderr.contains("byline: Missing (\(server.url("/missing.xml"))): not found (HTTP 404)"))
        #expect(run.stderr.contains("5 new articles in \(home.locations.articlesFolder.path)"))

        run = try byline(["fetch", "Meridian Wire"], home: home)
        #expect(run.status == 0)
        #expect(run.stdout == "Meridian Wire\t\(server.url("/rss2.xml"))\tnothing new\n")

        run = try byline(["feeds", "list"], home: home)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("Meridian Wire\t\(server.url("/rss2.xml"))\tfetched "))
        #expect(lines[1].hasPrefix("Gazette\t\(server.url("/atom.xml"))\tfull, fetched "))
        #expect(lines[2].hasPrefix("Missing\t\(server.url("/missing.xml"))\tfailed: not found"))

        // no PATH, no ./Articles: the default library, feeds included
        run = try byline(["list", "--query", "country:ukraine"], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Grain corridor talks resume in Istanbul"))
        run = try byline(["list"], home: home)
        #expect(run.stdout.split(separator: "\n").count == 5)

        run = try byline(["feeds", "remove", "missing"], home: home)
        #expect(run.status == 0)
        run = try byline(["feeds", "remove", server.url("/rss2.xml")], home: home)
        #expect(run.status == 0)
        #expect(run.stderr.contains("its articles stay in"))
        run = try byline(["feeds", "list"], home: home)
        #expect(run.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["Gazette"])
        run = try byline(["feeds", "remove", "nothing-like-it"], home: home)
        #expect(run.status == 2)
    }

    @Test func addReadsTheFeedForItsTitleAndFollowsAPageToItsFeed() throws {
        let server = try TestHTTPServer { FetcherTests.routes($0) }
        defer { server.stop() }
        let home = try TemporaryHome()
        defer { home.remove() }
        var run = try byline(["feeds", "add", server.url("/rss2.xml")], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "added Meridian Wire & Partners\t\(server.url("/rss2.xml"))\n")
        run = try byline(["feeds", "add", server.url("/page.html")], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "byline: the page names its feed at \(server.url("/atom.xml")); subscribing to that\n")
        #expect(run.stdout == "added Harbour Gazette\t\(server.url("/atom.xml"))\n")
        run = try byline(["feeds", "add", server.url("/page.html")], home: home)
        #expect(run.status == 2)
        #expect(run.stderr.contains("already subscribed to as 'Harbour Gazette'"))
        run = try byline(["feeds", "add", server.url("/2026/03/bridge")], home: home)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is a web page, not a feed, and names none"))
        run = try byline(["feeds", "add", server.url("/broken.xml")], home: home)
        #expect(run.status == 0)
        #expect(run.stdout == "added 127.0.0.1/broken\t\(server.url("/broken.xml"))\n", "named by host and path until a fetch gives its title")
        #expect(run.stderr.contains("could not read the feed now (the server failed (HTTP 500)"))
    }

    @Test func hostileAddressesAreRefusedAndNeverRun() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let marker = home.root.appendingPathComponent("pwned").path
        for hostile in ["exec:touch \(marker)", "|touch \(marker)", "file:///etc/passwd", "$(touch \(marker))"] {
            let run = try byline(["feeds", "add", hostile], home: home)
            #expect(run.status == 2, "\(hostile)")
            #expect(run.stderr.contains("refused"), "\(hostile): \(run.stderr)")
        }
        let opml = home.root.appendingPathComponent("hostile.opml")
        try Fixtures.text("subscriptions.opml").replacingOccurrences(of: "/tmp/byline-opml-pwned", with: marker)
            .write(to: opml, atomically: true, encoding: .utf8)
        let run = try byline(["feeds", "import", opml.path], home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "imported 2 feeds; 4 refused\n")
        #expect(run.stderr.components(separatedBy: "not imported").count - 1 == 4)
        #expect(!FileManager.default.fileExists(atPath: marker))
        let list = try byline(["feeds", "list"], home: home)
        #expect(list.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["Meridian Wire", "Harbour Gazette"])
        // a hand-written hostile entry is left out with a note, never fetched
        try "[[feed]]\nname = \"Evil\"\nurl = \"exec:touch \(marker)\"\n".write(to: home.locations.subscriptionsFile, atomically: true, encoding: .utf8)
        let fetch = try byline(["fetch"], home: home)
        #expect(fetch.status == 2)
        #expect(fetch.stderr.contains("feed 1: 'exec:touch"))
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    /// `byline feeds parse`: saved feeds read without subscribing, with the
    /// headers they came with; a file that cannot be read says why, in words.
    @Test func parseReadsSavedFeedsWithTheirHeaders() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let good = home.root.appendingPathComponent("good.xml")
        try "<rss version=\"2.0\"><channel><title>Dockside &amp; Co</title><item><title>Q&A on tolls</title><link>tolls?a=1&b=2</link></item></channel></rss>"
            .write(to: good, atomically: true, encoding: .utf8)
        let latin = home.root.appendingPathComponent("latin.xml")
        try (Data("<rss version=\"2.0\"><channel><title>T</title><item><title>Sj".utf8) + Data([0xF8]) + Data("en</title></item></channel></rss>".utf8))
            .write(to: latin)
        let broken = home.root.appendingPathComponent("broken.xml")
        try "<rss version=\"2.0\"><channel><title>T</title>\n<item><title a=>x</title></item></channel></rss>".write(to: broken, atomically: true, encoding: .utf8)

        var run = try byline(["feeds", "parse", "--url", "https://dock.example/feed/", good.path, broken.path], home: home)
        #expect(run.status == 1)
        #expect(run.stdout == "\(good.path)\tRSS\tDockside & Co\t1 item\n  undated\tQ&A on tolls\thttps://dock.example/feed/tolls?a=1&b=2\n")
        #expect(run.stderr == "byline: \(broken.path): invalid XML at line 2: a malformed attribute (a quote missing?)\n")

        // the same byte is ø in Latin-1 (the guess without a header) and Ь in the KOI8-R the header names
        for (header, title) in [(nil, "Sj\u{F8}en"), ("Content-Type: text/xml; charset=koi8-r", "Sj\u{42C}en")] {
            run = try byline(["feeds", "parse", "--json"] + (header.map { ["--header", $0] } ?? []) + [latin.path], home: home)
            #expect(run.status == 0, "\(run.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            let items = object?["items"] as? [[String: Any]]
            #expect(items?.first?["title"] as? String == title)
        }

        run = try byline(["feeds", "parse", "--header", "no colon", latin.path], home: home)
        #expect(run.status == 2)
    }
}
