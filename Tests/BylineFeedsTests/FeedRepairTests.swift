import BylineKit
import BylineTestSupport
@testable import BylineFeeds
import Foundation
import Testing

/// Feeds with the slips other readers forgive: one slip must not cost the
/// whole feed, and what cannot be read is said in words.
@Suite struct FeedRepairTests {
    static func rss(_ item: String, prolog: String = "<?xml version=\"1.0\"?>\n") -> Data {
        Data((prolog + "<rss version=\"2.0\"><channel><title>Lakeside Post</title>\n<item>\(item)</item>\n</channel></rss>\n").utf8)
    }

    @Test func aBareAmpersandInALinkOrTextIsAnAmpersand() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("<title>Q&A: ferry fares</title><link>https://post.example/a?id=7&page=2</link>"))
        #expect(feed.items.first?.title == "Q&A: ferry fares")
        #expect(feed.items.first?.link == "https://post.example/a?id=7&page=2")
    }

    /// libxml2's HTML parser (web pages) and Foundation's XMLParser (feeds)
    /// share libxml2's state: a page read before a feed, and a title with
    /// markup read inside the feed's parse, must leave the feed's `&amp;` be.
    @Test func readingAPageNeverUpsetsTheNextFeed() throws {
        let page = HTMLArticleExtractor.extract("<html><body><p>Ferry fares rise &amp; fall, the port said on Monday.</p></body></html>")
        #expect(page.blocks.map(\.text) == ["Ferry fares rise & fall, the port said on Monday."])
        let feed = try FeedDocumentParser.parse(Self.rss("<title>Fares &lt;b&gt;up&lt;/b&gt; &amp; down</title><link>https://post.example/a?id=7&amp;page=2</link>"))
        #expect(feed.items.first?.title == "Fares up & down")
        #expect(feed.items.first?.link == "https://post.example/a?id=7&page=2")
    }

    /// Entities that multiply (each eight of the one before) are refused at
    /// once, in words, whatever their depth.
    @Test func entitiesThatMultiplyAreRefusedInWords() {
        let levels = (1...7).map { "<!ENTITY e\($0) \"" + String(repeating: "&e\($0 - 1);", count: 8) + "\">" }.joined()
        let prolog = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e0 \"ha\">\(levels)]>\n"
        let items = (0..<200).map { "<description>&e7;</description><link>https://post.example/\($0)</link>" }.joined(separator: "</item><item>")
        do {
            _ = try FeedDocumentParser.parse(Self.rss(items, prolog: prolog))
            Issue.record("the feed was read")
        } catch {
            #expect("\(error)".contains("expand out of all proportion"), "\(error)")
        }
    }

    @Test func htmlEntitiesTheFeedNeverDeclaredAreTheirCharacters() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("<title>Caf&eacute;&nbsp;owners &mdash; and &Omega;</title><link>https://post.example/c</link>"))
        // (a title is one line: the no-break space becomes a space)
        #expect(feed.items.first?.title == "Caf\u{E9} owners \u{2014} and \u{3A9}")
    }

    @Test func declaredEntitiesAndTheFiveOfXMLStayAsTheyAre() throws {
        let prolog = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY town \"Port Ellen\">]>\n"
        let feed = try FeedDocumentParser.parse(Self.rss("<title>&town; &amp; &lt;i&gt;ferry&lt;/i&gt; &quot;news&quot;</title><link>https://post.example/d</link>", prolog: prolog))
        #expect(feed.items.first?.title == "Port Ellen & ferry \"news\"")
    }

    @Test func anUnknownNameOrANumberXMLForbidsDoesNotBreakTheFeed() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("<title>R&D &zzname; costs&#0; &#150; rising</title><link>https://post.example/e</link>"))
        #expect(feed.items.first?.title == "R&D &zzname; costs\u{FFFD} \u{2013} rising")
    }

    @Test func utf8ReadAsLatin1AndWrittenAsReferencesIsReadAsUTF8() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("<title>Wait&#226;&#128;&#166; &acirc;&#128;&brvbar; &Eacute;t&eacute;</title><link>https://post.example/u</link>"))
        #expect(feed.items.first?.title == "Wait\u{2026} \u{2026} \u{C9}t\u{E9}")
    }

    @Test func whitespaceBeforeTheDeclarationAndAControlCharacterAreDropped() throws {
        let feed = try FeedDocumentParser.parse(Self.rss("<title>Tide\u{0C} tables</title><link>https://post.example/f</link>", prolog: "\n  \n<?xml version=\"1.0\"?>\n"))
        #expect(feed.items.first?.title == "Tide tables")
    }

    @Test func aDeclarationAfterACommentAndAnEndTagCutOffAtTheEndAreForgiven() throws {
        var xml = "<!-- made by hand -->\n<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Lakeside Post</title>"
        xml += "<item><title>Rowing club wins</title><link>https://post.example/g</link></item></channel></rss"
        let feed = try FeedDocumentParser.parse(Data(xml.utf8))
        #expect(feed.items.map(\.title) == ["Rowing club wins"])
        #expect(feed.notes.isEmpty)
    }

    @Test func aDoctypeThatPullsInAFileIsReadWithoutIt() throws {
        let prolog = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY % latin PUBLIC \"-//Example//Latin//EN\" \"http://127.0.0.1:9/latin.ent\">\n%latin;\n]>\n"
        let feed = try FeedDocumentParser.parse(Self.rss("<title>Ferry&nbsp;times</title><link>https://post.example/h</link>", prolog: prolog))
        #expect(feed.items.first?.title == "Ferry times")
    }

    /// However the DOCTYPE names outside files — an external subset, a
    /// parameter entity, an external general entity used in the text —
    /// nothing is fetched.
    @Test func noExternalDTDOrEntityIsEverFetched() throws {
        let server = try TestHTTPServer { _ in .ok(Data("<!ENTITY leak \"LEAKED\">".utf8), type: "application/xml-dtd") }
        defer { server.stop() }
        let prolog = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "\(server.url("/subset.dtd"))" [
            <!ENTITY % remote SYSTEM "\(server.url("/parameter.ent"))">
            %remote;
            <!ENTITY secret SYSTEM "\(server.url("/general.ent"))">
            ]>

            """
        let feed = try? FeedDocumentParser.parse(Self.rss("<title>Tolls &secret; &leak;</title><link>https://post.example/t</link>", prolog: prolog))
        #expect(feed?.items.first?.title?.contains("LEAKED") != true)
        #expect(server.requests.isEmpty)
    }

    @Test func itemsBeforeABreakAreKeptWithANote() throws {
        let xml = """
            <rss version="2.0"><channel><title>Lakeside Post</title>
            <item><title>First</title><link>https://post.example/1</link></item>
            <item><title>Second</title><link>https://post.example/2</link></item>
            <item><title>Broken <b>bold</title></item>
            <item><title>Never reached</title></item>
            </channel></rss>
            """
        let feed = try FeedDocumentParser.parse(Data(xml.utf8))
        #expect(feed.items.map(\.title) == ["First", "Second"])
        #expect(feed.notes == ["the XML breaks off at line 4 (an element is closed by a different tag, or not closed); 2 items before it read"])
    }

    @Test func aFeedBrokenBeforeItsFirstItemIsRefusedInWords() {
        let xml = "<rss version=\"2.0\"><channel><title>Lakeside Post</title>\n<item><title a=>x</title></item></channel></rss>"
        #expect(throws: FeedParseError.invalidXML(line: 2, message: "a malformed attribute (a quote missing?)")) {
            try FeedDocumentParser.parse(Data(xml.utf8))
        }
    }

    @Test func entitiesThatExpandWithoutEndAreStillRefused() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>
            <rss version="2.0"><channel><title>&i;</title><item><title>&i;</title><link>https://post.example/x</link></item></channel></rss>
            """
        let start = Date()
        let feed = try? FeedDocumentParser.parse(Data(xml.utf8))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect((feed?.items.first?.title?.count ?? 0) < 1_000_000)
    }

    @Test func aWellFormedFeedComesOutOfTheRepairUnchanged() {
        let xml = Data("<?xml version=\"1.0\"?>\n<!-- a & b -->\n<rss><channel><title>A &amp; B &#233;</title><![CDATA[ & < ]]></channel></rss>\n".utf8)
        #expect(FeedXMLRepair.repair(xml) == xml)
    }
}
