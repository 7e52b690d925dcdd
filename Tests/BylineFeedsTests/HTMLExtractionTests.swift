import BylineTestSupport
import BylineKit
import Foundation
import Testing

@Suite struct HTMLExtractionTests {
    @Test func articlePageKeepsTheStoryOnly() {
        let page = HTMLArticleExtractor.extract(Fixtures.text("article.html"), baseURL: "https://gazette.example/2026/03/bridge")
        #expect(page.title == "Bridge reopens after repairs")
        #expect(page.author == "Lena Marsh")
        #expect(page.siteName == "Harbour Gazette")
        #expect(page.date == "2026-03-12T07:00:00Z")
        #expect(page.url == "https://gazette.example/2026/03/bridge")
        #expect(page.blocks == [
            HTMLBlock(.paragraph, "By Lena Marsh"),
            HTMLBlock(.paragraph, "The Old Harbour bridge in Lisbon reopened on Thursday after eight months of repairs, city engineer Rui Tavares said."),
            HTMLBlock(.heading, "Traffic returns"),
            HTMLBlock(.paragraph, "Buses returned to the route at dawn & commuters said the crossing was \u{201C}finally back\u{201D}."),
            HTMLBlock(.quote, "\"It is safer than it has ever been,\" Tavares told reporters."),
            HTMLBlock(.listItem, "Lanes widened"),
            HTMLBlock(.listItem, "New lighting \u{2026} and railings"),
            HTMLBlock(.paragraph, "Read the engineers' report[1] for details."),
            HTMLBlock(.paragraph, "A second paragraph after two breaks."),
        ])
        #expect(page.links == [HTMLLink(text: "engineers' report", url: "https://gazette.example/2026/03/report")])
    }

    @Test func articleTextParsesWithHeadingsAndQuotes() {
        let page = HTMLArticleExtractor.extract(Fixtures.text("article.html"))
        let article = ArticleParser.parse(page.articleText(), file: "bridge.html")
        #expect(article.title == "Bridge reopens after repairs")
        #expect(article.header.author == "Lena Marsh")
        #expect(article.header.source == "Harbour Gazette")
        #expect(article.paragraphs.contains(Paragraph(kind: .heading, text: "Traffic returns")))
        #expect(article.quotes.contains { $0.text.contains("It is safer than it has ever been") })
        #expect(article.countries.contains { $0.name == "Portugal" })
    }

    /// libxml2 decodes references as browsers do for the cases pages use.
    @Test(arguments: [
        ("&amp; &lt; &gt; &quot; &apos;", "& < > \" '"),
        ("&eacute;&Eacute;&aelig;&szlig;", "éÉæß"),
        ("&#233;&#xE9;&#X00e9;", "ééé"),
        ("&copy; 2026 &mdash; &chi;", "© 2026 — χ"),
        ("&unknown; & &;", "&unknown; & &;"),
    ])
    func entities(_ text: String, _ expected: String) {
        #expect(HTMLArticleExtractor.extract("<p>\(text)</p>").blocks.map(\.text) == [expected])
    }

    @Test func namedReferencesForFeedsAreHTMLs() {
        #expect(HTMLCharacterReference.named("nbsp") == "\u{A0}")
        #expect(HTMLCharacterReference.named("chi") == "χ")
        #expect(HTMLCharacterReference.named("hellip") == "…")
        #expect(HTMLCharacterReference.named("notaname") == nil)
        #expect(HTMLCharacterReference.named("") == nil)
    }

    @Test func scriptsStylesCommentsAndFurnitureAreDropped() {
        let html = """
            <div id="top-menu"><a href="/">Home</a></div>
            <p>Kept one.</p><script>document.write("<p>Dropped</p>")</script>
            <style>.x{}</style><!-- <p>Dropped comment</p> --><noscript>Enable JS</noscript>
            <div class="share-bar">Share this</div><div hidden>Hidden</div><div style="display: none">None</div>
            <p>Kept <b>two</b>, <i>with</i> inline<span> tags</span>.</p>
            <p class="adsbygoogle">Advert</p><div role="navigation">Nav</div>
            """
        let page = HTMLArticleExtractor.extract(html)
        #expect(page.blocks.map(\.text) == ["Kept one.", "Kept two, with inline tags."])
    }

    @Test func brokenHTMLIsForgiven() {
        let page = HTMLArticleExtractor.extract("<p>One<p>Two <b>bold<li>item</li></ul></div></span>3 < 4 and <5<p>Last &amp;")
        #expect(page.blocks.map(\.text) == ["One", "Two bold", "item", "3 < 4 and <5", "Last &"])
        #expect(HTMLArticleExtractor.extract("<p>Unclosed <!-- comment").blocks.map(\.text) == ["Unclosed"])
        #expect(HTMLArticleExtractor.extract("<scr<p>ipt>").blocks.isEmpty == false)
        #expect(HTMLArticleExtractor.extract("").blocks.isEmpty)
        #expect(HTMLArticleExtractor.extract("<script>never closed <p>x</p>").blocks.isEmpty)
    }

    @Test func deepAndHugeInputsStayLinear() {
        // libxml2 stops reading a page nested deeper than 256 elements (no
        // story is): what came before is kept, and nothing overflows
        let deep = "<p>before</p>" + String(repeating: "<div>", count: 50_000) + "text" + String(repeating: "</span>", count: 50_000)
        #expect(HTMLArticleExtractor.extract(deep).blocks.map(\.text) == ["before"])
        let nested = String(repeating: "<div>", count: 200) + "text" + String(repeating: "</div>", count: 200)
        #expect(HTMLArticleExtractor.extract(nested).blocks.map(\.text) == ["text"])
        let comments = String(repeating: "<!-- x -->", count: 50_000) + "<p>after</p>"
        #expect(HTMLArticleExtractor.extract(comments).blocks.map(\.text) == ["after"])
        let ampersands = String(repeating: "&amp;", count: 50_000)
        #expect(HTMLArticleExtractor.extract(ampersands).blocks.first?.text.count == 50_000)
    }

    @Test func htmlFilesJoinTheLibrary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.data("article.html").write(to: folder.appendingPathComponent("bridge.html"))
        try Data("<p>Short page in Oslo.</p>".utf8).write(to: folder.appendingPathComponent("short.HTM"))
        let library = try ArticleLibrary.load(paths: [folder.path])
        #expect(library.articles.map(\.title) == ["Bridge reopens after repairs", "Short page in Oslo."])
        #expect(library.articles[0].paragraphs.allSatisfy { !$0.text.contains("<") && !$0.text.contains("cookies") })
    }
}
