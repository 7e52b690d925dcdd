import BylineKit
import Foundation

/// Subscribing, as `byline feeds add` and `import` do it: the address
/// checked, a web page that names its feed followed to that feed, the feed
/// read once for its title, a name chosen, and no feed, address or name
/// twice in the list. The command line only reports what comes back.
public enum Subscriber {
    /// Why a feed was not added, said so that the user knows what to do.
    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case badAddress(String)
        case alreadySubscribed(url: String, as: String)
        case pageFeedAlreadySubscribed(url: String, as: String)
        case pageWithoutFeed(String)
        case nameTaken(String, by: String)

        public var description: String {
            switch self {
            case .badAddress(let why): why
            case .alreadySubscribed(let url, let name): "already subscribed to \(FeedText.safe(url)) as '\(FeedText.safe(name))'"
            case .pageFeedAlreadySubscribed(let url, let name):
                "that page's feed, \(FeedText.safe(url)), is already subscribed to as '\(FeedText.safe(name))'"
            case .pageWithoutFeed(let url):
                "\(FeedText.safe(url)) is a web page, not a feed, and names none; give the address of its RSS, Atom or JSON feed"
            case .nameTaken(let name, let url): "the name '\(FeedText.safe(name))' is taken by \(FeedText.safe(url)); choose another with --name"
            }
        }
    }

    /// A subscription ready to add, with what the user should know about it.
    public struct Subscription: Sendable, Equatable {
        public var feed: FeedSubscription
        public var notes: [String]
    }

    /// The subscription `address` makes in `list` (which it leaves as it is).
    public static func subscription(to address: String, name: String?, full: Bool, in list: SubscriptionList,
                                     fetcher: FeedFetcher) async throws(Refusal) -> Subscription {
        let url: URL
        switch FeedURLPolicy.check(address) {
        case .success(let u): url = u
        case .failure(let refusal): throw .badAddress(refusal.description)
        }
        if let existing = list.feeds.first(where: { $0.url == url.absoluteString }) {
            throw .alreadySubscribed(url: url.absoluteString, as: existing.name)
        }
        var notes: [String] = []
        var feedName = name.map(ArticleTextFormat.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        var feedURL = url
        // read the feed now: a web page that names its feed subscribes to that
        // feed, and a feed without a name is named after its own title
        var probe = await fetcher.probe(url)
        if case .failure(.feed(.htmlPage(let link?))) = probe, case .success(let advertised) = FeedURLPolicy.check(link) {
            if let existing = list.feeds.first(where: { $0.url == advertised.absoluteString }) {
                throw .pageFeedAlreadySubscribed(url: advertised.absoluteString, as: existing.name)
            }
            notes.append("the page names its feed at \(advertised.absoluteString); subscribing to that")
            feedURL = advertised
            probe = await fetcher.probe(advertised)
        }
        switch probe {
        case .success(let document):
            if feedName == nil { feedName = document.title.flatMap { $0.isEmpty ? nil : String($0.prefix(80)) } }
        case .failure(.feed(.htmlPage)):
            throw .pageWithoutFeed(url.absoluteString)
        case .failure(let failure):
            notes.append("could not read the feed now (\(failure)); added all the same, it is tried at each fetch")
        }
        let feed = FeedSubscription(name: feedName ?? FeedSubscription.defaultName(for: feedURL), url: feedURL.absoluteString, full: full)
        if let existing = list.feeds.first(where: { sameName($0, feed) }) {
            throw .nameTaken(feed.name, by: existing.url)
        }
        return Subscription(feed: feed, notes: notes)
    }

    /// The feeds of an import added to `list`: one already subscribed (by
    /// address) is skipped, and a name already in use gets a number, so that
    /// every feed keeps a folder of its own. Returns how many were added.
    public static func add(imported feeds: [FeedSubscription], to list: inout SubscriptionList) -> Int {
        // addresses, names and folders taken, in sets, and the next number to
        // try for each name: an import of thousands of feeds sharing a title is
        // linear, not a search of the list for every number tried
        var urls = Set(list.feeds.map(\.url))
        var taken = Set(list.feeds.flatMap(\.claims))
        var nextNumber: [String: Int] = [:]
        var added = 0
        for var feed in feeds {
            guard urls.insert(feed.url).inserted else { continue }
            let base = feed.name
            var n = nextNumber[base.lowercased()] ?? 2
            while feed.claims.contains(where: taken.contains) {
                feed.name = "\(base) \(n)"
                n += 1
            }
            nextNumber[base.lowercased()] = n
            taken.formUnion(feed.claims)
            list.feeds.append(feed)
            added += 1
        }
        return added
    }

    /// Two feeds that would share a name or a folder.
    static func sameName(_ a: FeedSubscription, _ b: FeedSubscription) -> Bool {
        !Set(a.claims).isDisjoint(with: b.claims)
    }
}
