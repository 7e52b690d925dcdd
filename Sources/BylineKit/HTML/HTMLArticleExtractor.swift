import Foundation

/// HTML → article: the story's paragraphs, headings, block quotes and list
/// items, without scripts, styles, navigation, forms, comments, asides, footers
/// or anything marked as an advert, share bar, newsletter box or the like.
/// When the page marks its story (`<article>`, `<main>`, `role="main"`,
/// `itemprop="articleBody"`), only the text inside counts. Metadata comes from
/// `<title>`, `og:`/`article:` meta tags, `<link rel="canonical">` and `<time>`.
///
/// One pass over the tokens with a stack of open elements; unclosed and stray
/// tags are tolerated, and the work is linear in the size of the page.
public enum HTMLArticleExtractor {
    /// Elements whose contents are never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "textarea", "title", "head",
        "nav", "form", "aside", "footer", "button", "select", "option", "label", "input",
        "svg", "canvas", "object", "embed", "audio", "video", "picture", "figure", "figcaption",
        "menu", "dialog",
    ]

    /// Elements that end one block of text and start another.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "caption",
    ]

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Words in a class or id that mark page furniture rather than story.
    static let furnitureWords: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "sponsor",
        "sponsored", "promo", "promotion", "newsletter", "share", "sharing", "social", "related", "cookie",
        "cookies", "comments", "comment", "subscribe", "subscription", "signup", "outbrain", "taboola",
        "popup", "modal", "breadcrumb", "breadcrumbs", "sidebar", "menu", "paywall", "navbar", "masthead",
        "toolbar", "byline-share", "recommended", "trending",
    ]

    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = ["navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alert", "menu", "menubar"]

    private struct Open {
        var name: String
        var dropped: Bool
        var articleRoot: Bool
    }

    private struct Collected {
        var block: HTMLBlock
        var inArticle: Bool
    }

    /// The private-use scalars around a link's provisional number in the
    /// text while a page is read; `[n]` in what is returned.
    static let linkOpen: Unicode.Scalar = "\u{E000}", linkClose: Unicode.Scalar = "\u{E001}"

    /// Text without link markers (a title taken from a heading with a link in it).
    static func withoutMarkers(_ text: String) -> String {
        guard text.unicodeScalars.contains(linkOpen) else { return text }
        var out = String.UnicodeScalarView(), inMarker = false
        for s in text.unicodeScalars {
            if s == linkOpen { inMarker = true } else if s == linkClose { inMarker = false } else if !inMarker { out.append(s) }
        }
        return String(out)
    }

    public static func extract(_ html: String, baseURL: String? = nil) -> HTMLArticle {
        var state = State(base: baseURL.flatMap { URL(string: $0) })
        for token in HTMLTokenizer(html) {
            state.take(token)
        }
        return state.finish()
    }

    private struct State {
        var base: URL?
        var stack: [Open] = []
        var droppedDepth = 0
        var articleDepth = 0
        var headingDepth = 0
        var quoteDepth = 0
        var listItemDepth = 0
        var sawArticleRoot = false

        var text = String.UnicodeScalarView()
        var pendingSpace = false
        var lastWasBreak = false
        var collected: [Collected] = []

        var link: (href: String, text: String)?
        /// Each linked address once, in order of first use, with its first
        /// link text; the text carries a marker (`linkOpen` id `linkClose`)
        /// after each link, numbered for good in `finish` (only the links in
        /// the blocks kept are).
        var linkIDs: [String: Int] = [:]
        var linkTargets: [HTMLLink] = []

        var pageTitle: String?
        var rawTitle: String?
        var inTitle = false
        var ogTitle: String?
        var firstArticleHeading: String?
        var firstHeading: String?
        var author: String?
        var siteName: String?
        var date: String?
        var timeDate: String?
        var canonical: String?
        var ogURL: String?

        init(base: URL?) {
            self.base = base
        }

        mutating func take(_ token: HTMLToken) {
            switch token {
            case .text(let s):
                if inTitle { rawTitle = (rawTitle ?? "") + s; return }
                if droppedDepth == 0 { append(s) }
                if link != nil { link!.text += s }
            case .start(let name, let attributes, let selfClosing):
                start(name, attributes, selfClosing: selfClosing)
            case .end(let name):
                end(name)
            }
        }

        mutating func append(_ s: String) {
            for c in s.unicodeScalars {
                // (the page's own use of the two marker scalars, icon-font glyphs, goes)
                if c == HTMLArticleExtractor.linkOpen || c == HTMLArticleExtractor.linkClose { continue }
                if c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" || c == "\u{A0}" {
                    if !text.isEmpty { pendingSpace = true }
                } else {
                    if pendingSpace { text.append(" "); pendingSpace = false }
                    text.append(c)
                    lastWasBreak = false
                }
            }
        }

        /// Ends the current block, giving it the kind of the elements around it.
        mutating func flush() {
            defer {
                text.removeAll(keepingCapacity: true)
                pendingSpace = false
                lastWasBreak = false
            }
            guard !text.isEmpty else { return }
            let clean = ArticleTextFormat.oneLine(String(text))
            guard !clean.isEmpty else { return }
            let kind: HTMLBlock.Kind = headingDepth > 0 ? .heading : listItemDepth > 0 ? .listItem : quoteDepth > 0 ? .quote : .paragraph
            if kind == .heading {
                if firstHeading == nil { firstHeading = HTMLArticleExtractor.withoutMarkers(clean) }
                if articleDepth > 0, firstArticleHeading == nil { firstArticleHeading = HTMLArticleExtractor.withoutMarkers(clean) }
            }
            collected.append(Collected(block: HTMLBlock(kind, clean), inArticle: articleDepth > 0))
        }

        static func isFurniture(_ attributes: [String: String], inArticle: Bool) -> Bool {
            if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
            if let style = attributes["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
               style.contains("display:none") || style.contains("visibility:hidden") { return true }
            if let role = attributes["role"]?.lowercased(), furnitureRoles.contains(role), !(role == "banner" && inArticle) { return true }
            for key in ["class", "id"] {
                guard let value = attributes[key]?.lowercased() else { continue }
                let words = value.split { !($0.isLetter || $0.isNumber) }
                if words.contains(where: { furnitureWords.contains(String($0)) }) { return true }
            }
            return false
        }

        mutating func start(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
            switch name {
            case "meta": meta(attributes); return
            case "link":
                if attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, canonical == nil {
                    canonical = attributes["href"].flatMap(absolute)
                }
                return
            case "br":
                if droppedDepth > 0 { return }
                if lastWasBreak { flush() } else { if !text.isEmpty { pendingSpace = true }; lastWasBreak = true }
                return
            case "time":
                if timeDate == nil, let value = attributes["datetime"], !value.isEmpty { timeDate = value }
            case "a":
                if let href = attributes["href"], let url = absolute(href) { link = (url, "") } else { link = nil }
            default: break
            }
            if name == "title" && pageTitle == nil && rawTitle == nil { inTitle = true }
            if HTMLArticleExtractor.voidElements.contains(name) { return }
            if selfClosing && !HTMLTokenizer.rawTextElements.contains(name) && !HTMLArticleExtractor.blockElements.contains(name) { return }
            // implied ends: a block closes an open paragraph; an item closes the previous item
            if HTMLArticleExtractor.blockElements.contains(name) {
                if let top = stack.last?.name, top == "p" || (HTMLArticleExtractor.headings.contains(top) && HTMLArticleExtractor.headings.contains(name)) { end(top) }
                if name == "li" || name == "dt" || name == "dd", let top = stack.last?.name, top == "li" || top == "dt" || top == "dd" { end(top) }
                if droppedDepth == 0 { flush() }
            }
            let inArticle = articleDepth > 0
            let dropped = HTMLArticleExtractor.droppedElements.contains(name) || (name == "header" && !inArticle)
                || Self.isFurniture(attributes, inArticle: inArticle)
            let root = name == "article" || name == "main" || attributes["role"]?.lowercased() == "main"
                || attributes["itemprop"]?.lowercased() == "articlebody"
            push(Open(name: name, dropped: dropped, articleRoot: root))
            if selfClosing { end(name) }
        }

        mutating func push(_ open: Open) {
            stack.append(open)
            if open.dropped { droppedDepth += 1 }
            if open.articleRoot { articleDepth += 1; sawArticleRoot = true }
            if HTMLArticleExtractor.headings.contains(open.name) { headingDepth += 1 }
            if open.name == "blockquote" { quoteDepth += 1 }
            if open.name == "li" || open.name == "dd" || open.name == "dt" { listItemDepth += 1 }
        }

        mutating func end(_ name: String) {
            if name == "title" { inTitle = false; if pageTitle == nil { pageTitle = rawTitle } }
            if name == "br" { start("br", [:], selfClosing: true); return }
            // the nearest open element of that name, looked for a bounded way down
            var index: Int?
            var k = stack.count - 1
            while k >= 0 && stack.count - k <= 64 {
                if stack[k].name == name { index = k; break }
                k -= 1
            }
            guard let index else { return }
            while stack.count > index {
                let open = stack[stack.count - 1]
                if HTMLArticleExtractor.blockElements.contains(open.name) && droppedDepth == 0 { flush() }
                if open.name == "a", let current = link {
                    let text = ArticleTextFormat.oneLine(current.text)
                    if !text.isEmpty && droppedDepth == 0 {
                        let id = linkIDs[current.href] ?? {
                            linkTargets.append(HTMLLink(text: text, url: current.href))
                            linkIDs[current.href] = linkTargets.count - 1
                            return linkTargets.count - 1
                        }()
                        // the marker right after the link's last word (`the report[1]`)
                        appendMarker(id)
                    }
                    link = nil
                }
                stack.removeLast()
                if open.dropped { droppedDepth -= 1 }
                if open.articleRoot { articleDepth -= 1 }
                if HTMLArticleExtractor.headings.contains(open.name) { headingDepth -= 1 }
                if open.name == "blockquote" { quoteDepth -= 1 }
                if open.name == "li" || open.name == "dd" || open.name == "dt" { listItemDepth -= 1 }
            }
        }

        mutating func meta(_ attributes: [String: String]) {
            guard let content = attributes["content"].map(ArticleTextFormat.oneLine), !content.isEmpty else { return }
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
            switch key {
            case "og:title", "twitter:title": if ogTitle == nil { ogTitle = content }
            case "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author":
                // article:author is often a profile URL, which names no one
                if author == nil, !content.hasPrefix("http") { author = content.hasPrefix("By ") ? String(content.dropFirst(3)) : content }
            case "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate", "publish-date", "parsely-pub-date":
                if date == nil { date = content }
            case "og:url": if ogURL == nil { ogURL = absolute(content) }
            case "og:site_name", "application-name": if siteName == nil { siteName = content }
            default: break
            }
        }

        /// An absolute http(s) address for `href`, resolved against the base.
        func absolute(_ href: String) -> String? {
            let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
                  let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
            return url.absoluteString
        }

        mutating func appendMarker(_ id: Int) {
            text.append(HTMLArticleExtractor.linkOpen)
            text.append(contentsOf: String(id).unicodeScalars)
            text.append(HTMLArticleExtractor.linkClose)
            lastWasBreak = false
        }

        /// The markers in the blocks kept, numbered from 1 in reading order
        /// (`[1]`), and the links they stand for in that order.
        func numberLinks(_ blocks: [HTMLBlock]) -> ([HTMLBlock], [HTMLLink]) {
            var number: [Int: Int] = [:]
            var links: [HTMLLink] = []
            let numbered = blocks.map { block -> HTMLBlock in
                guard block.text.unicodeScalars.contains(HTMLArticleExtractor.linkOpen) else { return block }
                var out = String.UnicodeScalarView(), id: String.UnicodeScalarView? = nil
                for s in block.text.unicodeScalars {
                    if s == HTMLArticleExtractor.linkOpen { id = String.UnicodeScalarView(); continue }
                    if s == HTMLArticleExtractor.linkClose, let digits = id {
                        id = nil
                        guard let k = Int(String(digits)), linkTargets.indices.contains(k) else { continue }
                        let n = number[k] ?? {
                            links.append(linkTargets[k])
                            number[k] = links.count
                            return links.count
                        }()
                        out.append(contentsOf: "[\(n)]".unicodeScalars)
                        continue
                    }
                    if id != nil { id!.append(s) } else { out.append(s) }
                }
                return HTMLBlock(block.kind, String(out))
            }
            return (numbered, links)
        }

        mutating func finish() -> HTMLArticle {
            while !stack.isEmpty { end(stack[stack.count - 1].name) }
            flush()
            let kept = sawArticleRoot && collected.contains(where: \.inArticle) ? collected.filter(\.inArticle) : collected
            var blocks = kept.map(\.block)
            let title = [ogTitle, firstArticleHeading, pageTitle.map(ArticleTextFormat.oneLine), firstHeading]
                .compactMap { $0 }.first { !$0.isEmpty }
            // the headline is the title: it is not repeated as the first block
            if let title, let first = blocks.first.map({ HTMLArticleExtractor.withoutMarkers($0.text) }), blocks[0].kind == .heading,
               first == title || title.hasPrefix(first) {
                blocks.removeFirst()
            }
            let (numbered, links) = numberLinks(blocks)
            return HTMLArticle(title: title, siteName: siteName, author: author,
                               date: date ?? timeDate, url: canonical ?? ogURL, blocks: numbered, links: links)
        }
    }
}
