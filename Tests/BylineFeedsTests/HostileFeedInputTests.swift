import BylineTestSupport
@testable import BylineFeeds
import BylineKit
import Foundation
import Testing

/// Seeded random inputs, built from bytes and from pieces of real markup, into
/// every reader of outside data: none may crash, and what comes out is clean.
@Suite struct HostileFeedInputTests {

    static let pieces = [
        "<p>", "</p>", "<div class=\"ad\">", "</div>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>",
        "&amp;", "&#x1B;", "&#0;", "&", "<", ">", "\"", "'", "<rss version=\"2.0\"><channel>", "<item><title>", "</title>",
        "<description>", "</description>", "</item>", "</channel></rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
        "<entry><content type=\"xhtml\"><div>", "</div></content></entry>", "</feed>", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[",
        "{\"id\":1,\"content_html\":\"<p>x</p>\"}", "]}", "\u{1B}[2J", "\u{202E}", "\u{0}", "\r\n", "Zelensky said \"yes\".",
        "<opml><body><outline xmlUrl=\"exec:rm -rf /\"/>", "<outline xmlUrl=\"https://e.example/f\" text=\"F\"/>", "</body></opml>",
        "<h2>", "</h2>", "<li>", "<br>", "<a href=\"javascript:alert(1)\">", "<a href=\"/x\">", "</a>", "<?xml version=\"1.0\"?>",
        "<!DOCTYPE x [<!ENTITY e \"&e;&e;\">]>", "&e;",
        // what the feed repair and the encodings read
        "&nbsp;", "&#150;", "&#xD800;", "&acirc;&#128;", "</rss", "\u{FEFF}", "<?xml version=\"1.0\" encoding=\"koi8-r\"?>",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p; <!ENTITY t \"text\">]>", "&t;",
        "<entry xml:base=\"../\">", "<source>", "</source>", "<guid isPermaLink=\"true\">", "</guid>", "<title type=\"application/octet-stream\">",
    ]

    static func inputs(count: Int) -> [Data] {
        var random = SeededGenerator(seed: 8)
        return (0..<count).map { i in
            var data = Data()
            let parts = Int.random(in: 1...60, using: &random)
            for _ in 0..<parts {
                if i % 3 == 0 {
                    data.append(contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
                } else {
                    data.append(contentsOf: pieces.randomElement(using: &random)!.utf8)
                }
            }
            return data
        }
    }

    @Test func feedParserNeverCrashesAndItsTextIsClean() {
        for data in Self.inputs(count: 400) {
            guard let feed = try? FeedDocumentParser.parse(data, url: URL(string: "https://e.example/feed")) else { continue }
            for item in feed.items {
                let text = FeedArticleWriter.text(for: item, feed: FeedSubscription(name: "F", url: "https://e.example/feed"), fetched: Date(timeIntervalSince1970: 0))
                #expect(!text.unicodeScalars.contains { TextSafety.isRemovedFromText($0.value) })
                let article = ArticleParser.parse(text, file: "f.txt")
                #expect(article.header.source == "F")
            }
        }
    }

    @Test func htmlExtractorNeverCrashesAndItsBlocksAreClean() {
        for data in Self.inputs(count: 400) {
            let page = HTMLArticleExtractor.extract(ArticleTextDecoder.decode(data).text, baseURL: "https://e.example/a")
            for block in page.blocks {
                #expect(!block.text.isEmpty)
                #expect(!block.text.unicodeScalars.contains { TextSafety.isRemovedFromText($0.value) || $0 == "\n" })
            }
            #expect(page.links.allSatisfy { $0.url.hasPrefix("https://") || $0.url.hasPrefix("http://") })
            let article = ArticleParser.parse(page.articleText(), file: "a.html")
            #expect(!article.title.isEmpty)
        }
    }

    @Test func opmlReaderNeverAdmitsAnythingButWebAddresses() {
        for data in Self.inputs(count: 400) {
            guard let imported = try? OPMLImporter.read(data) else { continue }
            #expect(imported.feeds.allSatisfy { $0.url.hasPrefix("https://") || $0.url.hasPrefix("http://") })
        }
    }
}
