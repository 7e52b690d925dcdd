import ArgumentParser
import BylineFeeds
import BylineKit
import Foundation

/// `byline feeds parse FILE… [--header 'Name: value']… [--url URL] [--json]`:
/// what Byline reads in feed files saved to disk, without subscribing — to see
/// why a feed fails, or to compare Byline's reading with another reader's.
struct FeedParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read feed files (RSS, Atom, JSON Feed) and print their items, or why they cannot be read.",
        discussion: """
            Nothing is fetched or written. --header gives a response header the \
            file came with, as 'byline fetch' would have seen it (Content-Type \
            names the charset, Content-Location the base of relative links); \
            --url is the address the file was fetched from.

            Without --json, each file is a line (file, format, title, number of \
            items) and each item an indented line (date, title, link). With \
            --json, each file is one line of JSON: {"file", "format", "title", \
            "link", "items": [{"id", "title", "link", "author", "date", \
            "content", "contentIsHTML", "summary", "summaryIsHTML"}]}, or \
            {"file", "error"} for a file that cannot be read. The exit status \
            is 1 when any file could not be read.

            Examples:
              byline feeds parse saved-feed.xml
              byline feeds parse --header 'Content-Type: text/xml; charset=iso-8859-1' --url https://example.org/rss feed.xml
            """
    )

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("A response header, 'Name: value' (repeatable).", valueName: "HEADER"))
    var header: [String] = []

    @Option(name: .long, help: ArgumentHelp("The address the files were fetched from.", valueName: "URL"))
    var url: String?

    @Flag(name: .long, help: "Print one line of JSON per file.")
    var json = false

    @Argument(help: ArgumentHelp("Feed files.", valueName: "FILE"))
    var files: [String] = []

    func run() throws {
        guard !files.isEmpty else { throw CommandLineError.usage("feeds parse needs at least one FILE: a saved feed") }
        var headers: [String: String] = [:]
        for line in header {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
                  colon != line.startIndex else {
                throw CommandLineError.usage("--header '\(ArticleSummary.safe(line))' is not 'Name: value'")
            }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let base: URL?
        if let url {
            guard let parsed = URL(string: url), parsed.scheme != nil else {
                throw CommandLineError.usage("--url '\(ArticleSummary.safe(url))' is not an address")
            }
            base = parsed
        } else {
            base = nil
        }
        var failed = false
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                failed = true
                report(file: file, error: "cannot be read (no such file, or not a file)")
                continue
            }
            do {
                let document = try FeedDocumentParser.parse(
                    data, url: base, contentType: headers["content-type"], contentLocation: headers["content-location"])
                print(json ? FeedDocumentJSON.line(document, file: file) : FeedDocumentJSON.summary(document, file: file))
            } catch {
                failed = true
                report(file: file, error: error.description)
            }
        }
        if failed { throw ExitCode(1) }
    }

    private func report(file: String, error: String) {
        if json {
            print(FeedDocumentJSON.errorLine(file: file, error: error))
        } else {
            Diagnostics.line("\(file): \(error)")
        }
    }
}
