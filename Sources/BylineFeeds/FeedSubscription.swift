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

    /// A name for a feed added without one: its host, without `www.`.
    public static func defaultName(for url: URL) -> String {
        let host = url.host ?? url.absoluteString
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
