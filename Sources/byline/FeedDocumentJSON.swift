import BylineFeeds
import BylineKit
import Foundation

/// How `byline feeds parse` prints a `FeedDocument`: one JSON line a file, or
/// a readable summary. Text from the feed is escaped (JSON) or made safe for
/// a terminal (summary).
enum FeedDocumentJSON {
    private struct File: Encodable {
        var file: String
        var format: String
        var title: String?
        var link: String?
        var items: [Item]
    }

    private struct Item: Encodable {
        var id: String
        var title: String?
        var link: String?
        var author: String?
        var date: String?
        var content: String?
        var contentIsHTML: Bool?
        var summary: String?
        var summaryIsHTML: Bool?
    }

    private struct Failure: Encodable {
        var file: String
        var error: String
    }

    static func line(_ document: FeedDocument, file: String) -> String {
        let items = document.items.map { item in
            Item(id: item.id, title: item.title, link: item.link, author: item.author,
                 date: item.date.map(FeedDate.iso8601String),
                 content: item.content?.text, contentIsHTML: item.content?.isHTML,
                 summary: item.summary?.text, summaryIsHTML: item.summary?.isHTML)
        }
        return encode(File(file: file, format: document.format.rawValue, title: document.title, link: document.link, items: items))
    }

    static func errorLine(file: String, error: String) -> String {
        encode(Failure(file: file, error: error))
    }

    static func summary(_ document: FeedDocument, file: String) -> String {
        let count = document.items.count
        var lines = [[file, document.format.rawValue, document.title ?? "(no title)", "\(count) item\(count == 1 ? "" : "s")"]
            .map(ArticleSummary.safe).joined(separator: "\t")]
        for item in document.items {
            let fields = [item.date.map(FeedDate.iso8601String) ?? "undated", item.title ?? "(no title)", item.link ?? "(no link)"]
            lines.append("  " + fields.map(ArticleSummary.safe).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
