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
            (text, speaker or null, speakerKind, paragraph, start, end, \
            speakerMention: where the words naming the speaker stand, or null, \
            and rule: the speaker sieve that decided, or null).

            Speaker sieves, asked in this order: \(SpeakerSieve.allCases.map(\.rawValue).joined(separator: ", ")). \
            --without-sieve switches one off, to measure what it is worth.
            """
    )

    @Flag(name: .long, help: "Print the articles as a JSON array instead of a summary.")
    var json = false

    @Option(name: .customLong("without-sieve"), parsing: .singleValue,
            help: ArgumentHelp("Parse without this speaker sieve (repeatable).", valueName: "SIEVE"))
    var sievesOff: [String] = []

    @Argument(help: ArgumentHelp("Article files, or folders searched recursively for .txt and .md files.", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        guard !paths.isEmpty else {
            throw CommandLineError.usage("parse needs at least one PATH: an article file or a folder of articles")
        }
        var sieves = SpeakerSieve.all
        for name in sievesOff {
            guard let sieve = SpeakerSieve(rawValue: name) else {
                throw CommandLineError.usage("no speaker sieve is called '\(name)'; the sieves are \(SpeakerSieve.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            sieves.remove(sieve)
        }
        let library = try LibraryLocation.load(LibraryLocation.paths(paths), sieves: sieves)
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
        // each paragraph's scalars once, however many quotes it holds
        var scalars: [Int: [Unicode.Scalar]] = [:]
        for quote in article.quotes {
            lines.append("    \(safe(quote.speakerOrUnattributed)): \"\(safe(quote.text))\"\(why(quote, in: article, scalars: &scalars))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Why this speaker: the sieve that decided and the words it took to name
    /// them (`  [cue-after: "Ms Roe"]`), when it took any.
    static func why(_ quote: Quote, in article: Article, scalars cache: inout [Int: [Unicode.Scalar]]) -> String {
        guard let rule = quote.rule else { return "" }
        guard let m = quote.speakerMention, m.paragraph >= 0, m.paragraph < article.paragraphs.count else { return "  [\(rule)]" }
        let scalars = cache[m.paragraph] ?? Array(article.paragraphs[m.paragraph].text.unicodeScalars)
        cache[m.paragraph] = scalars
        guard m.start >= 0, m.start <= m.end, m.end <= scalars.count else { return "  [\(rule)]" }
        return "  [\(rule): \"\(safe(String(String.UnicodeScalarView(scalars[m.start..<m.end]))))\"]"
    }

    /// Text on its way to standard output: nothing in it may drive a terminal.
    static func safe(_ text: String) -> String {
        TextSafety.replacing(in: text)
    }
}
