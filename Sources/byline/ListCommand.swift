import ArgumentParser
import BylineKit
import BylineStore

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
              source:guardian        came from that feed or outlet (its Source:)
              riyadh "peace talks"   contains the words
              is:unread, is:bookmarked
                                     not yet opened in the reader / bookmarked there
              -country:france        does not refer to France
                                     (a query may start with -: --query -country:france)

            Parsed articles are cached in $XDG_CACHE_HOME/byline (~/.cache/byline):
            a file is parsed again only when it changes. --no-cache bypasses it.

            Examples:
              byline list --query country:UA Articles
              byline list --query 'speaker:lavrov,peskov -org:nato' --json Articles
            """
    )

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "Print a JSON array of {file, title} objects.")
    var json = false

    func run() throws {
        let (library, matches) = try QueryOption.articles(matching: self.library.query, in: self.library.paths, cache: self.library.cache,
                                                          readsArticles: false)
        var out = ""
        if json {
            out = ArticleJSON.lines(matches.map { i in
                ArticleJSON.object([("file", ArticleJSON.string(library.digests[i].file)), ("title", ArticleJSON.string(library.digests[i].title))])
            })
        } else {
            for i in matches {
                out += ArticleSummary.safe(library.digests[i].file) + "\t" + ArticleSummary.safe(library.digests[i].title) + "\n"
            }
        }
        print(out, terminator: "")
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
            case or accents and by surname. An unattributed quote has the speaker 'unattributed'.

            Examples:
              byline quotes Articles
              byline quotes --speaker lavrov --json Articles
              byline quotes --query country:ukraine Articles
            """
    )

    @OptionGroup var library: LibraryOptions

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Only quotes by this person or body; none found is an error (exit status 1).", valueName: "NAME"))
    var speaker: String?

    @Flag(name: .long, help: "Print a JSON array of {speaker, speakerKind, text, file, paragraph, start, end} objects.")
    var json = false

    func run() throws {
        let (library, matches) = try QueryOption.articles(matching: self.library.query, in: self.library.paths, cache: self.library.cache)
        let wanted = speaker.map { LibraryIndex.fold($0) }
        var rows: [String] = []
        for i in matches {
            let digest = library.digests[i]
            guard digest.quoteCount > 0 else { continue }
            // the digest knows who speaks: only those articles are read whole
            if let wanted, !digest.speakers.contains(where: { Self.speaker($0, in: digest, matches: wanted) }) { continue }
            let article: Article
            do throws(ArticleLibrary.SkipNote) {
                article = try library.article(at: i)
            } catch {
                Diagnostics.line(error.message)
                continue
            }
            for q in article.quotes {
                if let wanted {
                    guard let name = q.speaker, Self.speaker(name, in: digest, matches: wanted) else { continue }
                }
                if json {
                    rows.append(ArticleJSON.object([
                        ("speaker", q.speaker.map(ArticleJSON.string) ?? "null"),
                        ("speakerKind", q.speakerKind.map { ArticleJSON.string($0.rawValue) } ?? "null"),
                        ("text", ArticleJSON.string(q.text)), ("file", ArticleJSON.string(article.file)),
                        ("paragraph", String(q.mention.paragraph)), ("start", String(q.mention.start)), ("end", String(q.mention.end)),
                    ]))
                } else {
                    rows.append([q.speakerOrUnattributed, q.text, article.file].map(ArticleSummary.safe).joined(separator: "\t"))
                }
            }
        }
        if json {
            print(ArticleJSON.lines(rows), terminator: "")
        } else {
            print(rows.joined(separator: "\n"), terminator: rows.isEmpty ? "" : "\n")
        }
        if let speaker, rows.isEmpty {
            let scope = self.library.query == nil ? "" : " matching the query"
            Diagnostics.line("no quotes by '\(TextSafety.replacing(in: speaker))' in the \(matches.count) articles\(scope); a speaker matches by full name, alias or surname ('byline quotes' lists them all)")
            throw ExitCode(1)
        }
    }

    /// A speaker matches by full name, any alias, or any part of the name.
    static func speaker(_ name: String, in article: ArticleDigest, matches wanted: String) -> Bool {
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
    /// query matches; the query is checked before any file is read. The
    /// reading state is opened only for `is:` terms.
    /// `readsArticles`: the command reads whole articles after the query
    /// (else, without a cache, only a query with words to look for needs
    /// the texts kept).
    static func articles(matching query: String?, in paths: [String], cache: Bool = true,
                         readsArticles: Bool = true) throws -> (LoadedLibrary, [Int]) {
        let parsed = try parse(query)
        let looksForWords = parsed?.clauses.contains { if case .text = $0.term { true } else { false } } ?? false
        let library = try LibraryLocation.loadDigests(LibraryLocation.paths(paths), cache: cache, keepTexts: readsArticles || looksForWords)
        for note in library.notes { Diagnostics.line(note) }
        LeftForExit.keep(library.digests)   // the database itself still closes as usual
        guard let parsed, !parsed.isEmpty else { return (library, Array(library.digests.indices)) }
        var marks: MarkSets?
        if parsed.clauses.contains(where: { if case .field(.is, _) = $0.term { true } else { false } }),
           let state = LibraryLocation.readingState() {
            do { marks = try library.markSets(from: state) } catch { throw CommandLineError.failure("--query: the read marks could not be read (\(error))") }
        }
        do throws(TextSearchFailure) {
            return (library, try library.matches(parsed, marks: marks))
        } catch {
            throw CommandLineError.failure("--query: \(error.message)")
        }
    }
}

/// A command's digests are freed by the end of the process, not one by one
/// as the command returns: on a warm run over 10,000 articles that teardown
/// was about a twelfth of the work. (Only the digests: the library database
/// is still closed, and its write-ahead log folded in, as the command ends.)
enum LeftForExit {
    nonisolated(unsafe) private static var kept: [Any] = []
    static func keep(_ value: Any) { kept.append(value) }
}
