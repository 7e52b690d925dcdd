import BylineKit
import Foundation

/// Where feeds live, after the XDG base directories: the subscriptions
/// (`$XDG_CONFIG_HOME/byline/feeds.toml`), the fetched articles
/// (`$XDG_DATA_HOME/byline/feeds/<feed>/…`, inside the default library), and
/// the fetch state (`$XDG_STATE_HOME/byline/feeds-state.json`). An XDG
/// variable that is unset, empty or not an absolute path is ignored, as the
/// specification says, and the default under `$HOME` is used.
public struct FeedLocations: Sendable, Equatable {
    public var subscriptionsFile: URL
    public var articlesFolder: URL
    public var stateFile: URL

    public init(subscriptionsFile: URL, articlesFolder: URL, stateFile: URL) {
        self.subscriptionsFile = subscriptionsFile
        self.articlesFolder = articlesFolder
        self.stateFile = stateFile
    }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folders = BylineDirectories(environment: environment)
        self.init(
            subscriptionsFile: folders.config.appendingPathComponent("feeds.toml"),
            articlesFolder: folders.data.appendingPathComponent("feeds", isDirectory: true),
            stateFile: folders.state.appendingPathComponent("feeds-state.json"))
    }

    /// The folder of one feed's articles.
    public func folder(for feed: FeedSubscription) -> URL {
        articlesFolder.appendingPathComponent(feed.slug, isDirectory: true)
    }
}
