import Foundation

/// One feed item as the XML reader meets its fields, in whatever order they
/// come: the feed's own elements, and the extension elements (`dc:title`,
/// `media:description`, `itunes:author`, …) that stand in only when the own
/// one is missing — so that an extension never overrides the feed's own
/// title, however the two are ordered.
struct FeedItemBuilder {
    var id: String?
    var title: String?
    var link: String?
    /// A permalink `<guid>` or an Atom `<id>` that is a web address: the link
    /// of an item that has none of its own.
    var idLink: String?
    var author: String?
    var published: Date?
    var updated: Date?
    var content: FeedContent?
    var summary: FeedContent?

    var extensionTitle: String?
    var extensionAuthor: String?
    var extensionDate: Date?
    var extensionContent: FeedContent?
    var extensionSummary: FeedContent?

    /// The item, or nil when it has no title, no link and no text: an empty
    /// article is no article.
    func build(feedAuthor: String?) -> FeedItem? {
        let title = title ?? extensionTitle
        let link = link ?? idLink
        let content = content ?? extensionContent
        let summary = summary ?? extensionSummary
        let hasText = content.map { !$0.isBlank } == true || summary.map { !$0.isBlank } == true
        guard title != nil || link != nil || hasText else { return nil }
        let date = published ?? updated ?? extensionDate
        var id = id ?? link ?? [title ?? "", date.map(FeedDate.iso8601String) ?? ""].joined(separator: "|")
        if id == "|", let text = content ?? summary { id = FeedSlug.shortHash(text.text) }
        return FeedItem(
            id: id, title: title, link: link, author: author ?? extensionAuthor ?? feedAuthor, date: date,
            content: content, summary: summary)
    }

    /// Items that share an id (feeds repeat a guid for different stories)
    /// made distinct, so that neither is taken for the other and lost: a
    /// repeated id gets a suffix made from the item's link, title and date,
    /// which stays the same from fetch to fetch, or its place among the
    /// items that are the same in those too.
    static func distinctIDs(_ items: [FeedItem]) -> [FeedItem] {
        var seen: Set<String> = []
        var result = items
        for i in result.indices {
            let id = result[i].id
            guard seen.contains(id) else {
                seen.insert(id)
                continue
            }
            let item = result[i]
            let fields = [item.link ?? "", item.title ?? "", item.date.map(FeedDate.iso8601String) ?? "", (item.content ?? item.summary)?.text ?? ""]
            var candidate = id + "#" + FeedSlug.shortHash(fields.joined(separator: "\n"))
            var n = 2
            while seen.contains(candidate) {
                candidate = id + "#" + FeedSlug.shortHash(fields.joined(separator: "\n")) + "-\(n)"
                n += 1
            }
            seen.insert(candidate)
            result[i].id = candidate
        }
        return result
    }
}
