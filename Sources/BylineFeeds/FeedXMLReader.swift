import BylineKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// RSS 0.90–2.0, RSS 1.0 (RDF) and Atom 1.0 (and 0.3) through Foundation's `XMLParser`,
/// with namespaces: `content:encoded`, Dublin Core, Atom's text constructs
/// (`text`, `html`, and `xhtml` kept as markup), and the extension elements
/// that stand in for a missing title, summary, date or author
/// (`FeedItemBuilder`). Markup written straight into a field
/// (`<description><p>…</p></description>`) is kept as markup, not lost;
/// `xml:base` on any element applies to the links inside it; an Atom entry's
/// `<source>` (the feed it was copied from) gives the entry nothing.
/// External entities are never resolved.
final class FeedXMLReader: NSObject, XMLParserDelegate {
    private var format: FeedDocument.Format?
    private var root: String?
    private var feedTitle: String?
    private var extensionFeedTitle: String?
    private var feedLink: String?
    private var feedAuthor: String?
    private var items: [FeedItem] = []
    private var item: FeedItemBuilder?
    /// The depth of the item being read (an element of the same name inside
    /// it does not end it).
    private var itemDepth = 0
    /// The open elements' local names, namespaces, and the base address inside each.
    private var path: [String] = []
    private var namespaces: [String] = []
    private var bases: [URL?] = []
    private var fieldNamespace: String { namespaces.last ?? "" }
    private var text = ""
    /// The `type` of the Atom text construct being read: text, html or xhtml.
    private var textType: String?
    /// Markup inside a field (Atom xhtml, or elements written into an RSS
    /// description): the markup so far, and how deep in it the reader is.
    private var markup: (text: String, depth: Int)?
    /// The depth of an Atom entry's `<source>` being skipped.
    private var sourceDepth: Int?
    /// Whether the `<guid>` being read is a permalink.
    private var guidIsPermaLink = true
    /// An Atom `<link>` without `href`, whose text is the address.
    private var linkWithoutHref = false
    private let baseURL: URL?

    init(baseURL: URL?) {
        self.baseURL = baseURL
    }

    static func read(_ data: Data, baseURL: URL?) throws(FeedParseError) -> FeedDocument {
        let reader = FeedXMLReader(baseURL: baseURL)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let parsed = parser.parse()
        if let root = reader.root, reader.format == nil {
            if root.lowercased() == "html" { throw .htmlPage(feedLink: nil) }
            throw .notAFeed("an XML document whose top element is <\(FeedText.quoted(root).dropFirst().dropLast())>, not <rss>, <rdf:RDF> or <feed>")
        }
        var notes: [String] = []
        if !parsed || reader.error != nil {
            let error = reader.error ?? (parser.parserError.map { ($0 as NSError).code } ?? 0, parser.lineNumber)
            let message = FeedXMLError.explain(error.code)
            // the items read before a fatal error are kept, as other readers
            // keep them; a document that broke before its first item is refused
            guard reader.format != nil, !reader.items.isEmpty else {
                throw .invalidXML(line: error.line, message: message)
            }
            notes.append("the XML breaks off at line \(error.line) (\(message)); \(reader.items.count) item\(reader.items.count == 1 ? "" : "s") before it read")
        }
        guard let format = reader.format else { throw .empty }
        return FeedDocument(format: format, title: reader.feedTitle ?? reader.extensionFeedTitle, link: reader.feedLink,
                            items: FeedItemBuilder.distinctIDs(reader.items), notes: notes)
    }

    /// The first fatal error. libxml2 reports namespace errors (a prefix
    /// never declared) and goes on; so does the reader.
    private(set) var error: (code: Int, line: Int)?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        let code = (parseError as NSError).code
        if (200..<300).contains(code) { return }
        if error == nil { error = (code, parser.lineNumber) }
        parser.abortParsing()
    }

    /// libxml2's messages without the error-code noise.
    static func shortMessage(_ message: String) -> String {
        let clean = ArticleTextFormat.oneLine(message)
        return clean.count > 160 ? String(clean.prefix(160)) + "…" : clean
    }

    private var isAtom: Bool { format == .atom }

    private func isItem(_ name: String) -> Bool {
        isAtom ? name == "entry" : name == "item"
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let ns = Namespace.normalised(namespaceURI)
        if markup == nil, path.count >= 2, let field = path.last,
           Self.holdsMarkup(field, ns: fieldNamespace) {
            // an element written into a field: the field's text so far is markup too
            markup = (Self.escape(text), 0)
        }
        if markup != nil {
            let attributeText = attributes.sorted { $0.key < $1.key }
                .map { " \($0.key)=\"\(Self.escape($0.value).replacingOccurrences(of: "\"", with: "&quot;"))\"" }.joined()
            // (appended in place: a copy per element made deep nesting quadratic)
            markup!.text += "<" + name + attributeText + ">"
            markup!.depth += 1
            return
        }
        if root == nil {
            root = name
            switch name {
            case "rss": format = .rss
            case "RDF": format = .rdf
            case "feed": format = .atom
            default:
                parser.abortParsing()
                return
            }
        }
        let parent = path.last ?? ""
        let base = attributes["xml:base"].flatMap { URL(string: $0.trimmingCharacters(in: .whitespaces), relativeTo: bases.last ?? baseURL)?.absoluteURL }
            ?? bases.last ?? baseURL
        path.append(name)
        bases.append(base)
        namespaces.append(ns)
        text = ""
        textType = nil
        if isItem(name) && item == nil {
            item = FeedItemBuilder()
            itemDepth = path.count
            if let about = attributes["rdf:about"] ?? attributes["about"] { item?.id = about }
            return
        }
        if item != nil, sourceDepth == nil, isAtom, name == "source" {
            sourceDepth = path.count
        }
        guard sourceDepth == nil else { return }
        if name == "guid" { guidIsPermaLink = attributes["isPermaLink"]?.lowercased() != "false" }
        if !isAtom, name == "link", Namespace.isCore(ns), let href = attributes["href"], (attributes["rel"] ?? "alternate") == "alternate",
           parent == "item" || parent == "channel" {
            // (an Atom-style link in an RSS feed)
            setLink(absolute(href), atFeedLevel: parent == "channel")
            return
        }
        if isAtom, name == "link", Namespace.isCore(ns), parent == "entry" || parent == "feed" {
            let rel = attributes["rel"] ?? "alternate"
            guard rel == "alternate" else { return }
            guard let href = attributes["href"] else {
                linkWithoutHref = true
                return
            }
            setLink(absolute(href), atFeedLevel: parent == "feed")
            return
        }
        if isAtom, ["title", "content", "summary", "subtitle"].contains(name) {
            textType = Self.constructType(attributes["type"], mode: attributes["mode"])
            if textType == "xhtml" { markup = ("", 0) }
        }
    }

    private func setLink(_ url: String?, atFeedLevel: Bool) {
        guard let url else { return }
        if atFeedLevel {
            if feedLink == nil { feedLink = url }
        } else if item != nil, item?.link == nil {
            item?.link = url
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if markup != nil { markup!.text += Self.escape(string) } else { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        let string = String(decoding: block, as: UTF8.self)
        if markup != nil { markup!.text += Self.escape(string) } else { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        var value = text
        var type = textType
        if let depth = markup?.depth {
            if depth > 0 {
                markup!.text += "</" + name + ">"
                markup!.depth -= 1
                return
            }
            value = markup!.text
            type = "html"
            markup = nil
        }
        if let encoded = type, encoded.hasPrefix("base64") {
            // (text is read as what it decodes to; anything else is not read)
            let decoded = Data(base64Encoded: value.filter { !$0.isWhitespace }).flatMap { String(validating: $0, as: UTF8.self) }
            value = decoded ?? ""
            type = encoded == "base64-text" ? "text" : "html"
        }
        let base = bases.last ?? baseURL
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        let ns = Namespace.normalised(namespaceURI)
        defer {
            if !path.isEmpty {
                path.removeLast()
                bases.removeLast()
                namespaces.removeLast()
            }
            text = ""
            textType = nil
        }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let hrefLess = linkWithoutHref
        if name == "link" { linkWithoutHref = false }
        if item != nil {
            if let depth = sourceDepth {
                if path.count == depth { sourceDepth = nil }
                return
            }
            if path.count == itemDepth {
                if let built = item?.build(feedAuthor: feedAuthor) { items.append(built) }
                item = nil
                return
            }
            readItemField(name, ns: ns, parent: parent, value: value, trimmed: trimmed, type: type, base: base, hrefLess: hrefLess)
            return
        }
        // the feed's own fields
        let isFeedLevel = parent == "channel" || parent == "feed" || (format == .rdf && parent == "RDF")
        switch (name, ns) {
        case ("title", _) where isFeedLevel && Namespace.isCore(ns) && feedTitle == nil:
            feedTitle = Self.plainText(trimmed, isHTML: !isAtom || type == "html")
        case ("title", Namespace.dublinCore) where isFeedLevel && extensionFeedTitle == nil:
            extensionFeedTitle = Self.plainText(trimmed, isHTML: true)
        case ("link", _) where isFeedLevel && Namespace.isCore(ns) && (!isAtom || hrefLess) && !trimmed.isEmpty:
            if feedLink == nil { feedLink = absolute(trimmed, base: base) }
        case ("name", _) where parent == "author" && path.count == 3 && isAtom:
            feedAuthor = trimmed.isEmpty ? nil : ArticleTextFormat.oneLine(trimmed)
        default: break
        }
    }

    /// One field of an item, at its end tag; `hrefLess` for an Atom link
    /// whose address is its text.
    private func readItemField(_ name: String, ns: String, parent: String, value: String, trimmed: String, type: String?,
                               base: URL?, hrefLess: Bool) {
        let direct = isItem(parent)
        let core = Namespace.isCore(ns)
        switch (name, ns) {
        case ("title", _) where direct && core:
            if item?.title == nil { item?.title = Self.plainText(trimmed, isHTML: !isAtom || type == "html") }
        case ("title", Namespace.dublinCore) where direct, ("title", Namespace.media):
            if item?.extensionTitle == nil { item?.extensionTitle = Self.plainText(trimmed, isHTML: true) }
        case ("link", _) where direct && core && (!isAtom || hrefLess):
            if !trimmed.isEmpty, item?.link == nil { item?.link = absolute(trimmed, base: base) }
        case ("guid", _) where direct && core:
            if !trimmed.isEmpty {
                item?.id = trimmed
                if guidIsPermaLink { item?.idLink = Self.webAddress(trimmed) }
            }
        case ("id", _) where direct && core:
            if !trimmed.isEmpty {
                item?.id = trimmed
                item?.idLink = Self.webAddress(trimmed)
            }
        case ("description", _) where direct && core:
            if !trimmed.isEmpty { item?.summary = FeedContent(value, isHTML: true) }
        case ("encoded", Namespace.content):
            if !trimmed.isEmpty { item?.content = FeedContent(value, isHTML: true) }
        case ("body", Namespace.xhtml), ("body", _) where direct && core, ("fullitem", _) where direct && core:
            if !trimmed.isEmpty, item?.extensionContent == nil { item?.extensionContent = FeedContent(value, isHTML: true) }
        case ("content", _) where direct && core && isAtom:
            if !trimmed.isEmpty, let type { item?.content = FeedContent(value, isHTML: type != "text") }
        case ("summary", _) where direct && core && isAtom:
            if !trimmed.isEmpty, let type { item?.summary = FeedContent(value, isHTML: type != "text") }
        // (an RSS <summary>, as some feeds write it, is HTML like <description>)
        case ("description", Namespace.dublinCore), ("description", Namespace.media), ("summary", Namespace.itunes),
             ("summary", _) where direct && core && !isAtom:
            if !trimmed.isEmpty, item?.extensionSummary == nil { item?.extensionSummary = FeedContent(value, isHTML: ns != Namespace.itunes) }
        case ("pubDate", _) where direct && core, ("published", _) where direct && core, ("issued", _) where direct && core,
             ("created", _) where direct && core:
            if item?.published == nil { item?.published = FeedDate.parse(trimmed) }
        case ("updated", _) where direct && core, ("modified", _) where direct && core:
            if item?.updated == nil { item?.updated = FeedDate.parse(trimmed) }
        case ("date", Namespace.dublinCore), ("modified", Namespace.dublinCoreTerms), ("issued", Namespace.dublinCoreTerms),
             ("created", Namespace.dublinCoreTerms):
            if item?.extensionDate == nil { item?.extensionDate = FeedDate.parse(trimmed) }
        case ("author", _) where direct && core && !isAtom:
            if item?.author == nil { item?.author = Self.authorName(fromRSS: trimmed) }
        case ("creator", Namespace.dublinCore):
            if item?.author == nil, !trimmed.isEmpty { item?.author = ArticleTextFormat.oneLine(trimmed) }
        case ("author", Namespace.itunes):
            if item?.extensionAuthor == nil, !trimmed.isEmpty { item?.extensionAuthor = ArticleTextFormat.oneLine(trimmed) }
        case ("name", _) where parent == "author" && core && isAtom:
            if item?.author == nil, !trimmed.isEmpty { item?.author = ArticleTextFormat.oneLine(trimmed) }
        default: break
        }
    }

    private func absolute(_ href: String, base: URL? = nil) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: trimmed, relativeTo: base ?? bases.last ?? baseURL)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url.absoluteString
    }
}
