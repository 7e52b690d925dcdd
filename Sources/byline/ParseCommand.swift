import ArgumentParser
import BylineKit

/// `byline parse [--json] PATH…`: what the parser understood, as text or JSON.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print what Byline finds in articles: title, paragraphs, people, countries, organisations, quotes.",
        discussion: """
            Files that cannot be read are reported on standard error and skipped.

            Examples:
              byline parse Articles/riyadh-talks-afp.txt
              byline parse --json Articles > articles.json

            The JSON is an array with one object per article: file, title, \
            paragraphs (kind, text), people, countries and organisations (name, \
            mentions with paragraph and Unicode-scalar start/end), and quotes \
            (text, speaker or null, speakerKind, paragraph, start, end).
            """
    )

    @Flag(name: .long, help: "Print the articles as a JSON array instead of a summary.")
    var json = false

    @Argument(help: ArgumentHelp("Article files, or folders searched recursively for .txt and .md files.", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        guard !paths.isEmpty else {
            throw CommandLineError.usage("parse needs at least one PATH: an article file or a folder of articles")
        }
        let library = try LibraryLocation.load(LibraryLocation.paths(paths))
        for note in library.notes { Diagnostics.line(note) }
        if json {
            print(ArticleJSON.encode(library.articles))
        } else {
            print(library.articles.map(ArticleSummary.text).joined(separator: "\n"), terminator: "")
        }
    }
}

/// The readable form of one parsed article, as `byline parse` prints it.
enum ArticleSummary {
    static func text(_ article: Article) -> String {
        var lines = [safe(article.file), "  title: \(safe(article.title))", "  paragraphs: \(article.paragraphs.count)"]
        for (label, entities) in [("people", article.people), ("countries", article.countries), ("organisations", article.organisations)] {
            let list = entities.map { "\(safe($0.name)) (\($0.mentions.count))" }.joined(separator: ", ")
            lines.append("  \(label): \(list.isEmpty ? "none" : list)")
        }
        lines.append("  quotes: \(article.quotes.isEmpty ? "none" : String(article.quotes.count))")
        for quote in article.quotes {
            lines.append("    \(safe(quote.speaker ?? "(unattributed)")): \"\(safe(quote.text))\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text on its way to standard output: nothing in it may drive a terminal.
    static func safe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
            default: scalar
            }
        }))
    }
}
