import BylineTestSupport
@testable import BylineFeeds
import BylineKit
import Foundation
import Testing

@Suite struct FeedParsingTests {
    @Test func rss2WithContentEncoded() throws {
        let feed = try FeedDocumentParser.parse(Fixtures.data("rss2.xml"), url: URL(string: "https://meridian.example/rss.xml"))
        #expect(feed.format == .rss)
        #expect(feed.title == "Meridian Wire & Partners")
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.id == "meridian-1001")
        #expect(first.title == "Grain corridor talks resume in Istanbul")
        #expect(first.link == "https://meridian.example/world/grain-corridor")
        #expect(first.author == "Tomas Ferreira-Lind")
        #expect(first.date == FeedDate.parse("2026-03-14T09:30:00Z"))
        #expect(first.content?.isHTML == true)
        #expect(first.content?.text.contains("<h2>A deal by spring?</h2>") == true)
        let second = feed.items[1]
        #expect(second.title == "Harbour strike ends after two weeks")
        #expect(second.id == "https://meridian.example/world/harbour-strike")
        #expect(second.author == "Ines Valdez")
        #expect(second.date == FeedDate.parse("2026-03-13T17:05:00Z"))
        #expect(second.content == nil)
        #expect(second.summary?.text.contains("<p>Dock workers") == true)
    }

    @Test func rss1() throws {
        let feed = try FeedDocumentParser.parse(Fixtures.data("rss1.rdf"))
        #expect(feed.format == .rdf)
        #expect(feed.title == "Northstar Daily")
        #expect(feed.items.count == 1)
        #expect(feed.items[0].id == "https://northstar.example/2026/03/fisheries")
        #expect(feed.items[0].author == "Sigrun Holt")
        #expect(feed.items[0].date == FeedDate.parse("2026-03-12T15:45:00Z"))
        #expect(feed.items[0].summary?.text == "Ministers agreed new quotas for the North Atlantic on Thursday.")
    }

    @Test func atom() throws {
        let feed = try FeedDocumentParser.parse(Fixtures.data("atom.xml"), url: URL(string: "https://gazette.example/atom.xml"))
        #expect(feed.format == .atom)
        #expect(feed.title == "Harbour Gazette")
        #expect(feed.link == "https://gazette.example/")
        #expect(feed.items.count == 3)
        let rail = feed.items[0]
        #expect(rail.title == "Rail link between Kenya & Uganda opens")
        #expect(rail.link == "https://gazette.example/2026/03/rail-link")
        #expect(rail.id == "tag:gazette.example,2026:rail-link")
        #expect(rail.author == "Achieng Oduya")
        #expect(rail.date == FeedDate.parse("2026-03-14T08:00:00Z"))
        #expect(rail.content == FeedContent("<p>The first passenger train crossed the border at Malaba on Saturday.</p><p>Transport minister Peter Wanjiru called it \"a new chapter for the region\".</p>", isHTML: true))
        let solar = feed.items[1]
        #expect(solar.author == "Gazette Desk")
        #expect(solar.date == FeedDate.parse("2026-03-13T12:00:00Z"))
        let blocks = FeedArticleWriter.blocks(for: solar)
        #expect(blocks == [HTMLBlock(.paragraph, "Planners in Morocco approved a solar farm[1] near Ouarzazate."), HTMLBlock(.paragraph, "Work starts in May.")])
        #expect(feed.items[2].summary == FeedContent("The bridge reopened.", isHTML: false))
    }

    @Test func jsonFeed() throws {
        let feed = try FeedDocumentParser.parse(Fixtures.data("feed.json"))
        #expect(feed.format == .jsonFeed)
        #expect(feed.title == "Lantern Review")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].author == "Mai Phonsavan")
        #expect(feed.items[0].date == FeedDate.parse("2026-03-11T12:15:00Z"))
        #expect(feed.items[1].id == "42")
        #expect(feed.items[1].author == "Lantern Staff")
        let blocks = FeedArticleWriter.blocks(for: feed.items[1])
        #expect(blocks.map(\.text) == ["First paragraph of plain text.", "Second paragraph, after a blank line."])
    }

    @Test func rss091AndExtensionsThatReuseNames() throws {
        let xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="0.91" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
            <channel><title>Caf\u{E9} Courier</title><link>https://cafe.example/</link>
            <item><title>Market day in Li\u{E8}ge</title><media:title>Photo caption, not the title</media:title>
            <link>https://cafe.example/liege</link><description>Stalls returned to the square.</description>
            <media:description>Not the summary</media:description><itunes:author>Podcast Voice</itunes:author></item>
            </channel></rss>
            """
        let data = Data(xml.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let feed = try FeedDocumentParser.parse(data)
        #expect(feed.format == .rss)
        #expect(feed.title == "Caf\u{E9} Courier")
        #expect(feed.items.count == 1)
        #expect(feed.items[0].id == "https://cafe.example/liege")
        #expect(feed.items[0].title == "Market day in Li\u{E8}ge")
        #expect(feed.items[0].summary?.text == "Stalls returned to the square.")
        // (an extension stands in only for what is missing: here the author)
        #expect(feed.items[0].author == "Podcast Voice")
        #expect(feed.items[0].date == nil)
    }

    @Test func failuresSayWhat() {
        #expect(throws: FeedParseError.htmlPage(feedLink: "https://gazette.example/atom.xml")) {
            try FeedDocumentParser.parse(Fixtures.data("page.html"), url: URL(string: "https://gazette.example/"))
        }
        #expect(throws: FeedParseError.empty) { try FeedDocumentParser.parse(Data("  \n".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedDocumentParser.parse(Fixtures.data("invalid.xml")) }
        do {
            _ = try FeedDocumentParser.parse(Fixtures.data("invalid.xml"))
        } catch {
            guard case .invalidXML(let line, _) = error else { Issue.record("not invalidXML: \(error)"); return }
            #expect(line == 3)
        }
        #expect(throws: FeedParseError.self) { try FeedDocumentParser.parse(Data("<svg xmlns='http://www.w3.org/2000/svg'/>".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedDocumentParser.parse(Data("{\"hello\": 1}".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedDocumentParser.parse(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1])) }
    }

    @Test(arguments: [
        ("Sat, 14 Mar 2026 09:30:00 GMT", "2026-03-14T09:30:00Z"),
        ("14 Mar 2026 09:30 +0200", "2026-03-14T07:30:00Z"),
        ("Sat, 14 Mar 26 09:30:00 EST", "2026-03-14T14:30:00Z"),
        ("2026-03-14T09:30:00.123+01:00", "2026-03-14T08:30:00Z"),
        ("2026-03-14 09:30:00Z", "2026-03-14T09:30:00Z"),
        ("2026-03-14T09:30:00", "2026-03-14T09:30:00Z"),
        ("2026-03-14", "2026-03-14T00:00:00Z"),
    ])
    func dates(_ text: String, _ expected: String) {
        #expect(FeedDate.parse(text).map(FeedDate.iso8601String) == expected)
    }

    @Test func nonsenseDatesAreNil() {
        #expect(FeedDate.parse("yesterday") == nil)
        #expect(FeedDate.parse("2026-13-45T99:99:99Z") == nil)
        #expect(FeedDate.parse("") == nil)
    }

    @Test func urlPolicyAcceptsOnlyWebAddresses() {
        #expect((try? FeedURLPolicy.check("https://example.org/feed.xml").get())?.host == "example.org")
        #expect((try? FeedURLPolicy.check("HTTP://example.org/rss").get()) != nil)
        for hostile in ["exec:rm -rf /", "|rm -rf ~", "file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/f",
                        "example.org/feed", "https://", "https://exa mple.org/", "https://example.org/\u{1B}[2J", "", "!cmd"] {
            #expect(throws: FeedURLPolicy.Refusal.self, "\(hostile)") { try FeedURLPolicy.check(hostile).get() }
        }
    }

    @Test func subscriptionsFileRoundTripsAndReportsBadEntries() throws {
        let list = SubscriptionList(feeds: [
            FeedSubscription(name: "Meridian \"Wire\"", url: "https://meridian.example/rss.xml", full: true),
            FeedSubscription(name: "Gazette", url: "https://gazette.example/atom.xml"),
        ])
        let (read, notes) = try SubscriptionList.parse(list.tomlText(), file: "feeds.toml")
        #expect(read == list)
        #expect(notes.isEmpty)
        let text = """
            [[feed]]
            name = "Good"
            url = "https://good.example/rss"

            [[feed]]
            name = "Evil"
            url = "exec:touch /tmp/x"

            [[feed]]
            name = "No address"
            """
        let (partial, problems) = try SubscriptionList.parse(text, file: "feeds.toml")
        #expect(partial.feeds.map(\.name) == ["Good"])
        #expect(problems.count == 2)
        #expect(problems[0].contains("feed 2") && problems[0].contains("refused"))
        #expect(throws: SubscriptionList.Problem.self) { try SubscriptionList.parse("[[feed]\nname = ", file: "feeds.toml") }
    }

    @Test func opmlImportRefusesCommands() throws {
        let imported = try OPMLImporter.read(Fixtures.data("subscriptions.opml"))
        #expect(imported.feeds.map(\.name) == ["Meridian Wire", "Harbour Gazette"])
        #expect(imported.notes.count == 4)
        #expect(imported.notes.allSatisfy { $0.contains("not imported") })
        #expect(!FileManager.default.fileExists(atPath: "/tmp/byline-opml-pwned"))
        #expect(throws: OPMLImporter.Problem.self) { try OPMLImporter.read(Fixtures.data("rss2.xml")) }
    }

    @Test func articleFileNamesAreStableAndDistinct() {
        let a = FeedItem(id: "one", title: "Talks resume: what next?", date: FeedDate.parse("2026-03-14T09:30:00Z"))
        let b = FeedItem(id: "two", title: "Talks resume: what next?", date: FeedDate.parse("2026-03-14T09:30:00Z"))
        #expect(FeedArticleWriter.fileName(for: a).hasPrefix("2026-03-14-talks-resume-what-next-"))
        #expect(FeedArticleWriter.fileName(for: a) == FeedArticleWriter.fileName(for: a))
        #expect(FeedArticleWriter.fileName(for: a) != FeedArticleWriter.fileName(for: b))
        #expect(FeedArticleWriter.fileName(for: FeedItem(id: "u", title: nil)) == "undated-item-\(FeedSlug.shortHash("u")).txt")
        #expect(FeedSlug.make("../../etc") == "etc")
        #expect(FeedSlug.make("Москва") == "feed")
    }

    @Test func articleTextIsSanitisedAndParsesWithItsHeader() throws {
        let item = FeedItem(
            id: "x", title: "Evil\u{1B}[31m title\nTitle: forged", link: "https://e.example/a",
            author: "A\u{202E}uthor", date: FeedDate.parse("2026-03-14T09:30:00Z"),
            content: FeedContent("<p>Body with \u{1B}]0;pwned\u{07} escape.</p><p>Source: not a header</p>", isHTML: true))
        let text = FeedArticleWriter.text(for: item, feed: FeedSubscription(name: "Wire", url: "https://e.example/rss"), fetched: Date())
        #expect(!text.unicodeScalars.contains { TextSafety.isRemovedFromText($0.value) })
        let article = ArticleParser.parse(text, file: "x.txt")
        #expect(article.title == "Evil[31m title Title: forged")
        #expect(article.header.source == "Wire")
        #expect(article.header.author == "Author")
        #expect(article.header.date == "2026-03-14T09:30:00Z")
        #expect(article.header.url == "https://e.example/a")
        #expect(article.paragraphs.map(\.text) == ["Body with ]0;pwned escape.", "Source: not a header"])
    }

    /// A feed in an encoding Byline does not read says which, not "neither XML nor JSON".
    @Test func anEbcdicFeedIsNamedInTheError() {
        #expect(throws: FeedParseError.notAFeed("the feed is written in EBCDIC, which Byline does not read (it reads UTF-8, UTF-16, UTF-32 and the encodings a feed names)")) {
            try FeedDocumentParser.parse(Data([0x4C, 0x6F, 0xA7, 0x94, 0x93]))
        }
    }
}
