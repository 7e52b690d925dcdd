import ArgumentParser

/// What every command that reads a library takes, written once: the query,
/// the parse cache, and the PATHs (`byline`, `list`, `quotes`).
struct LibraryOptions: ParsableArguments {
    // (unconditional: a query may start with `-`, `--query -country:usa`)
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Only the articles this query matches (the language of 'byline list --help'); it may start with '-'.", valueName: "QUERY"))
    var query: String?

    @Flag(inversion: .prefixedNo, help: "Use the parse cache in $XDG_CACHE_HOME/byline (--no-cache parses every file and writes nothing).")
    var cache = true

    @Argument(help: ArgumentHelp("Article files, or folders searched recursively for .txt, .md and .html files.", valueName: "PATH"))
    var paths: [String] = []
}
