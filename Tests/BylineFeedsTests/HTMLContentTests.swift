import BylineKit
import Testing

/// Where the story is on a whole web page: found by what its text looks like,
/// whatever the page's wrappers are called. The pages are written for these
/// tests, in the shapes real sites use.
@Suite struct HTMLContentTests {
    /// Three paragraphs of story, long enough to score as a real page's do.
    static let story = [
        "The harbour board in Tallinn voted on Tuesday to rebuild the northern pier, which has been closed since a storm damaged it in January, board chair Liis Kask said.",
        "The work, which will cost about twelve million euros, is to start in May and last two years, according to the plan the board approved by seven votes to two.",
        "Fishermen, ferry operators and the city's tourism office had all asked for the pier to reopen before the summer season, when cruise ships bring most visitors.",
    ]

    static func paragraphs(_ texts: [String] = story) -> String {
        texts.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    static let menu = """
        <ul class="nav-list"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/weather">Weather</a></li><li><a href="/culture">Culture and the arts this week</a></li></ul>
        """

    static let headlines = """
        <div class="more"><div class="item"><a href="/a">Ferry timetable changes for the winter months announced</a></div>
        <div class="item"><a href="/b">Old lighthouse opens to visitors for the first time in decades</a></div>
        <div class="item"><a href="/c">City council debates the cost of new cycle lanes near the port</a></div></div>
        """

    func texts(_ html: String) -> [String] {
        HTMLArticleExtractor.extract(html).blocks.map(\.text)
    }

    @Test func wrappersNamedForTheLayoutDoNotHideTheStory() {
        let page = """
            <html class="has-ads"><body class="one-sidebar page-ad-margins">
            <div class="l-sidebar-fixed l-article-body">\(Self.paragraphs())</div>
            <div class="sidebar">\(Self.headlines)</div></body></html>
            """
        #expect(texts(page) == Self.story)
    }

    @Test func aPageInsideAFormKeepsItsStory() {
        let page = """
            <html><body><form id="aspnetForm" action="/page.aspx" method="post">
            <input type="hidden" name="__VIEWSTATE" value="abc"><div id="menu">\(Self.menu)</div>
            <div class="story">\(Self.paragraphs())</div></form></body></html>
            """
        #expect(texts(page) == Self.story)
    }

    @Test func withoutArticleOrMainTheMenusTickersAndHeadlinesAreLeftOut() {
        let page = """
            <html><body><div id="top">\(Self.menu)</div>
            <div class="ticker"><span>Markets: up 0.4%</span> <span>Oil: down</span></div>
            <div class="wrap"><div class="col-left">\(Self.headlines)</div>
            <div class="col-main"><h1>Pier to be rebuilt</h1>\(Self.paragraphs())</div></div>
            <div class="bottom">\(Self.menu)</div></body></html>
            """
        #expect(texts(page) == Self.story)
    }

    @Test func aStorySplitIntoBoxesIsReadWhole() {
        // each half in a box of its own, with an advert rail between: cousins, not siblings
        let first = Array(Self.story.prefix(2)), second = Array(Self.story.suffix(1)) + [
            "Work on the southern pier, which was repaired last year, will not be affected by the rebuilding, the board said, and ferries will keep their berths.",
            "The board will publish the full timetable for the works, with the dates when parts of the quay will close to the public, before the end of March.",
        ]
        let page = """
            <html><body><article><div class="chunks">
            <div class="grid"><div class="body">\(Self.paragraphs(first))</div><div class="rail">Advertisement</div></div>
            <div class="grid"><div class="body">\(Self.paragraphs(second))</div><div class="rail">Advertisement</div></div>
            <div class="grid"><div class="body">\(Self.paragraphs(first))</div></div>
            <div class="grid"><div class="body">\(Self.paragraphs(second))</div></div>
            </div></article></body></html>
            """
        #expect(texts(page) == first + second + first + second)
    }

    @Test func boxesOfOneStoryShareTheirClassWhateverTheirSizes() {
        // a long first box and a short second, each in a wrapper of its own
        let long = Self.story + Self.story.map { $0.replacingOccurrences(of: "pier", with: "quay") }
        let page = """
            <html><body><article><div class="chunks">
            <div class="row"><div class="story-body">\(Self.paragraphs(long))</div><div class="rail">Ad slot</div></div>
            <div class="promo-row">\(Self.headlines)</div>
            <div class="row-wide"><div class="story-body">\(Self.paragraphs([Self.story[0]]))</div><div class="rail">Ad slot</div></div>
            </div></article></body></html>
            """
        #expect(texts(page) == long + [Self.story[0]])
    }

    @Test func aBoxNamedForThePaywallHoldsTheRestOfTheStory() {
        let page = """
            <html><body><div class="article-body"><p>\(Self.story[0])</p>
            <div class="paywall">\(Self.paragraphs(Array(Self.story.dropFirst())))</div></div></body></html>
            """
        #expect(texts(page) == Self.story)
    }

    @Test func linkOnlyParagraphsAndHiddenBoxesInsideTheStoryGo() {
        let page = """
            <html><body><div class="content">
            <p>\(Self.story[0])</p><p><a href="/other">SEE ALSO: OLD LIGHTHOUSE OPENS TO VISITORS</a></p>
            <p>\(Self.story[1])</p><div style="display: none">Please enable JavaScript to read the comments.</div>
            <p>\(Self.story[2])</p></div></body></html>
            """
        #expect(texts(page) == Self.story)
    }

    @Test func aTableRowIsOneBlock() {
        let page = """
            <html><body><div class="content">\(Self.paragraphs())
            <table><tr><th>Pier</th><th>Length</th><th>Opened</th></tr><tr><td>North</td><td>240 m</td><td>1962</td></tr></table>
            </div></body></html>
            """
        #expect(texts(page).suffix(2) == ["Pier Length Opened", "North 240 m 1962"])
    }

    @Test func aFeedItemsContentIsTheStoryWhole() {
        let html = """
            <div>\(Self.paragraphs())</div><div class="more"><p>Timetables below.</p>
            <ul><li><a href="https://port.example/times">Ferry timetable</a></li></ul></div><div class="share">Share</div>
            """
        #expect(HTMLArticleExtractor.extract(html, wholeStory: true).blocks.map(\.text) == Self.story + ["Timetables below.", "Ferry timetable[1]"],
                "all of it but the share bar")
        #expect(texts(html) == Self.story, "a page's story is found in it")
    }

    @Test(arguments: [
        // the site's name cut off the <title>, however it is set apart
        ("<title>Pier to be rebuilt - Harbour News</title><meta property='og:site_name' content='Harbour News'>", "Pier to be rebuilt"),
        ("<title>Harbour News | Pier to be rebuilt</title><meta property='og:site_name' content='Harbour News'>", "Pier to be rebuilt"),
        ("<title>Pier to be rebuilt after storm damage | HN</title>", "Pier to be rebuilt after storm damage"),
        // a title with a dash of its own keeps it
        ("<title>Tallinn - Helsinki ferries</title>", "Tallinn - Helsinki ferries"),
        // og:title, when the <title> agrees with it
        ("<meta property='og:title' content='Pier to be rebuilt'><title>Pier to be rebuilt — Harbour News</title>", "Pier to be rebuilt"),
    ])
    func theTitleIsTheHeadlineWithoutTheSiteName(head: String, title: String) {
        let page = "<html><head>\(head)</head><body><div class='content'>\(Self.paragraphs())</div></body></html>"
        #expect(HTMLArticleExtractor.extract(page).title == title)
    }

    @Test func theHeadlineH1WinsOverALogoH1WhenTheTitleAgreesWithIt() {
        let page = """
            <html><head><title>Pier to be rebuilt | Harbour News</title></head><body>
            <header><h1 class="logo">Harbour News</h1></header>
            <article><h1>Pier to be rebuilt</h1>\(Self.paragraphs())</article></body></html>
            """
        let article = HTMLArticleExtractor.extract(page)
        #expect(article.title == "Pier to be rebuilt")
        #expect(article.blocks.map(\.text) == Self.story, "the headline is not repeated as the first block")
    }
}
