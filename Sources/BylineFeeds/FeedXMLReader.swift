import BylineKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// RSS 0.91/0.92/2.0, RSS 1.0 (RDF) and Atom 1.0 through Foundation's
/// `XMLParser`, with namespaces: `content:encoded`, `dc:creator`, `dc:date`,
/// Atom's text constructs (`text`, `html`, and `xhtml` kept as markup).
/// External entities are never resolved.
final class FeedXMLReader: NSObject, XMLParserDelegate {
    enum Namespace {
        static let atom = "http://www.w3.org/2005/Atom"
        static let content = "http://purl.org/rss/1.0/modules/content/"
        static let dublinCore = "http://purl.org/dc/elements/1.1/"
        static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        static let rss1 = "http://purl.org/rss/1.0/"
        static let userland = "http://backend.userland.com/rss2"

        /// The feed's own vocabulary, as opposed to extensions (`media:title`,
        /// `itunes:author`) that reuse its element names.
        static func isCore(_ ns: String) -> Bool {
            ns.isEmpty || ns == rss1 || ns == atom || ns == userland
        }
    }

    private struct ItemBuilder {
        var id: String?
        var title: String?
        var link: String?
        var author: String?
        var published: Date?
        var updated: Date?
        var content: FeedContent?
        var summary: FeedContent?
    }

    private var format: FeedDocument.Format?
    private var root: String?
    private var feedTitle: String?
    private var feedLink: String?
    private var feedAuthor: String?
    private var items: [FeedItem] = []
    private var item: ItemBuilder?
    private var path: [String] = []
    private var text = ""
    /// The `type` of the Atom text construct being read.
    private var textType: String?
    /// Inside an Atom `type="xhtml"` construct: its markup so far, and depth.
    private var xhtml: (markup: String, depth: Int)?
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
        return FeedDocument(format: format, title: reader.feedTitle, link: reader.feedLink, items: reader.items, notes: notes)
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

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if var capture = xhtml {
            let attributeText = attributes.sorted { $0.key < $1.key }
                .map { " \($0.key)=\"\(Self.escape($0.value).replacingOccurrences(of: "\"", with: "&quot;"))\"" }.joined()
            capture.markup += "<" + name + attributeText + ">"
            capture.depth += 1
            xhtml = capture
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
        path.append(name)
        text = ""
        textType = nil
        let isAtom = format == .atom
        if (name == "item" && !isAtom) || (name == "entry" && isAtom) {
            item = ItemBuilder()
            if let about = attributes["rdf:about"] ?? attributes["about"] { item?.id = about }
            return
        }
        if isAtom, name == "link", let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            guard rel == "alternate" else { return }
            let url = absolute(href)
            if item != nil { if item?.link == nil { item?.link = url } } else if feedLink == nil { feedLink = url }
            return
        }
        if isAtom, ["title", "content", "summary"].contains(name) {
            textType = (attributes["type"] ?? "text").lowercased()
            if textType == "xhtml" { xhtml = ("", 0) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if xhtml != nil { xhtml!.markup += Self.escape(string) } else { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        let string = String(decoding: block, as: UTF8.self)
        if xhtml != nil { xhtml!.markup += Self.escape(string) } else { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        var value = text
        var type = textType
        if let capture = xhtml {
            if capture.depth > 0 {
                xhtml = (capture.markup + "</" + name + ">", capture.depth - 1)
                return
            }
            value = capture.markup
            type = "html"
            xhtml = nil
        }
        defer {
            if !path.isEmpty { path.removeLast() }
            text = ""
        }
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        let ns = namespaceURI ?? ""
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if item != nil {
            if (name == "item" && format != .atom) || (name == "entry" && format == .atom) {
                finishItem()
                return
            }
            readItemField(name, ns: ns, parent: parent, value: value, trimmed: trimmed, type: type)
            return
        }
        // the feed's own fields
        let isFeedLevel = (parent == "channel" || parent == "feed") && Namespace.isCore(ns)
        switch name {
        case "title" where isFeedLevel && feedTitle == nil:
            feedTitle = Self.plainText(trimmed, isHTML: format != .atom || type == "html")
        case "link" where isFeedLevel && format != .atom && feedLink == nil && !trimmed.isEmpty:
            feedLink = absolute(trimmed)
        case "name" where parent == "author" && path.count == 3 && format == .atom:
            feedAuthor = trimmed.isEmpty ? nil : ArticleTextFormat.oneLine(trimmed)
        default: break
        }
    }

    private func readItemField(_ name: String, ns: String, parent: String, value: String, trimmed: String, type: String?) {
        let direct = (parent == "item" || parent == "entry") && Namespace.isCore(ns)
        switch (name, ns) {
        case ("title", _) where direct:
            item?.title = Self.plainText(trimmed, isHTML: format != .atom || type == "html")
        case ("link", _) where direct && format != .atom:
            if !trimmed.isEmpty { item?.link = absolute(trimmed) }
        case ("guid", _) where direct, ("id", Namespace.atom) where direct:
            if !trimmed.isEmpty { item?.id = trimmed }
        case ("description", _) where direct:
            if !trimmed.isEmpty { item?.summary = FeedContent(value, isHTML: true) }
        case ("encoded", Namespace.content):
            if !trimmed.isEmpty { item?.content = FeedContent(value, isHTML: true) }
        case ("content", Namespace.atom) where direct:
            if !trimmed.isEmpty, let type, type == "html" || type == "text" || type.hasSuffix("html") {
                item?.content = FeedContent(value, isHTML: type != "text")
            }
        case ("summary", Namespace.atom) where direct:
            if !trimmed.isEmpty { item?.summary = FeedContent(value, isHTML: type != "text") }
        case ("pubDate", _) where direct, ("published", Namespace.atom), ("issued", Namespace.atom), ("date", Namespace.dublinCore):
            if item?.published == nil { item?.published = FeedDate.parse(trimmed) }
        case ("updated", Namespace.atom), ("modified", Namespace.atom):
            if item?.updated == nil { item?.updated = FeedDate.parse(trimmed) }
        case ("author", _) where direct && format != .atom:
            if item?.author == nil { item?.author = Self.authorName(fromRSS: trimmed) }
        case ("creator", Namespace.dublinCore):
            if item?.author == nil, !trimmed.isEmpty { item?.author = ArticleTextFormat.oneLine(trimmed) }
        case ("name", Namespace.atom) where parent == "author":
            if item?.author == nil, !trimmed.isEmpty { item?.author = ArticleTextFormat.oneLine(trimmed) }
        default: break
        }
    }

    private func finishItem() {
        guard let built = item else { return }
        item = nil
        let date = built.published ?? built.updated
        let id = built.id ?? built.link ?? [built.title ?? "", date.map(FeedDate.iso8601String) ?? ""].joined(separator: "|")
        guard id != "|" || built.content != nil || built.summary != nil else { return }
        let fallbackID = id == "|" ? FeedSlug.shortHash((built.content ?? built.summary)!.text) : id
        items.append(FeedItem(
            id: fallbackID, title: built.title, link: built.link, author: built.author ?? feedAuthor, date: date,
            content: built.content, summary: built.summary))
    }

    private func absolute(_ href: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: trimmed, relativeTo: baseURL)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url.absoluteString
    }

    /// RSS `<author>` is an e-mail address with the name in parentheses, or a name.
    static func authorName(fromRSS text: String) -> String? {
        let clean = ArticleTextFormat.oneLine(text)
        if let open = clean.firstIndex(of: "("), clean.hasSuffix(")") {
            let name = clean[clean.index(after: open)..<clean.index(before: clean.endIndex)].trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        if clean.isEmpty || (clean.contains("@") && !clean.contains(" ")) { return nil }
        return clean
    }

    /// A title as plain text: tags dropped and entities decoded when it is HTML.
    static func plainText(_ text: String, isHTML: Bool) -> String? {
        var result = text
        if isHTML && (text.contains("<") || text.contains("&")) {
            result = HTMLTokenizer(text).compactMap { token -> String? in
                if case .text(let s) = token { return s }
                return nil
            }.joined()
        }
        let clean = ArticleTextFormat.oneLine(result)
        return clean.isEmpty ? nil : clean
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
