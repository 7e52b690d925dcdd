import ArgumentParser
import BylineFeeds
import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `byline feeds [list | add URL | remove URL|NAME | import FILE.opml | parse FILE…]`.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "List, add, remove or import feed subscriptions (RSS, Atom, JSON Feed).",
        discussion: """
            Subscriptions live in $XDG_CONFIG_HOME/byline/feeds.toml \
            (~/.config/byline/feeds.toml), which you may edit by hand. Only http:// \
            and https:// addresses are accepted. 'byline fetch' writes each new item \
            as an article under $XDG_DATA_HOME/byline/feeds/<feed>/, part of the \
            default library.

            Examples:
              byline feeds add https://example.org/world/rss.xml --name "Meridian Wire"
              byline feeds add https://example.org/atom.xml --full
              byline feeds import subscriptions.opml
              byline feeds remove "Meridian Wire"
              byline feeds parse saved-feed.xml
              byline fetch
            """,
        subcommands: [List.self, Add.self, Remove.self, Import.self, FeedParseCommand.self],
        defaultSubcommand: List.self
    )

    static func loadList(_ locations: FeedLocations) throws -> SubscriptionList {
        do {
            let (list, notes) = try SubscriptionList.load(from: locations.subscriptionsFile)
            notes.forEach(Diagnostics.line)
            return list
        } catch {
            throw CommandLineError.failure(error.description)
        }
    }

    static func save(_ list: SubscriptionList, _ locations: FeedLocations) throws {
        do {
            try list.save(to: locations.subscriptionsFile)
        } catch {
            throw CommandLineError.failure("\(locations.subscriptionsFile.path): cannot write the subscriptions (\(error.localizedDescription))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Each feed: name, tab, address, tab, how its last fetch went.")

        func run() throws {
            let locations = FeedLocations()
            let list = try FeedsCommand.loadList(locations)
            if list.feeds.isEmpty {
                Diagnostics.line("no feeds yet: add one with 'byline feeds add URL' or 'byline feeds import FILE.opml'")
                return
            }
            let state = FetchState.load(from: locations.stateFile).state
            for feed in list.feeds {
                let record = state.feeds[feed.url]
                var status = "not fetched yet"
                if let error = record?.lastError {
                    status = "failed: \(error)"
                } else if let success = record?.lastSuccess {
                    status = "fetched \(FeedDate.iso8601String(success))"
                }
                let fields = [feed.name, feed.url, (feed.full ? "full, " : "") + status]
                print(fields.map(ArticleSummary.safe).joined(separator: "\t"))
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Subscribe to a feed.")

        @Argument(help: ArgumentHelp("The feed's address (http:// or https://).", valueName: "URL"))
        var url: String

        @Option(name: .long, help: ArgumentHelp("The feed's name, shown as its articles' source (default: the feed's title, else its host).", valueName: "NAME"))
        var name: String?

        @Flag(name: .long, help: "When an item carries only a summary, fetch the linked page for the full text.")
        var full = false

        func run() async throws {
            let locations = FeedLocations()
            var list = try FeedsCommand.loadList(locations)
            let subscription: Subscriber.Subscription
            do throws(Subscriber.Refusal) {
                subscription = try await Subscriber.subscription(to: url, name: name, full: full, in: list, fetcher: FeedFetcher(locations: locations))
            } catch {
                throw CommandLineError.usage(error.description)
            }
            subscription.notes.forEach(Diagnostics.line)
            let feed = subscription.feed
            list.feeds.append(feed)
            try FeedsCommand.save(list, locations)
            print("added \(ArticleSummary.safe(feed.name))\t\(ArticleSummary.safe(feed.url))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Unsubscribe from a feed (its articles stay).")

        @Argument(help: ArgumentHelp("The feed's address or name.", valueName: "URL|NAME"))
        var feed: String

        func run() throws {
            let locations = FeedLocations()
            var list = try FeedsCommand.loadList(locations)
            guard let index = list.index(of: feed) else {
                throw CommandLineError.usage("no feed named or at '\(ArticleSummary.safe(feed))' (see 'byline feeds list')")
            }
            let removed = list.feeds.remove(at: index)
            try FeedsCommand.save(list, locations)
            print("removed \(ArticleSummary.safe(removed.name))\t\(ArticleSummary.safe(removed.url))")
            let folder = locations.folder(for: removed)
            if FileManager.default.fileExists(atPath: folder.path) {
                Diagnostics.line("its articles stay in \(folder.path); delete that folder to remove them")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Subscribe to the feeds of an OPML file.")

        @Argument(help: ArgumentHelp("An OPML subscription list, as exported by other feed readers.", valueName: "FILE.opml"))
        var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandLineError.usage("cannot read \(ArticleSummary.safe(file)): name an OPML file")
            }
            let imported: OPMLImporter.Imported
            do {
                imported = try OPMLImporter.read(data)
            } catch {
                throw CommandLineError.failure("\(ArticleSummary.safe(file)): \(error.description)")
            }
            imported.notes.forEach { Diagnostics.line("\(file): \($0)") }
            let locations = FeedLocations()
            var list = try FeedsCommand.loadList(locations)
            let added = Subscriber.add(imported: imported.feeds, to: &list)
            if added > 0 { try FeedsCommand.save(list, locations) }
            let skipped = imported.feeds.count - added
            print("imported \(added) feed\(added == 1 ? "" : "s")" + (skipped > 0 ? " (\(skipped) already subscribed)" : "")
                + (imported.notes.isEmpty ? "" : "; \(imported.notes.count) refused"))
        }
    }
}

/// `byline fetch [NAME…]`: fetch every feed, or the ones named.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch feeds and write their new items as articles: one line per feed (name, address, outcome).",
        discussion: """
            New items become article files under $XDG_DATA_HOME/byline/feeds/<feed>/ \
            (~/.local/share/byline/feeds), which 'byline' opens with the rest of the \
            default library. A feed that fails is reported on standard error and \
            tried again next time; the others are fetched all the same. The exit \
            status is 1 when any feed failed.

            Examples:
              byline fetch
              byline fetch "Meridian Wire" https://example.org/atom.xml
            """
    )

    @Argument(help: ArgumentHelp("Feeds to fetch, by name or address (default: all).", valueName: "NAME"))
    var names: [String] = []

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for a server before giving up on a feed (default 20).", valueName: "SECONDS"))
    var timeout: Double?

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout <= 600) {
            throw ValidationError("--timeout must be a number of seconds between 0 and 600")
        }
    }

    func run() async throws {
        let locations = FeedLocations()
        let list = try FeedsCommand.loadList(locations)
        var feeds: [FeedSubscription] = []
        for name in names {
            guard let index = list.index(of: name) else {
                throw CommandLineError.usage("no feed named or at '\(ArticleSummary.safe(name))' (see 'byline feeds list')")
            }
            if !feeds.contains(list.feeds[index]) { feeds.append(list.feeds[index]) }
        }
        if names.isEmpty { feeds = list.feeds }
        if feeds.isEmpty {
            throw CommandLineError.usage("no feeds to fetch: add one with 'byline feeds add URL' or 'byline feeds import FILE.opml'")
        }
        var settings = FetchSettings()
        if let timeout { settings.timeout = timeout }
        let showProgress = isatty(STDERR_FILENO) == 1
        let report = await FeedFetcher(locations: locations, settings: settings).fetch(feeds, among: list.feeds) { progress in
            if showProgress { Diagnostics.progress(progress.summary) }
        }
        if showProgress { Diagnostics.progress(nil) }
        for result in report.results {
            let outcome: String
            switch result.outcome {
            case .fetched: outcome = result.newFiles.isEmpty ? "nothing new" : "\(result.newFiles.count) new"
            case .notModified: outcome = "unchanged"
            case .failed: outcome = "failed"
            }
            print([result.feed.name, result.feed.url, outcome].map(ArticleSummary.safe).joined(separator: "\t"))
            result.notes.forEach(Diagnostics.line)
        }
        report.failures.forEach(Diagnostics.line)
        report.notes.forEach(Diagnostics.line)
        if !report.newFiles.isEmpty {
            Diagnostics.line("\(report.newFiles.count) new article\(report.newFiles.count == 1 ? "" : "s") in \(locations.articlesFolder.path)")
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
