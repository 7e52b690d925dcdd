import Foundation

/// One feed subscribed to: a name (shown as each article's source), an
/// http(s) address, and whether to fetch the linked page when an item carries
/// only a summary (`full`).
public struct FeedSubscription: Sendable, Equatable, Hashable {
    public var name: String
    public var url: String
    public var full: Bool

    public init(name: String, url: String, full: Bool = false) {
        self.name = name
        self.url = url
        self.full = full
    }

    /// The feed's folder name under the feeds folder.
    public var slug: String { FeedSlug.make(name, fallback: FeedSlug.make(URL(string: url)?.host ?? "", fallback: "feed")) }

    /// What a feed takes that no other may: its name, in any case, and its
    /// folder. Two feeds clash when any of these are equal.
    public var claims: [String] { [name.lowercased(), slug] }

    /// `Name (address)`: how fetch lines and errors name a feed.
    public var label: String { "\(name) (\(url))" }

    /// A name for a feed added without one, until its first fetch gives it
    /// the feed's own title: its host without `www.`, with the path's telling
    /// parts (`example.org/world` for `https://www.example.org/world/rss.xml`),
    /// else the file's own name (`example.org/atom`), so two feeds of one
    /// host never share a name.
    public static func defaultName(for url: URL) -> String {
        var host = url.host ?? url.absoluteString
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let generic: Set<String> = ["rss", "rss2", "feed", "feeds", "atom", "index", "xml", "rdf", "json", "default"]
        let all = url.path.split(separator: "/").map { part -> String in
            let s = String(part)
            guard let dot = s.lastIndex(of: "."), ["xml", "rss", "atom", "json", "rdf", "php", "cgi"].contains(s[s.index(after: dot)...].lowercased()) else { return s }
            return String(s[..<dot])
        }.filter { !$0.isEmpty }
        // the telling parts; else the file's own name (`atom`, `rss2`)
        let parts = all.filter { !generic.contains($0.lowercased()) }
        if !parts.isEmpty { return host + "/" + parts.joined(separator: "/") }
        if let last = all.last { return host + "/" + last }
        if let query = url.query, !query.isEmpty { return host + "?" + query }
        return host
    }

    /// Whether the name is the one its address gives (`defaultName`): no
    /// one chose it, so the feed's own title may replace it.
    public var hasDerivedName: Bool {
        URL(string: url).map { Self.defaultName(for: $0) == name } ?? false
    }
}
