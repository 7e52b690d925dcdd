import Foundation

/// Text from a feed that is either HTML (`content:encoded`, Atom `type="html"`,
/// JSON Feed `content_html`) or plain text (Atom `type="text"`, `content_text`).
public struct FeedContent: Sendable, Equatable {
    public var text: String
    public var isHTML: Bool

    public init(_ text: String, isHTML: Bool) {
        self.text = text
        self.isHTML = isHTML
    }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}

/// One entry of a feed, whatever its format.
public struct FeedItem: Sendable, Equatable {
    /// What identifies the item across fetches: guid / id, else its link, else
    /// its title and date.
    public var id: String
    public var title: String?
    public var link: String?
    public var author: String?
    public var date: Date?
    /// The full text, when the feed carries it.
    public var content: FeedContent?
    /// A summary or description.
    public var summary: FeedContent?

    public init(id: String, title: String? = nil, link: String? = nil, author: String? = nil, date: Date? = nil,
                content: FeedContent? = nil, summary: FeedContent? = nil) {
        self.id = id
        self.title = title
        self.link = link
        self.author = author
        self.date = date
        self.content = content
        self.summary = summary
    }
}

/// A parsed feed: its format, title, site link and items, in the feed's order.
public struct FeedDocument: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable {
        case rss = "RSS", rdf = "RSS 1.0", atom = "Atom", jsonFeed = "JSON Feed"
    }

    public var format: Format
    public var title: String?
    public var link: String?
    public var items: [FeedItem]
    /// What was wrong with a feed that was read all the same (its XML broke
    /// off after some items), for the fetch's notes.
    public var notes: [String]

    public init(format: Format, title: String? = nil, link: String? = nil, items: [FeedItem] = [], notes: [String] = []) {
        self.format = format
        self.title = title
        self.link = link
        self.items = items
        self.notes = notes
    }
}

/// Why a response is not a feed Byline can read; each says what to do.
public enum FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    /// An HTML page; `feedLink` is the feed it advertises, if any.
    case htmlPage(feedLink: String?)
    case invalidXML(line: Int, message: String)
    case invalidJSON(String)
    case notAFeed(String)

    public var description: String {
        switch self {
        case .empty: "the response is empty"
        case .htmlPage(let link?): "the address gives a web page, not a feed; the page names its feed at \(FeedText.quoted(link)), subscribe to that"
        case .htmlPage(nil): "the address gives a web page, not a feed (RSS, Atom or JSON Feed); look for the site's feed address"
        case .invalidXML(let line, let message): "invalid XML at line \(line): \(message)"
        case .invalidJSON(let message): "invalid JSON: \(message)"
        case .notAFeed(let what): "not a feed: \(what)"
        }
    }
}
