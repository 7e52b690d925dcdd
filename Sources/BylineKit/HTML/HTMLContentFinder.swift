/// Where a page's story is: the element (and the siblings that continue it)
/// that holds the most paragraph text, scored the way readability scores
/// candidates, and what inside it is page furniture after all.
///
/// Every paragraph gives its parent a score (one point, one per comma, one
/// per hundred characters up to three) and its grandparent and great-
/// grandparent a share of it; a candidate starts from its tag and from the
/// words in its class and id, and loses the share of its text that is links.
/// Class and id words judge candidates and their contents, never `<html>`,
/// `<body>` or an element that holds most of the page's text: whole-page
/// wrappers are often named for the layout (`one-sidebar`, `has-ads`).
struct HTMLContentFinder {
    let tree: HTMLTree
    private(set) var removed: [Bool]
    private var text: HTMLPageText
    private var scores: [Int: Double] = [:]
    /// `p`s, and elements that hold text and no blocks: paragraphs whatever
    /// their tag (readability turns such `div`s into `p`s).
    private var paragraphs: Set<Int> = []

    /// The story's elements, in document order, and the subtrees inside them
    /// that are not story.
    struct Content {
        var roots: [Int]
        var removed: [Bool]
    }

    static func find(in tree: HTMLTree) -> Content {
        // First with class and id words as evidence; if that leaves no text
        // (a page whose every wrapper says `sidebar`), without them.
        for judgeNames in [true, false] {
            var finder = HTMLContentFinder(tree: tree, judgeNames: judgeNames)
            if let content = finder.content() { return content }
        }
        // No paragraph long enough to score (a few lines, a fragment): the
        // whole page, less what is never story.
        return everything(in: tree)
    }

    /// The whole document, less what is never story.
    static func everything(in tree: HTMLTree) -> Content {
        let body = tree.first("body") ?? (tree.count > 0 ? 0 : nil)
        return Content(roots: body.map { [$0] } ?? [], removed: furniture(in: tree, judgeNames: true))
    }

    private init(tree: HTMLTree, judgeNames: Bool) {
        self.tree = tree
        removed = Self.furniture(in: tree, judgeNames: judgeNames)
        text = HTMLPageText(tree, leavingOut: removed)
    }

    // MARK: - What is never story

    /// Elements whose contents are never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "textarea", "title", "head", "nav", "aside", "footer",
        "button", "select", "option", "label", "input", "svg", "canvas", "object", "embed", "audio", "video", "picture",
        "figure", "figcaption", "menu", "dialog", "map", "math", "link", "meta",
    ]

    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alert", "alertdialog", "menu",
        "menubar", "toolbar", "tablist",
    ]

    /// Words in a class or id that mark page furniture rather than story.
    static let furnitureWords: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "sponsor",
        "sponsored", "promo", "promotion", "newsletter", "share", "sharing", "social", "related", "cookie",
        "cookies", "comments", "comment", "subscribe", "subscription", "signup", "outbrain", "taboola", "popup",
        "modal", "breadcrumb", "breadcrumbs", "sidebar", "menu", "navbar", "masthead", "toolbar",
        "recommended", "trending", "footer", "header", "disqus", "pagination", "pager", "widget", "combx",
        "shoutbox", "banner", "tags", "tag", "author-bio", "skyscraper", "gdpr", "consent",
    ]

    /// Words that keep an element whatever else its name says (`article-header`
    /// is not a header to drop, `main-menu` still is: see `furnitureName`).
    static let storyWords: Set<String> = [
        "article", "body", "content", "main", "story", "text", "entry", "post", "column",
    ]

    static func words(_ value: String) -> [Substring] {
        value.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    /// Whether an element's class or id names it furniture: a furniture word
    /// and no story word.
    static func furnitureName(_ node: HTMLTree.Node) -> Bool {
        var furniture = false
        for key in ["class", "id"] {
            guard let value = node[key] else { continue }
            for word in words(value) {
                if storyWords.contains(String(word)) { return false }
                if furnitureWords.contains(String(word)) { furniture = true }
            }
        }
        return furniture
    }

    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node["hidden"] != nil || node["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = node["style"]?.lowercased(), style.contains("none") || style.contains("hidden") {
            let squeezed = style.filter { $0 != " " }
            return squeezed.contains("display:none") || squeezed.contains("visibility:hidden")
        }
        return false
    }

    /// The subtrees that are not story wherever they are.
    static func furniture(in tree: HTMLTree, judgeNames: Bool) -> [Bool] {
        var removed = [Bool](repeating: false, count: tree.count)
        let pageText = tree.first("body").map { tree.textLength($0) } ?? (tree.count > 0 ? tree.textLength(0) : 0)
        var i = 0
        while i < tree.count {
            let node = tree[i]
            guard let name = node.name else { i += 1; continue }
            var drop = droppedElements.contains(name) || isHidden(node)
            if !drop, let role = node["role"]?.lowercased(), furnitureRoles.contains(role) { drop = true }
            if !drop && judgeNames && name != "html" && name != "body" && furnitureName(node) {
                // never a wrapper that holds most of the page
                drop = tree.textLength(i) * 2 < pageText
            }
            if drop {
                removed[i] = true
                i = node.end
            } else {
                i += 1
            }
        }
        return removed
    }

    // MARK: - Scoring

    static let paragraphElements: Set<String> = ["p", "pre", "td"]

    /// Elements that make a `div` a container rather than a paragraph.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "ul", "img", "tbody", "tr", "td", "th", "thead", "center",
    ]

    static let positiveWords: Set<String> = [
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "articlebody",
        "prose",
    ]
    static let negativeWords: Set<String> = [
        "combx", "comment", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "promo",
        "related", "scroll", "shoutbox", "sidebar", "sponsor", "shopping", "tags", "tool", "widget", "byline", "author",
        "share", "social", "nav", "menu", "caption", "credit", "hidden",
    ]

    /// +25 for each of class and id that reads like story, -25 for each that
    /// reads like furniture.
    static func classWeight(_ node: HTMLTree.Node) -> Double {
        if node.name == "html" || node.name == "body" { return 0 }
        var weight = 0.0
        for key in ["class", "id"] {
            guard let value = node[key] else { continue }
            let ws = words(value)
            if ws.contains(where: { negativeWords.contains(String($0)) }) { weight -= 25 }
            if ws.contains(where: { positiveWords.contains(String($0)) }) { weight += 25 }
        }
        if node["itemprop"]?.lowercased() == "articlebody" { weight += 50 }
        return weight
    }

    static func tagWeight(_ name: String) -> Double {
        switch name {
        case "div", "article", "main", "section": 5
        case "pre", "td", "blockquote": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
    }

    private mutating func give(_ score: Double, from paragraph: Int, firstAncestor: Int) {
        var ancestor = firstAncestor
        var level = 0
        while ancestor >= 0 && level < 3 {
            if scores[ancestor] == nil, let name = tree[ancestor].name {
                scores[ancestor] = Self.tagWeight(name) + Self.classWeight(tree[ancestor])
            }
            scores[ancestor, default: 0] += score / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
            ancestor = tree[ancestor].parent
            level += 1
        }
    }

    /// A paragraph that is mostly a link is a headline pointing elsewhere:
    /// it counts for the share of it that is not.
    private func paragraphScore(length: Int, commas: Int, linkDensity: Double) -> Double {
        (1 + Double(commas) + min(Double(length) / 100, 3)) * (1 - linkDensity)
    }

    private mutating func scoreParagraphs() {
        var i = 0
        while i < tree.count {
            let node = tree[i]
            guard let name = node.name else { i += 1; continue }
            if removed[i] { i = node.end; continue }
            if Self.paragraphElements.contains(name) {
                let length = text.length(i)
                if name == "p" { paragraphs.insert(i) }
                if length >= 25 { give(paragraphScore(length: length, commas: text.commaCount(i), linkDensity: text.linkDensity(i)),
                                         from: i, firstAncestor: node.parent) }
                i = node.end
                continue
            }
            // a div (or the like) of text: a paragraph if it holds no blocks,
            // else its loose text is one paragraph of its own
            var looseLength = 0, looseCommas = 0, looseLinks = 0.0, hasBlocks = false
            for child in tree.children(i) where !removed[child] {
                if let childName = tree[child].name {
                    if Self.blockElements.contains(childName) { hasBlocks = true; continue }
                    looseLength += text.length(child)
                    looseCommas += text.commaCount(child)
                    looseLinks += text.linkDensity(child) * Double(text.length(child))
                } else {
                    looseLength += text.length(child)
                    looseCommas += text.commaCount(child)
                }
            }
            if looseLength >= 25 && name != "html" && name != "body" && !name.hasPrefix("h") {
                let score = paragraphScore(length: looseLength, commas: looseCommas, linkDensity: looseLinks / Double(looseLength))
                if hasBlocks {
                    give(score, from: i, firstAncestor: i)
                } else {
                    paragraphs.insert(i)
                    give(score, from: i, firstAncestor: node.parent)
                }
            }
            i += 1
        }
        for (index, score) in scores {
            scores[index] = score * (1 - text.linkDensity(index))
        }
    }

    // MARK: - Choosing

    private mutating func content() -> Content? {
        scoreParagraphs()
        guard var top = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else {
            return nil
        }
        let topScore = scores[top] ?? 0
        top = climbed(from: top, score: topScore)
        // an only child stands for its parent, which may hold more (readability's rule)
        while tree[top].parent >= 0, tree[top].name != "body",
              tree.children(tree[top].parent).filter({ tree[$0].name != nil && !removed[$0] }).count == 1 {
            top = tree[top].parent
        }
        var roots: [Int] = []
        let parent = tree[top].parent
        if parent >= 0 {
            let threshold = max(10, topScore * 0.2)
            let topClass = tree[top]["class"]
            for sibling in tree.children(parent) where !removed[sibling] {
                if sibling == top { roots.append(sibling); continue }
                guard tree[sibling].name != nil else { continue }
                var bonus = 0.0
                if let topClass, !topClass.isEmpty, tree[sibling]["class"] == topClass { bonus = topScore * 0.2 }
                if let score = scores[sibling], score > 0, score + bonus >= threshold {
                    roots.append(sibling)
                } else if paragraphs.contains(sibling) {
                    let length = text.length(sibling), density = text.linkDensity(sibling)
                    if length > 80 && density < 0.25 { roots.append(sibling) }
                }
            }
        } else {
            roots = [top]
        }
        guard roots.contains(where: { text.length($0) > 0 }) else { return nil }
        var cleaned = removed
        for root in roots {
            // the cleaning may judge each of many small boxes of story to be
            // furniture; if it leaves less than a quarter of the text, it is not
            // trusted for that root
            let (subtrees, length) = cleaning(inside: root)
            if (text.length(root) - length) * 4 >= text.length(root) {
                for i in subtrees { cleaned[i] = true }
            }
        }
        return Content(roots: roots, removed: cleaned)
    }

    /// A story split into boxes leaves its parts as cousins, each scored
    /// alone: when three or more others score near the best, their nearest
    /// common ancestor is the story; and an ancestor that scores higher than
    /// the one below it, as the scores climb, holds more of it (Mozilla
    /// Readability's two rules).
    private func climbed(from best: Int, score bestScore: Double) -> Int {
        var top = best
        let near = scores.filter { $0.key != best && $0.value >= bestScore * 0.75 }.map(\.key)
        if near.count >= 3 {
            var ancestor = tree[top].parent
            while ancestor >= 0 && tree[ancestor].name != "body" {
                let holds = near.filter { $0 > ancestor && $0 < tree[ancestor].end }.count
                if holds >= 3 { top = ancestor; break }
                ancestor = tree[ancestor].parent
            }
        }
        // boxes of one story share their class: the best box's kin that score
        // too, wherever they are, and what holds them all is the story
        if top == best, let name = tree[best]["class"], !name.isEmpty {
            let kin = scores.filter { candidate in
                candidate.key != best && candidate.value >= bestScore * 0.2 && tree[candidate.key]["class"] == name
                    && !(candidate.key > best && candidate.key < tree[best].end)
            }.map(\.key)
            if !kin.isEmpty {
                var ancestor = tree[best].parent
                while ancestor >= 0, tree[ancestor].name != "body",
                      !kin.allSatisfy({ $0 > ancestor && $0 < tree[ancestor].end }) {
                    ancestor = tree[ancestor].parent
                }
                if ancestor >= 0, tree[ancestor].name != "body" { top = ancestor }
            }
        }
        var lastScore = scores[top] ?? bestScore
        let threshold = lastScore / 3
        var parent = tree[top].parent
        while parent >= 0, tree[parent].name != "body" {
            guard let score = scores[parent] else { parent = tree[parent].parent; continue }
            if score < threshold { break }
            if score > lastScore { top = parent; break }
            lastScore = score
            parent = tree[parent].parent
        }
        return top
    }

    // MARK: - Cleaning the story

    /// Readability's conditional cleaning: lists, tables and divs inside the
    /// story that are mostly links or mostly images, paragraphs that are links, or named as
    /// furniture with no score to outweigh it; headings named as furniture or
    /// made of links.
    ///
    /// The subtrees to leave out, and how much text they hold (they do not
    /// overlap: a subtree left out is not looked into).
    private func cleaning(inside root: Int) -> (subtrees: [Int], length: Int) {
        let rootLength = max(text.length(root), 1)
        var subtrees: [Int] = [], length = 0
        var i = root + 1
        while i < tree[root].end {
            let node = tree[i]
            guard let name = node.name else { i += 1; continue }
            if removed[i] { i = node.end; continue }
            if shouldClean(i, name: name, rootLength: rootLength) {
                subtrees.append(i)
                length += text.length(i)
                i = node.end
            } else {
                i += 1
            }
        }
        return (subtrees, length)
    }

    private func shouldClean(_ i: Int, name: String, rootLength: Int) -> Bool {
        let node = tree[i]
        let length = text.length(i)
        if name.count == 2, name.hasPrefix("h"), name != "hr" {
            return Self.classWeight(node) < 0 || text.linkDensity(i) > 0.33
        }
        // a paragraph that is all link is a headline of another story
        if paragraphs.contains(i) && text.linkDensity(i) > 0.8 { return true }
        guard ["div", "section", "table", "ul", "ol", "form", "header", "dl"].contains(name) else { return false }
        let density = text.linkDensity(i)
        // never most of the story, unless it is mostly links
        if length * 2 > rootLength { return density > 0.5 }
        let weight = Self.classWeight(node)
        if weight + (scores[i] ?? 0) < 0 { return true }
        guard text.commaCount(i) < 10 else { return false }
        let paragraphs = text.paragraphCount(i), images = text.imageCount(i)
        if images > 1 && Double(paragraphs) / Double(images) < 0.5 { return true }
        if length < 25 && (images == 0 || images > 2) { return true }
        if weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        return false
    }
}
