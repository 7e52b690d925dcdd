import ArgumentParser
import BylineKit
import BylineTerminal
import BylineUI

/// `byline [PATH…]`: the reader, in the terminal.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the reader (the default: 'byline PATH…' is 'byline tui PATH…').",
        discussion: """
            With no PATH, opens ./Articles if it exists, else $XDG_DATA_HOME/byline \
            (~/.local/share/byline). Needs a terminal: standard input and output \
            must not be redirected, and TERM must name a terminal terminfo knows.
            """,
        aliases: ["read"]
    )

    @Argument(help: ArgumentHelp("Article files, or folders searched recursively for .txt and .md files.", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        let paths = try LibraryLocation.paths(self.paths)
        do {
            try CursesTerminal.checkEnvironment()   // before the library is read: fail fast
            let library = try LibraryLocation.load(paths)
            try Reader.run(library)
        } catch let error as TerminalError {
            throw CommandLineError.failure(error.description)
        }
    }
}
