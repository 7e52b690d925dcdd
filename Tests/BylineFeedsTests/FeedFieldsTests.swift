@testable import BylineFeeds
import Foundation
import Testing

/// Where an item's title, link, date and text come from when a feed does not
/// give them the usual way.
@Suite struct FeedFieldsTests {
    static func rss(_ items: String, namespaces: String = "") -> Data {
        Data("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" \
            xmlns:xhtml="http://www.w3.org/1999/xhtml"\(namespaces)><channel><title>Valley Courier</title>
            \(items)
            </channel></rss>
            """.utf8)
    }

    @Test func extensionsStandInForMissingFieldsAndNeverOverrideThem() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("""
            <item><dc:title>Bridge vote delayed</dc:title><dc:description>Councillors asked for more time.</dc:description>
            <dcterms:modified>2026-02-03T10:00:00Z</dcterms:modified><itunes:author>Mara Quint</itunes:author>
            <link>https://courier.example/1</link></item>
            <item><media:title>Caption</media:title><title>Mill reopens</title><media:description>Photo</media:description>
            <description>Looms run again.</description><dc:date>2026-02-01T08:00:00Z</dc:date><pubDate>Mon, 02 Feb 2026 09:00:00 GMT</pubDate>
            <link>https://courier.example/2</link></item>
            <item><media:title>Flood map</media:title><itunes:summary>Where the water rose.</itunes:summary><link>https://courier.example/3</link></item>
            <item><title>School choir</title><xhtml:body><xhtml:p>The choir sang.</xhtml:p></xhtml:body><link>https://courier.example/4</link></item>
            """))
        let items = feed.items
        #expect(items.map(\.title) == ["Bridge vote delayed", "Mill reopens", "Flood map", "School choir"])
        #expect(items[0].summary?.text == "Councillors asked for more time.")
        #expect(items[0].date == FeedDate.parse("2026-02-03T10:00:00Z"))
        #expect(items[0].author == "Mara Quint")
        #expect(items[1].summary?.text == "Looms run again.")
        #expect(items[1].date == FeedDate.parse("2026-02-02T09:00:00Z"))
        #expect(items[2].summary == FeedContent("Where the water rose.", isHTML: false))
        #expect(items[3].content?.text.contains("The choir sang.") == true)
    }

    @Test func markupWrittenIntoADescriptionIsKept() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("""
            <item><title>Harvest</title><description>Early <b>wheat</b> came in.<p>Prices fell.</p></description></item>
            """))
        #expect(feed.items.first?.summary == FeedContent("Early <b>wheat</b> came in.<p>Prices fell.</p>", isHTML: true))
    }

    @Test func aPermalinkGuidOrAnAtomIdThatIsAnAddressIsTheLink() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("""
            <item><title>A</title><guid>https://courier.example/a</guid></item>
            <item><title>B</title><guid isPermaLink="false">https://courier.example/b</guid></item>
            <item><title>C</title><guid>c-1234</guid></item>
            <item><title>D</title><guid>https://courier.example/d-guid</guid><link>https://courier.example/d</link></item>
            """))
        #expect(feed.items.map(\.link) == ["https://courier.example/a", nil, nil, "https://courier.example/d"])
        let atom = try FeedDocumentParser.parse(Data("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
            <entry><title>E</title><id>https://courier.example/e</id></entry>
            <entry><title>F</title><id>tag:courier.example,2026:f</id></entry>
            </feed>
            """.utf8))
        #expect(atom.items.map(\.link) == ["https://courier.example/e", nil])
    }

    @Test func anAtomEntrysSourceGivesTheEntryNothing() throws {
        let feed = try FeedDocumentParser.parse(Data("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
            <entry><source><title>Other feed</title><link href="https://other.example/"/><updated>2020-01-01T00:00:00Z</updated>
            <id>https://other.example/feed</id></source>
            <title>Ferry timetable</title><id>tag:courier.example,2026:ferry</id></entry>
            </feed>
            """.utf8))
        #expect(feed.items.count == 1)
        #expect(feed.items[0].title == "Ferry timetable")
        #expect(feed.items[0].link == nil)
        #expect(feed.items[0].date == nil)
        #expect(feed.items[0].id == "tag:courier.example,2026:ferry")
    }

    @Test func xmlBaseAndContentLocationResolveRelativeLinks() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://courier.example/news/"><title>Courier</title>
            <entry xml:base="2026/"><title>A</title><link href="a.html"/></entry>
            <entry><title>B</title><link xml:base="/archive/" href="b.html"/></entry>
            <entry><title>C</title><link href="c.html"/></entry>
            </feed>
            """
        let feed = try FeedDocumentParser.parse(Data(xml.utf8))
        #expect(feed.items.map(\.link) == ["https://courier.example/news/2026/a.html", "https://courier.example/archive/b.html",
                                           "https://courier.example/news/c.html"])
        let rss = try FeedDocumentParser.parse(Self.rss("<item><title>D</title><link>d/1.html</link></item>"),
                                               url: URL(string: "https://cdn.example/feed.xml"), contentLocation: "https://courier.example/rss/")
        #expect(rss.items.first?.link == "https://courier.example/rss/d/1.html")
    }

    @Test func atomTextSentAsBase64IsDecoded() throws {
        let encoded = Data("Ferry <b>resumes</b>".utf8).base64EncodedString()
        let feed = try FeedDocumentParser.parse(Data("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
            <entry><title type="application/octet-stream">\(encoded)</title><id>tag:c,2026:b</id>
            <content type="application/octet-stream">\(encoded)</content></entry></feed>
            """.utf8))
        #expect(feed.items.first?.title == "Ferry resumes")
        #expect(feed.items.first?.content == FeedContent("Ferry <b>resumes</b>", isHTML: true))
    }

    @Test func atomStyleElementsInAnRSSItemAreRead() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("""
            <item><title>Podcast 12</title><link href="https://courier.example/p12"/><updated>2026-02-05T06:00:00Z</updated>
            <summary>Twelfth episode.</summary></item>
            """))
        #expect(feed.items.first?.link == "https://courier.example/p12")
        #expect(feed.items.first?.date == FeedDate.parse("2026-02-05T06:00:00Z"))
        #expect(feed.items.first?.summary?.text == "Twelfth episode.")
    }

    @Test func atom03IsRead() throws {
        let encoded = Data("Tolls <b>rise</b>".utf8).base64EncodedString()
        let feed = try FeedDocumentParser.parse(Data("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Courier</title>
            <entry><title>Canal dredged</title><link rel="alternate" type="text/html" href="https://courier.example/canal"/>
            <id>tag:courier.example,2005:canal</id><issued>2005-06-01T12:00:00Z</issued>
            <content type="text/html" mode="escaped">&lt;p&gt;Barges pass again.&lt;/p&gt;</content></entry>
            <entry><title mode="base64">\(encoded)</title><id>tag:courier.example,2005:tolls</id>
            <modified>2005-06-02T12:00:00Z</modified></entry>
            </feed>
            """.utf8))
        #expect(feed.items.map(\.title) == ["Canal dredged", "Tolls <b>rise</b>"])
        #expect(feed.items[0].link == "https://courier.example/canal")
        #expect(feed.items[0].date == FeedDate.parse("2005-06-01T12:00:00Z"))
        #expect(feed.items[0].content == FeedContent("<p>Barges pass again.</p>", isHTML: true))
        #expect(feed.items[1].date == FeedDate.parse("2005-06-02T12:00:00Z"))
    }

    @Test func aTitleKeepsTheWordsOfItsMarkupButNotItsScripts() throws {
        let feed = try FeedDocumentParser.parse(Data("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
            <entry><title>Lock <b>gates</b> fixed</title><id>tag:c,2026:1</id></entry>
            <entry><title type="html">Weir &lt;script&gt;alert(1)&lt;/script&gt;rebuilt</title><id>tag:c,2026:2</id></entry>
            <entry><title type="">Quay</title><id>tag:c,2026:3</id></entry>
            </feed>
            """.utf8))
        #expect(feed.items.map(\.title) == ["Lock gates fixed", "Weir rebuilt", "Quay"])
    }

    @Test func rss090IsRead() throws {
        let feed = try FeedDocumentParser.parse(Data("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
            <channel><title>Old Courier</title><link>https://courier.example/</link></channel>
            <item><title>Dam opened</title><link>https://courier.example/dam</link></item>
            </rdf:RDF>
            """.utf8))
        #expect(feed.title == "Old Courier")
        #expect(feed.items.map(\.title) == ["Dam opened"])
        #expect(feed.items.first?.link == "https://courier.example/dam")
    }

    @Test func itemsSharingAnIdStayTwoItemsAndTwoFiles() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("""
            <item><title>Road closed</title><guid isPermaLink="false">story</guid></item>
            <item><title>Road reopened</title><guid isPermaLink="false">story</guid></item>
            """))
        #expect(feed.items.count == 2)
        #expect(feed.items[0].id == "story")
        #expect(feed.items[1].id != "story")
        #expect(FeedArticleWriter.fileName(for: feed.items[0]) != FeedArticleWriter.fileName(for: feed.items[1]))
        // the same feed read again names them the same way
        #expect(try FeedDocumentParser.parse(Self.rss("""
            <item><title>Road closed</title><guid isPermaLink="false">story</guid></item>
            <item><title>Road reopened</title><guid isPermaLink="false">story</guid></item>
            """)).items.map(\.id) == feed.items.map(\.id))
    }

    @Test func itemsWithNoTitleLinkOrTextAreSkipped() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("""
            <item><author>desk@courier.example (Desk)</author><guid isPermaLink="false">x-1</guid></item>
            <item><description>   </description></item>
            <item><title>Kept</title></item>
            """))
        #expect(feed.items.map(\.title) == ["Kept"])
    }

    @Test func aJsonFeedWithTheOldHttpVersionIsRead() throws {
        let json = #"{"version": "http://jsonfeed.org/version/1", "title": "Courier", "items": [{"id": "1", "title": "Market day", "url": "https://courier.example/m"}]}"#
        let feed = try FeedDocumentParser.parse(Data(json.utf8))
        #expect(feed.items.map(\.title) == ["Market day"])
    }
}
