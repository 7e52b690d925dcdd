import ArgumentParser
import BylineKit
import BylineUI

/// The root command: `byline [PATH…]` opens the reader; `byline parse` prints.
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal news reader that finds the people, countries, organisations and quotations in the news.",
        usage: """
            byline [PATH ...] [--query QUERY] [--theme NAME|FILE] [--config FILE]
            byline parse [--json] PATH ...
            byline list [--query QUERY] [--json] PATH ...
            byline quotes [--query QUERY] [--speaker NAME] [--json] PATH ...
            byline themes [list | check FILE]
            byline feeds [list | add URL [--name NAME] [--full] | remove URL|NAME | import FILE.opml]
            byline feeds parse [--header 'NAME: VALUE' ...] [--url URL] [--json] FILE ...
            byline fetch [NAME ...] [--timeout SECONDS]
            """,
        discussion: """
            Opens the reader on news articles (.txt or .md files, or folders of \
            them, searched recursively). With no PATH it opens ./Articles, or else \
            $XDG_DATA_HOME/byline (~/.local/share/byline).

            Examples:
              byline                          read ./Articles
              byline ~/news Articles/one.txt  read a folder and a file
              byline --query country:UA       read, the list filtered to Ukraine
              byline --theme light            read in the light theme
              byline parse Articles/riyadh-talks-afp.txt
              byline parse --json Articles > articles.json
              byline list --query country:UA Articles
              byline quotes --speaker lavrov Articles

            Keys in the reader:
            \(keyTable)

            In config.toml, [keys] gives these commands other keys:
            \(commandNames)
            """,
        version: "byline \(BylineVersion.number) (parser version \(ArticleParser.version))",
        subcommands: [ReadCommand.self, ParseCommand.self, ListCommand.self, QuotesCommand.self, ThemesCommand.self, FeedsCommand.self, FetchCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// The reader's keys, from the keymap itself, so the help never disagrees with it.
    static var keyTable: String {
        let bindings = Keymap.standard.bindings
        let width = (bindings.map(\.label.count).max() ?? 0) + 2
        return bindings.map { binding in
            "  " + binding.label + String(repeating: " ", count: max(1, width - binding.label.count)) + binding.help
        }.joined(separator: "\n")
    }

    /// The commands' config names, in the keymap's order, wrapped at 78 columns.
    static var commandNames: String {
        var lines: [String] = [], line = " "
        for name in Command.allCases.map(\.configName) {
            if line.count + name.count + 2 > 78 {
                lines.append(line)
                line = " "
            }
            line += " " + name
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
