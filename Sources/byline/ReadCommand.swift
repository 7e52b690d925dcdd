import ArgumentParser
import BylineApp
import BylineFeeds
import BylineKit
import BylineTerminal
import BylineUI
import Foundation

/// `byline [PATH…] [--query Q] [--theme T] [--config F]`: the reader, in the terminal.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the reader (the default: 'byline PATH…' is 'byline tui PATH…').",
        discussion: """
            With no PATH, opens the config file's library folder if it names one, \
            else ./Articles if it exists, else $XDG_DATA_HOME/byline \
            (~/.local/share/byline). Needs a terminal: standard input and output \
            must not be redirected, and TERM must name a terminal terminfo knows.

            The config file ($XDG_CONFIG_HOME/byline/config.toml, ~/.config/byline/config.toml):
              theme = "light"                 the theme to start with
              library = "~/news"              the folder opened with no PATH
              boilerplate = "dimmed"          or "hidden" (the default)
              list-style = "one-line"         date, source and title on one line from 100 columns
              [keys]
              next-quote = ["]", "J"]         action = keys (see 'byline --help' for actions)
            """,
        aliases: ["read"]
    )

    @OptionGroup var library: LibraryOptions

    @Option(name: .long, help: ArgumentHelp("A theme name (see 'byline themes') or a theme .toml file.", valueName: "NAME|FILE"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Read this config file instead of $XDG_CONFIG_HOME/byline/config.toml.", valueName: "FILE"))
    var config: String?

    func run() throws {
        let query = library.query
        if let query {
            do {
                _ = try LibraryQuery.parse(query)
            } catch {
                throw CommandLineError.usage("--query: \(error)")
            }
        }
        let settings: ReaderSettings
        do throws(ReaderSettings.UsageError) {
            settings = try ReaderSettings.resolve(themeOption: theme, configOption: config)
        } catch {
            throw CommandLineError.usage(error.description)
        }
        let paths = try LibraryLocation.paths(library.paths.isEmpty ? settings.configuredLibrary.map { [$0] } ?? [] : library.paths)
        try Self.read(paths: paths, settings: settings, query: query, cache: library.cache).mapError {
            CommandLineError.failure($0.description)
        }.get()
    }

    /// The terminal checked before anything is read (fail fast), then the reader.
    private static func read(paths: [String], settings: ReaderSettings, query: String?, cache: Bool) -> Result<Void, TerminalError> {
        Result { () throws(TerminalError) in
            try CursesTerminal.checkEnvironment()
            let environment = ProcessInfo.processInfo.environment
            let store = LibraryLocation.store(cache: cache, environment: environment)
            let loading = LibraryLoading(paths: paths, store: store, preview: query == nil)
            var notes = settings.problems
            let saved = SavedReading.open(environment: environment, notes: &notes)
            var settings = settings
            settings.chooseStartingTheme(remembered: saved?.rememberedTheme()) { TerminalBackground.detect(environment: environment) }
            let setup = ReaderSetup(keymap: settings.keymap, catalog: settings.catalog, theme: settings.theme,
                                    boilerplate: settings.config.boilerplate ?? .hidden, listStyle: settings.config.listStyle ?? .twoLine,
                                    notes: notes, initialQuery: query)
            let services = ReaderServices(paths: paths, store: store, saved: saved,
                                          feeds: FeedLocations(environment: environment),
                                          benchmarkStop: environment["BYLINE_BENCH_FIRST_FRAME"].flatMap(BenchmarkStop.init),
                                          frameReport: environment["BYLINE_FRAME_REPORT"], loading: loading)
            let terminal = try CursesTerminal(colour: settings.colour)
            defer { terminal.close() }
            try ReaderRuntime.run(on: terminal, setup: setup, services: services)
        }
    }
}
