import BylineKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The feeds of an OPML subscription list (`<outline xmlUrl="…" text="…">`,
/// nested in folders or not). Every address goes through `FeedURLPolicy`: an
/// entry that is a command (`exec:`, `|cmd`), a local file or anything but
/// http(s) is left out with a note, and nothing in the file is ever run.
public enum OPMLImporter {
    public struct Imported: Sendable, Equatable {
        public var feeds: [FeedSubscription]
        /// One line per entry left out, and why.
        public var notes: [String]
    }

    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidXML(line: Int, message: String)
        case notOPML(String)

        public var description: String {
            switch self {
            case .invalidXML(let line, let message): "not valid XML at line \(line): \(message)"
            case .notOPML(let why): "not an OPML file: \(why)"
            }
        }
    }

    public static func read(_ data: Data) throws(Problem) -> Imported {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let ok = parser.parse() && reader.error == nil
        if let root = reader.root, root.lowercased() != "opml" {
            throw .notOPML("its top element is <\(ArticleTextFormat.oneLine(String(root.prefix(40))))>, not <opml>")
        }
        guard ok else {
            let error = reader.error ?? (parser.parserError.map { ($0 as NSError).code } ?? 0, parser.lineNumber)
            throw .invalidXML(line: error.line, message: FeedXMLError.explain(error.code))
        }
        guard reader.root != nil else { throw .notOPML("the file is empty") }
        var feeds: [FeedSubscription] = []
        var notes: [String] = []
        var seen = Set<String>()   // (addresses taken: a set, so an import is linear)
        for outline in reader.outlines {
            let label = outline.name.map(FeedText.quoted) ?? "an entry"
            switch FeedURLPolicy.check(outline.address) {
            case .failure(let refusal):
                notes.append("\(label): \(refusal); not imported")
            case .success(let url):
                guard seen.insert(url.absoluteString).inserted else { continue }
                let name = outline.name.flatMap { $0.isEmpty ? nil : $0 } ?? FeedSubscription.defaultName(for: url)
                feeds.append(FeedSubscription(name: name, url: url.absoluteString))
            }
        }
        return Imported(feeds: feeds, notes: notes)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: String?
        var outlines: [(name: String?, address: String)] = []
        var error: (code: Int, line: Int)?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if error == nil { error = ((parseError as NSError).code, parser.lineNumber) }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if root == nil {
                root = name
                if name.lowercased() != "opml" { parser.abortParsing() }
                return
            }
            guard name == "outline" else { return }
            let attributes = Dictionary(attributes.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let address = attributes["xmlurl"] else { return }
            let name = (attributes["title"] ?? attributes["text"]).map(ArticleTextFormat.oneLine)
            outlines.append((name, address))
        }
    }
}
