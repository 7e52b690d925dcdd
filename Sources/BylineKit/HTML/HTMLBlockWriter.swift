import Foundation

/// The story's elements → text blocks and the links in them. Block elements
/// start and end blocks, two `<br>`s in a row end one, and a block's kind is
/// that of the nearest heading, list item or block quote around it. A link's
/// number follows its last word (`the report[1]`); each address is numbered
/// once, in reading order.
struct HTMLBlockWriter {
    /// Elements that end one block of text and start another. A table's row
    /// is one block, its cells set apart by spaces.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
        "caption", "fieldset", "legend",
    ]

    private let tree: HTMLTree
    private let removed: [Bool]
    private let base: URL?

    private var blocks: [HTMLBlock] = []
    private var text = String.UnicodeScalarView()
    private var pendingSpace = false
    private var lastWasBreak = false
    private var headingDepth = 0, quoteDepth = 0, listItemDepth = 0
    private var links: [HTMLLink] = []
    private var linkNumbers: [String: Int] = [:]

    init(tree: HTMLTree, removed: [Bool], base: URL?) {
        self.tree = tree
        self.removed = removed
        self.base = base
    }

    static func write(_ roots: [Int], in tree: HTMLTree, removed: [Bool], base: URL?) -> (blocks: [HTMLBlock], links: [HTMLLink]) {
        var writer = HTMLBlockWriter(tree: tree, removed: removed, base: base)
        for root in roots { writer.write(root) }
        writer.flush()
        return (writer.blocks, writer.links)
    }

    /// Walks `root`'s subtree in document order, leaving each element when
    /// the walk passes its end; removed subtrees are skipped whole.
    private mutating func write(_ root: Int) {
        var open: [Int] = []
        var i = root
        let end = tree[root].end
        while i < end {
            while let last = open.last, i >= tree[last].end { leave(open.removeLast()) }
            let node = tree[i]
            guard let name = node.name else {
                append(node.text)
                i += 1
                continue
            }
            if removed[i] { i = node.end; continue }
            enter(i, name: name)
            open.append(i)
            i += 1
        }
        while let last = open.popLast() { leave(last) }
    }

    private mutating func enter(_ i: Int, name: String) {
        if name == "br" {
            if lastWasBreak { flush() } else { if !text.isEmpty { pendingSpace = true }; lastWasBreak = true }
            return
        }
        if Self.blockElements.contains(name) { flush() }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": headingDepth += 1
        case "blockquote": quoteDepth += 1
        case "li", "dd", "dt": listItemDepth += 1
        case "td", "th": if !text.isEmpty { pendingSpace = true }
        default: break
        }
    }

    private mutating func leave(_ i: Int) {
        guard let name = tree[i].name, name != "br" else { return }
        if name == "a", let href = tree[i]["href"], let url = absolute(href) {
            linkEnded(url, text: ArticleTextFormat.oneLine(tree.plainText(i, removed: removed)))
        }
        if Self.blockElements.contains(name) { flush() }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": headingDepth -= 1
        case "blockquote": quoteDepth -= 1
        case "li", "dd", "dt": listItemDepth -= 1
        default: break
        }
    }

    private mutating func linkEnded(_ url: String, text linkText: String) {
        guard !linkText.isEmpty, !text.isEmpty else { return }
        let number = linkNumbers[url] ?? {
            links.append(HTMLLink(text: linkText, url: url))
            linkNumbers[url] = links.count
            return links.count
        }()
        text.append(contentsOf: "[\(number)]".unicodeScalars)
        lastWasBreak = false
    }

    private mutating func append(_ s: String) {
        for c in s.unicodeScalars {
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
    private mutating func flush() {
        defer {
            text.removeAll(keepingCapacity: true)
            pendingSpace = false
            lastWasBreak = false
        }
        guard !text.isEmpty else { return }
        let clean = ArticleTextFormat.oneLine(String(text))
        guard !clean.isEmpty else { return }
        let kind: HTMLBlock.Kind = headingDepth > 0 ? .heading : listItemDepth > 0 ? .listItem : quoteDepth > 0 ? .quote : .paragraph
        blocks.append(HTMLBlock(kind, clean))
    }

    /// An absolute http(s) address for `href`, resolved against the base.
    private func absolute(_ href: String) -> String? {
        HTMLArticleExtractor.absolute(href, base: base)
    }
}

extension HTMLTree {
    /// The text under `index`, leaving out removed subtrees, as it reads
    /// (whitespace not yet folded).
    func plainText(_ index: Int, removed: [Bool]? = nil) -> String {
        var out = ""
        var i = index + 1
        while i < self[index].end {
            let node = self[i]
            if node.isText {
                out += node.text
                i += 1
            } else if removed?[i] == true {
                i = node.end
            } else {
                if node.name == "br" { out += " " }
                i += 1
            }
        }
        return out
    }
}
