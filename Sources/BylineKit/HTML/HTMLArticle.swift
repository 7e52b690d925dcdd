/// A block of article text taken from HTML.
public struct HTMLBlock: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case paragraph, heading, quote, listItem
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A link kept from the page (for opening in a browser later): its text and
/// absolute http(s) address.
public struct HTMLLink: Sendable, Equatable {
    public var text: String
    public var url: String

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}

/// What an HTML page or fragment says as an article: its metadata when the page
/// gives it, the text blocks of the story, and the links in them.
public struct HTMLArticle: Sendable, Equatable {
    public var title: String?
    /// The publication, from `og:site_name` or `application-name`.
    public var siteName: String?
    public var author: String?
    /// As the page gives it (usually ISO 8601).
    public var date: String?
    /// The page's canonical address.
    public var url: String?
    public var blocks: [HTMLBlock]
    public var links: [HTMLLink]

    public init(title: String? = nil, siteName: String? = nil, author: String? = nil, date: String? = nil, url: String? = nil,
                blocks: [HTMLBlock] = [], links: [HTMLLink] = []) {
        self.title = title
        self.siteName = siteName
        self.author = author
        self.date = date
        self.url = url
        self.blocks = blocks
        self.links = links
    }

    /// The number of words in the blocks: how much story there is.
    public var wordCount: Int {
        blocks.reduce(0) { $0 + $1.text.split(separator: " ").count }
    }

    /// The article in Byline's text format (see `ArticleTextFormat`).
    public func articleText() -> String {
        ArticleTextFormat.render(
            header: ArticleHeader(title: title, source: siteName, author: author, date: date, url: url), blocks: blocks, links: links)
    }
}

/// Writes an article in the plain-text form `ArticleStructure` reads: a header
/// block (`Title:`, `Source:`, `Author:`, `Date:`, `URL:`), a blank line, then
/// one block per paragraph separated by blank lines. Headings become wire
/// crossheads (`- Heading -`), list items start with `• `. Links are numbered
/// references in the text (`the full report[1]`) and listed at the end after
/// a `Links:` line, one `[n] address` a line, as newsboat shows them (the
/// parser reads that list as page furniture, never story). Every value is
/// sanitised and header values are kept to one line, so nothing in the source
/// can add header fields or drive a terminal.
public enum ArticleTextFormat {
    public static func render(header: ArticleHeader, blocks: [HTMLBlock], links: [HTMLLink] = []) -> String {
        let body = blocks.compactMap { block -> String? in
            let text = oneLine(block.text)
            guard !text.isEmpty else { return nil }
            switch block.kind {
            case .heading: return "- " + text + " -"
            case .listItem: return "• " + text
            case .paragraph, .quote: return text
            }
        }
        var fields: [(String, String?)] = [
            ("Title", header.title), ("Source", header.source), ("Author", header.author),
            ("Date", header.date), ("URL", header.url),
        ]
        if fields[0].1.map(oneLine)?.isEmpty ?? true {
            // a title is always written, so the first paragraph is never read as a header
            let first = blocks.first { !oneLine($0.text).isEmpty }.map { oneLine($0.text) }
            fields[0].1 = first.map { ArticleStructure.derivedTitle(from: $0) } ?? "Untitled"
        }
        var lines: [String] = []
        for (key, value) in fields {
            guard let value else { continue }
            let clean = oneLine(value)
            if !clean.isEmpty { lines.append(key + ": " + String(clean.prefix(500))) }
        }
        var text = lines.joined(separator: "\n") + "\n\n" + body.joined(separator: "\n\n") + "\n"
        let references = links.enumerated().map { "[\($0.offset + 1)] " + oneLine($0.element.url) }
        if !references.isEmpty { text += "\n" + ArticleLinks.heading + "\n\n" + references.joined(separator: "\n") + "\n" }
        return text
    }

    /// Sanitised, with every run of whitespace (newlines included) one space.
    public static func oneLine(_ text: String) -> String {
        let clean = TextSanitiser.sanitise(text)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in clean.unicodeScalars {
            if s == " " || s == "\n" || s == "\t" || s == "\u{A0}" || s == "\u{2028}" || s == "\u{2029}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(s)
            }
        }
        return String(out)
    }
}
