import Foundation
import Testing
@testable import BylineFeeds

/// Subscribing without the command line: the list's rules in BylineFeeds.
@Suite struct SubscriberTests {
    @Test func anImportSkipsKnownAddressesAndNumbersTakenNames() {
        var list = SubscriptionList(feeds: [FeedSubscription(name: "Harbour Wire", url: "https://a.example/feed")])
        let added = Subscriber.add(imported: [
            FeedSubscription(name: "Harbour Wire", url: "https://a.example/feed"),      // already subscribed
            FeedSubscription(name: "harbour wire", url: "https://b.example/feed"),      // name taken, any case
            FeedSubscription(name: "Harbour Wire", url: "https://c.example/feed"),
        ], to: &list)
        #expect(added == 2)
        #expect(list.feeds.map(\.name) == ["Harbour Wire", "harbour wire 2", "Harbour Wire 3"])
    }

    @Test func thousandsOfFeedsSharingATitleEachGetANumber() {
        var list = SubscriptionList()
        let feeds = (1...3000).map { FeedSubscription(name: "Harbour Wire", url: "https://h\($0).example/feed") }
        #expect(Subscriber.add(imported: feeds, to: &list) == 3000)
        #expect(list.feeds.first?.name == "Harbour Wire" && list.feeds.last?.name == "Harbour Wire 3000")
        #expect(Set(list.feeds.map(\.slug)).count == 3000, "a folder each")
    }

    @Test func aBadOrKnownAddressIsRefusedBeforeAnythingIsFetched() async {
        let list = SubscriptionList(feeds: [FeedSubscription(name: "Harbour Wire", url: "https://a.example/feed")])
        let fetcher = FeedFetcher(locations: FeedLocations(subscriptionsFile: URL(fileURLWithPath: "/nonexistent/feeds.toml"),
                                                           articlesFolder: URL(fileURLWithPath: "/nonexistent/feeds"),
                                                           stateFile: URL(fileURLWithPath: "/nonexistent/state.json")))
        await #expect(throws: Subscriber.Refusal.alreadySubscribed(url: "https://a.example/feed", as: "Harbour Wire")) {
            try await Subscriber.subscription(to: "https://a.example/feed", name: nil, full: false, in: list, fetcher: fetcher)
        }
        await #expect(throws: Subscriber.Refusal.self) {
            try await Subscriber.subscription(to: "file:///etc/passwd", name: nil, full: false, in: list, fetcher: fetcher)
        }
    }
}
