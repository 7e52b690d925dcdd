import BylineKit
import Foundation

/// A feed item as an article file: Byline's text format (header block, blank
/// line, paragraphs), sanitised, in `<feeds>/<feed-slug>/<date>-<title-slug>-<hash>.txt`.
/// The hash is of the item's id, so two items never share a file, and an
/// existing file is never overwritten.
public enum FeedArticleWriter {
    /// The article's blocks: the item's full content, else its summary, else
    /// (with `page`) the linked page's story when it says more than the summary.
    public static func blocks(for item: FeedItem, page: HTMLArticle? = nil) -> [HTMLBlock] {
        content(for: item, page: page).blocks
    }

    /// The article's blocks and the links their `[n]` references stand for.
    public static func content(for item: FeedItem, page: HTMLArticle? = nil) -> (blocks: [HTMLBlock], links: [HTMLLink]) {
        var story: (blocks: [HTMLBlock], links: [HTMLLink]) = ([], [])
        if let content = item.content ?? item.summary, !content.isBlank {
            story = Self.content(from: content, baseURL: item.link)
        }
        if let page, item.content == nil || story.blocks.isEmpty {
            let words = story.blocks.reduce(0) { $0 + $1.text.split(separator: " ").count }
            if page.wordCount > words { story = (page.blocks, page.links) }
        }
        // a headline repeated as the first block is dropped
        if let title = item.title.map(ArticleTextFormat.oneLine), story.blocks.first?.text == title { story.blocks.removeFirst() }
        return story
    }

    static func content(from content: FeedContent, baseURL: String?) -> (blocks: [HTMLBlock], links: [HTMLLink]) {
        if content.isHTML {
            let page = HTMLArticleExtractor.extract(content.text, baseURL: baseURL, wholeStory: true)
            return (page.blocks, page.links)
        }
        // plain text: paragraphs are separated by blank lines
        let normalised = TextSanitiser.sanitise(content.text)
        let blocks = normalised.components(separatedBy: "\n\n").map { ArticleTextFormat.oneLine($0) }.filter { !$0.isEmpty }
            .map { HTMLBlock(.paragraph, $0) }
        return (blocks, [])
    }

    /// The article's text in Byline's format.
    public static func text(for item: FeedItem, feed: FeedSubscription, page: HTMLArticle? = nil, fetched: Date) -> String {
        let header = ArticleHeader(
            title: item.title ?? page?.title, source: feed.name, author: item.author ?? page?.author,
            date: FeedDate.iso8601String(item.date ?? fetched), url: item.link ?? page?.url)
        let story = content(for: item, page: page)
        return ArticleTextFormat.render(header: header, blocks: story.blocks, links: story.links)
    }

    /// `2026-03-14-grain-corridor-talks-resume-1a2b3c4d.txt`; an item without
    /// a date is `undated-…`, so its name does not change from fetch to fetch.
    public static func fileName(for item: FeedItem) -> String {
        let day = item.date.map(FeedDate.dayString) ?? "undated"
        let title = FeedSlug.make(item.title ?? "", maxLength: 60, fallback: "item")
        return "\(day)-\(title)-\(FeedSlug.shortHash(item.id)).txt"
    }

    /// Writes the article unless its file exists; the path written, or nil.
    static func write(_ text: String, named name: String, in folder: URL) throws -> URL? {
        let url = folder.appendingPathComponent(name)
        return try AtomicFile.create(Data(text.utf8), at: url) ? url : nil
    }
}
