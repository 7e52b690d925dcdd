import BylineFeeds
import BylineKit
import BylineStore
import BylineTerminal
import BylineUI
import Foundation

/// What the reader starts with: the keys, the themes, how boilerplate shows,
/// the notes for the status line, the filter to start with. Gathered by the
/// command line from the config file and the environment.
public struct ReaderSetup: Sendable {
    public var keymap: Keymap
    public var catalog: ThemeCatalog
    /// The theme to draw in; nil for the terminal's built-in styles.
    public var theme: Theme?
    public var boilerplate: BoilerplateDisplay
    public var listStyle: ListStyle
    /// Problems met before the screen was taken (config, theme, state database).
    public var notes: [String]
    public var initialQuery: String?

    public init(keymap: Keymap = .standard, catalog: ThemeCatalog, theme: Theme? = nil, boilerplate: BoilerplateDisplay = .hidden,
                listStyle: ListStyle = .twoLine, notes: [String] = [], initialQuery: String? = nil) {
        self.listStyle = listStyle
        self.keymap = keymap
        self.catalog = catalog
        self.theme = theme
        self.boilerplate = boilerplate
        self.notes = notes
        self.initialQuery = initialQuery
    }
}

/// The world the runtime works on: where the library is read and cached,
/// where marks are kept, where feeds live, how a link is opened. The
/// executable passes the real ones; tests pass folders of their own.
public struct ReaderServices {
    public var paths: [String]
    public var store: LibraryStore
    public var saved: ReadingState?
    public var feeds: FeedLocations
    /// Opens a link, the terminal lent meanwhile; says what happened.
    public var openLink: (String, any TerminalBackend) -> String
    /// For `byline-bench`: the frame after which the reader quits.
    public var benchmarkStop: BenchmarkStop?
    /// For tests in a real terminal: a file that gets a line `FRAMES INPUTS`
    /// after every frame drawn (how many frames so far, how many inputs
    /// reduced before this one), so a test waits for the frame after its key
    /// rather than for the screen to change.
    public var frameReport: String?
    /// The library's load, begun before the terminal was set up (nil: the
    /// runtime begins it).
    public var loading: LibraryLoading?

    public init(paths: [String], store: LibraryStore, saved: ReadingState?, feeds: FeedLocations,
                openLink: @escaping (String, any TerminalBackend) -> String = ReaderRuntime.openInBrowser,
                benchmarkStop: BenchmarkStop? = nil, frameReport: String? = nil, loading: LibraryLoading? = nil) {
        self.paths = paths
        self.store = store
        self.saved = saved
        self.loading = loading
        self.feeds = feeds
        self.openLink = openLink
        self.benchmarkStop = benchmarkStop
        self.frameReport = frameReport
    }
}

/// Where `byline-bench` has the reader quit (`BYLINE_BENCH_FIRST_FRAME`).
public enum BenchmarkStop: String, Sendable {
    /// Once the whole library is read, checked and drawn (`1`).
    case wholeLibrary = "1"
    /// Once a frame shows the list: the last start's, or the library (`list`).
    case firstList = "list"
}

/// The library's load on its thread, begun as early as the command line can:
/// a warm start's first frame waits for it, and the state database, the
/// terminal's set-up and the theme take 10–20 ms that it can run beside.
///
/// While the load thread starts, this thread reads the list the last start
/// left (`LibrarySnapshot`): the first frame shows it, and the loaded
/// library replaces it when it is in.
public struct LibraryLoading: Sendable {
    let wakeup: Wakeup
    let load: BackgroundLoad
    /// The list as the last start left it, if it was made for these PATHs.
    public let preview: ReaderLibrary?

    /// `preview`: show the last start's list first (not when the reader
    /// starts filtered: names are not searchable in it).
    public init(paths: [String], store: LibraryStore, preview: Bool = true) {
        wakeup = Wakeup()
        load = BackgroundLoad(paths: paths, store: store, wakeup: wakeup)
        self.preview = preview ? BackgroundLoad.preview(paths: paths, store: store) : nil
    }
}

/// The reader's runtime: render the state, draw it, wait for an event, reduce
/// it, then carry out the effects the state asked for (read an article, load
/// a theme, open a link, remember marks) — the I/O a pure state cannot do.
public enum ReaderRuntime {
    public static func run(on terminal: some TerminalBackend, setup: ReaderSetup, services: ReaderServices) throws(TerminalError) {
        var paths = services.paths
        let store = services.store
        /// News from the load and the fetch wakes the loop: it sleeps otherwise.
        let loading = services.loading ?? LibraryLoading(paths: paths, store: store)
        let wakeup = loading.wakeup
        var load = loading.load
        var fetch: BackgroundFetch?
        /// Feeds have written articles the library has not loaded yet.
        var fetchedSinceLoad = false
        defer { fetch?.cancel() }

        var themes = LoadedThemes(catalog: setup.catalog, initial: setup.theme)
        terminal.setStyles(themes.styles(for: setup.theme),
                           monochrome: themes.monochromeStyles(for: setup.theme))
        var state = ReaderState(
            library: .empty, size: terminal.size,
            statusMessage: ReaderState.statusMessage(forNotes: setup.notes),
            keymap: setup.keymap, initialQuery: setup.initialQuery,
            themeName: setup.theme?.name ?? ThemeCatalog.defaultThemeName,
            themeNames: setup.catalog.entries().map(\.name),
            boilerplate: setup.boilerplate, listStyle: setup.listStyle, coloursOff: terminal.colourCount == 0)
        var reading = ReadingSession(saved: services.saved)
        var effects = state.start()
        /// Reduces events; the effects they ask for wait in `effects`.
        func send(_ events: [Event]) {
            for event in events { effects += state.reduce(event) }
        }
        send([.marksLoaded(reading.marks), .progress("Reading the library…")])
        if let problem = reading.problem { send([.notice(problem)]) }
        var drawnTheme = state.themeName
        /// Carries out the effects asked for, and those that the events they report ask for in turn.
        func carryOut() {
            while !effects.isEmpty {
                switch effects.removeFirst() {
                case .loadArticle(let i):
                    send([.articleLoaded(i, state.library.article(at: i))])
                case .loadTheme(let name):
                    switch themes.theme(named: name) {
                    case .success(let theme):
                        terminal.setStyles(themes.styles(for: theme),
                                           monochrome: themes.monochromeStyles(for: theme))
                        drawnTheme = name
                        send([.themeLoaded(name)])
                        if let problem = reading.save(theme: name) { send([.notice(problem)]) }
                    case .failure(let error):
                        send([.themeFailed(name, kept: drawnTheme, reason: "\(error)")])
                    }
                case .fetchFeeds:
                    if fetch != nil {
                        send([.notice("Already fetching feeds")])
                    } else {
                        fetch = BackgroundFetch(fetcher: FeedFetcher(locations: services.feeds), wakeup: wakeup)
                        send([.progress("Feeds: starting")])
                    }
                case .openLink(let url):
                    send([.notice(services.openLink(url, terminal))])
                case .setRead(let key, let read):
                    if let problem = reading.save(read: read, key: key) { send([.notice(problem)]) }
                case .setAllRead(let keys):
                    if let problem = reading.save(readKeys: keys) { send([.notice(problem)]) }
                case .setBookmarked(let key, let bookmarked):
                    if let problem = reading.save(bookmarked: bookmarked, key: key) { send([.notice(problem)]) }
                }
            }
        }
        carryOut()
        let started = DispatchTime.now().uptimeNanoseconds
        /// Whether loading has gone on long enough to show what is there so far.
        func slow() -> Bool { DispatchTime.now().uptimeNanoseconds - started > 1_000_000_000 }

        // The list the last start left is the first frame, unless the load
        // is already in; else a warm cache loads in a blink: wait for it
        // briefly (150 ms at most, woken by its news), so the first frame
        // shows the whole library rather than a part of it.
        if let preview = loading.preview, !load.isFinished {
            send(reading.events(for: .partial(preview, done: 0, total: 0)))
        }
        while loading.preview == nil, !load.isFinished, DispatchTime.now().uptimeNanoseconds - started < 150_000_000 {
            if let update = load.take(partial: false) {
                send(reading.events(for: update, showPartial: false))
                continue
            }
            wakeup.wait(timeout: .milliseconds(150))
        }
        carryOut()
        let report = services.frameReport.flatMap(FrameReport.init)
        var inputs = 0
        loop: while !state.isQuitting {
            // (the last start's list stays until the library is in, rather
            // than give way to the part of it parsed so far)
            let showPartial = slow() && loading.preview == nil
            if let update = load.take(partial: showPartial) { send(reading.events(for: update, showPartial: showPartial)) }
            /// Fetched articles join the library: their folder is added to it
            /// if need be, and the (warm) library loads again.
            func joinFetchedArticles() {
                let folder = StorePath.absolute(services.feeds.articlesFolder.path)
                let inLibrary = paths.map { StorePath.absolute($0) }.contains { folder == $0 || folder.hasPrefix($0 + "/") }
                if !inLibrary { paths.append(folder) }
                load.stop(waitingAtMost: .seconds(2))
                load = BackgroundLoad(paths: paths, store: store, wakeup: wakeup)
                fetchedSinceLoad = false
            }
            switch fetch?.take() {
            case .progress(let summary, let newArticles)?:
                send([.progress("Feeds: \(summary)")])
                if newArticles > 0 { fetchedSinceLoad = true }
            case .finished(let report)?:
                send([.progress(nil), .notice(BackgroundFetch.summary(of: report))])
                if !report.newFiles.isEmpty { fetchedSinceLoad = true }
                fetch = nil
            case nil:
                break
            }
            // the feeds done so far, without waiting for slower ones: once
            // the last load is in (so loads do not pile up), and at the end
            if fetchedSinceLoad, load.isFinished { joinFetchedArticles() }
            carryOut()
            terminal.draw(render(state))
            report?.drawn(inputs: inputs)
            switch services.benchmarkStop {
            case .wholeLibrary? where load.isFinished: break loop
            case .firstList? where !state.library.isEmpty || load.isFinished: break loop
            default: break
            }
            // sleep until a key, a resize or news (the wakeup); while loading,
            // a partial library held back by its four-a-second limit is
            // looked at again when that allows
            let loading = !load.isFinished
            if let event = try terminal.nextEvent(timeout: loading ? .milliseconds(250) : nil, wakeup: wakeup) {
                if case .key = event { reading.userHasMoved = true }
                inputs += 1
                send([.input(event)])
            }
            carryOut()
        }
        reading.savePosition(of: state)
        // (the benchmark's first-frame runs end at once: they time that frame)
        if services.benchmarkStop != .firstList { load.stop(waitingAtMost: .milliseconds(500)) }
    }

    /// Starts `$BROWSER` on `url` with the terminal handed over; says what happened.
    public static func openInBrowser(_ url: String, terminal: any TerminalBackend) -> String {
        guard BrowserCommand.isWebLink(url) else { return "Not a web link, not opened: \(url)" }
        guard let arguments = BrowserCommand.arguments(browser: ProcessInfo.processInfo.environment["BROWSER"], url: url) else {
            return "Set BROWSER to the program that opens links (e.g. BROWSER=firefox or BROWSER=w3m)"
        }
        return terminal.suspend {
            do {
                try ExternalProgram.run(arguments)
                return "Opened \(url)"
            } catch {
                return "Link not opened: \(error)"
            }
        }
    }
}

/// The themes loaded so far, by name: each file is read once, when `t` first
/// reaches it.
struct LoadedThemes {
    let catalog: ThemeCatalog
    private var loaded: [String: Theme] = [:]

    init(catalog: ThemeCatalog, initial: Theme?) {
        self.catalog = catalog
        if let initial { loaded[initial.name] = initial }
    }

    mutating func theme(named name: String) -> Result<Theme, ThemeCatalogError> {
        if let theme = loaded[name] { return .success(theme) }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        do {
            let theme = try catalog.load(name, currentDirectory: cwd)
            loaded[name] = theme
            return .success(theme)
        } catch {
            return .failure(error)
        }
    }

    /// The theme's styles (nil: the built-in look); the terminal shows each colour as the nearest it has.
    func styles(for theme: Theme?) -> StyleTable {
        theme.map { StyleTable(theme: $0) } ?? .standard
    }

    /// The theme without colour (`NO_COLOR`, or a terminal without colours).
    func monochromeStyles(for theme: Theme?) -> StyleTable {
        theme.map { StyleTable(colourlessTheme: $0) } ?? .monochrome
    }
}

/// The frame report a test in a real terminal reads (`ReaderServices.frameReport`).
final class FrameReport {
    private let file: FileHandle
    private var frames = 0

    init?(path: String) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else { return nil }
        self.file = file
    }

    func drawn(inputs: Int) {
        frames += 1
        file.write(Data("\(frames) \(inputs)\n".utf8))
    }
}
