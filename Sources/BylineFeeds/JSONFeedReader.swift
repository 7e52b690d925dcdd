import BylineKit
import Foundation

/// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/; version 1's
/// first `http://` address too): `items` with
/// `id`, `url`, `title`, `content_html` / `content_text`, `summary`,
/// `date_published` / `date_modified`, and `authors` (1.1) or `author` (1.0).
enum JSONFeedReader {
    static func read(_ data: Data, baseURL: URL?) throws(FeedParseError) -> FeedDocument {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw .invalidJSON(FeedXMLReader.shortMessage((error as NSError).localizedDescription))
        }
        guard let feed = object as? [String: Any] else { throw .notAFeed("JSON that is not a JSON Feed object") }
        // (version 1 was first published with an http:// address, and feeds still say so)
        guard let version = feed["version"] as? String,
              version.hasPrefix("https://jsonfeed.org/version/") || version.hasPrefix("http://jsonfeed.org/version/") else {
            throw .notAFeed("JSON without a JSON Feed \"version\"")
        }
        guard let items = feed["items"] as? [Any] else { throw .notAFeed("a JSON Feed without \"items\"") }
        let feedAuthor = authorName(feed)
        func absolute(_ value: Any?) -> String? {
            guard let href = value as? String, let url = URL(string: href, relativeTo: baseURL)?.absoluteURL,
                  let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
            return url.absoluteString
        }
        var result: [FeedItem] = []
        for case let entry as [String: Any] in items {
            let link = absolute(entry["url"]) ?? absolute(entry["external_url"])
            let id: String? = (entry["id"] as? String) ?? (entry["id"] as? NSNumber).map { "\($0)" } ?? link
            let html = (entry["content_html"] as? String).flatMap { $0.isEmpty ? nil : FeedContent($0, isHTML: true) }
            let text = (entry["content_text"] as? String).flatMap { $0.isEmpty ? nil : FeedContent($0, isHTML: false) }
            let summary = (entry["summary"] as? String).flatMap { $0.isEmpty ? nil : FeedContent($0, isHTML: false) }
            let date = (entry["date_published"] as? String).flatMap(FeedDate.parse)
                ?? (entry["date_modified"] as? String).flatMap(FeedDate.parse)
            let title = (entry["title"] as? String).map(ArticleTextFormat.oneLine).flatMap { $0.isEmpty ? nil : $0 }
            guard let id, !id.isEmpty, html != nil || text != nil || summary != nil || title != nil || link != nil else { continue }
            result.append(FeedItem(
                id: id, title: title, link: link, author: authorName(entry) ?? feedAuthor, date: date,
                content: html ?? text, summary: summary))
        }
        let title = (feed["title"] as? String).map(ArticleTextFormat.oneLine)
        return FeedDocument(format: .jsonFeed, title: title, link: absolute(feed["home_page_url"]), items: FeedItemBuilder.distinctIDs(result))
    }

    /// The first author's name: `authors` (1.1), else `author` (1.0).
    static func authorName(_ object: [String: Any]) -> String? {
        let authors = (object["authors"] as? [Any]) ?? (object["author"].map { [$0] } ?? [])
        for case let author as [String: Any] in authors {
            if let name = author["name"] as? String {
                let clean = ArticleTextFormat.oneLine(name)
                if !clean.isEmpty { return clean }
            }
        }
        return nil
    }
}
