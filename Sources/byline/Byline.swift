import ArgumentParser

/// The root command: `byline [PATH…]` opens the reader; `byline parse` prints.
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal news reader that finds the people, countries, organisations and quotations in the news.",
        usage: """
            byline [PATH ...]
            byline parse [--json] PATH ...
            byline list [--query QUERY] [--json] PATH ...
            byline quotes [--query QUERY] [--speaker NAME] [--json] PATH ...
            """,
        discussion: """
            Opens the reader on news articles (.txt or .md files, or folders of \
            them, searched recursively). With no PATH it opens ./Articles, or else \
            $XDG_DATA_HOME/byline (~/.local/share/byline).

            Examples:
              byline                          read ./Articles
              byline ~/news Articles/one.txt  read a folder and a file
              byline parse Articles/riyadh-talks-afp.txt
              byline parse --json Articles > articles.json
              byline list --query country:UA Articles
              byline quotes --speaker lavrov Articles

            Keys in the reader:
              j/k, ↓/↑           move in the focused pane
              Tab, Shift-Tab     focus the next / previous pane
              Enter              open the article; in the side panel, go to it
              Space/PgDn, b/PgUp page down, page up
              g, G               top, bottom
              ?                  help
              q                  quit
            """,
        subcommands: [ReadCommand.self, ParseCommand.self, ListCommand.self, QuotesCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
