import ArgumentParser
import BylineKit

/// `byline list [--query Q] [--json] PATH…`: the articles a query matches.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles that match a query: file, tab, title.",
        discussion: """
            Query terms (all must hold; commas inside a value mean "any of"; - negates):
              person:zelensky        mentions that person (any form of the name)
              speaker:lavrov         quotes that person or body
              country:ukraine        refers to the country: name, ISO code, demonym,
                                     a city in it, or a government metonym
              org:nato               mentions the organisation
              riyadh "peace talks"   contains the words
              -country:france        does not refer to France

            Examples:
              byline list --query country:UA Articles
              byline list --query 'speaker:lavrov,peskov -org:nato' --json Articles
            """
    )

    @Option(name: .long, help: ArgumentHelp("The filter query (see below); all articles when left out.", valueName: "QUERY"))
    var query: String?

    @Flag(name: .long, help: "Print a JSON array of {file, title} objects.")
    var json = false

    @Argument(help: ArgumentHelp("Article files, or folders searched recursively for .txt and .md files.", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        let (library, matches) = try QueryOption.articles(matching: query, in: paths)
        if json {
            let rows = matches.map { i in
                "  {\"file\": \(ArticleJSON.string(library.articles[i].file)), \"title\": \(ArticleJSON.string(library.articles[i].title))}"
            }
            print("[\n" + rows.joined(separator: ",\n") + (rows.isEmpty ? "]" : "\n]"))
        } else {
            for i in matches {
                print(ArticleSummary.safe(library.articles[i].file) + "\t" + ArticleSummary.safe(library.articles[i].title))
            }
        }
    }
}

/// `byline quotes [--query Q] [--speaker NAME] [--json] PATH…`: who said what.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations with their speakers: speaker, tab, quote, tab, file.",
        discussion: """
            --query narrows the articles (the same language as 'byline list'); \
            --speaker keeps the quotes of one speaker, matched without regard to \
            case or accents and by surname. An unattributed quote has the speaker '-'.

            Examples:
              byline quotes Articles
              byline quotes --speaker lavrov --json Articles
              byline quotes --query country:ukraine Articles
            """
    )

    @Option(name: .long, help: ArgumentHelp("Only articles matching this query.", valueName: "QUERY"))
    var query: String?

    @Option(name: .long, help: ArgumentHelp("Only quotes by this person or body.", valueName: "NAME"))
    var speaker: String?

    @Flag(name: .long, help: "Print a JSON array of {speaker, speakerKind, text, file, paragraph, start, end} objects.")
    var json = false

    @Argument(help: ArgumentHelp("Article files, or folders searched recursively for .txt and .md files.", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        let (library, matches) = try QueryOption.articles(matching: query, in: paths)
        let wanted = speaker.map { LibraryIndex.fold($0) }
        var rows: [String] = []
        for i in matches {
            let article = library.articles[i]
            for q in article.quotes {
                if let wanted {
                    guard let name = q.speaker, Self.speaker(name, in: article, matches: wanted) else { continue }
                }
                if json {
                    rows.append("  {\"speaker\": \(q.speaker.map(ArticleJSON.string) ?? "null"), "
                        + "\"speakerKind\": \(q.speakerKind.map { ArticleJSON.string($0.rawValue) } ?? "null"), "
                        + "\"text\": \(ArticleJSON.string(q.text)), \"file\": \(ArticleJSON.string(article.file)), "
                        + "\"paragraph\": \(q.mention.paragraph), \"start\": \(q.mention.start), \"end\": \(q.mention.end)}")
                } else {
                    rows.append([q.speaker ?? "-", q.text, article.file].map(ArticleSummary.safe).joined(separator: "\t"))
                }
            }
        }
        print(json ? "[\n" + rows.joined(separator: ",\n") + (rows.isEmpty ? "]" : "\n]") : rows.joined(separator: "\n"),
              terminator: json || !rows.isEmpty ? "\n" : "")
    }

    /// A speaker matches by full name, any alias, or any part of the name.
    static func speaker(_ name: String, in article: Article, matches wanted: String) -> Bool {
        let entity = article.entity(named: name)
        let forms = [name] + (entity?.aliases ?? []) + (entity?.code.map { [$0] } ?? [])
        return forms.contains { form in
            let f = LibraryIndex.fold(form)
            return f == wanted || f.split(separator: " ").contains { String($0) == wanted }
        }
    }
}

/// The `--query` option shared by the commands: parsed before any file is read,
/// so a mistake is reported at once with its column and a non-zero exit.
enum QueryOption {
    static func parse(_ text: String?) throws -> LibraryQuery? {
        guard let text else { return nil }
        do {
            return try LibraryQuery.parse(text)
        } catch {
            throw CommandLineError.usage("bad query: \(error.description)")
        }
    }

    /// The library under `paths` (its load notes reported) and the articles the
    /// query matches; the query is checked before any file is read.
    static func articles(matching query: String?, in paths: [String]) throws -> (ArticleLibrary, [Int]) {
        let parsed = try parse(query)
        let library = try LibraryLocation.load(LibraryLocation.paths(paths))
        for note in library.notes { Diagnostics.line(note) }
        return (library, matches(parsed, in: library))
    }

    static func matches(_ query: LibraryQuery?, in library: ArticleLibrary) -> [Int] {
        guard let query, !query.isEmpty else { return Array(library.articles.indices) }
        return LibraryIndex(articles: library.articles).matches(query)
    }
}
