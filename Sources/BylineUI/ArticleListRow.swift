import BylineKit

/// What the article list shows for one article: its title and a dim line
/// with source and date when known.
struct ArticleListRow: Sendable, Equatable {
    var title: String
    var source: String
    var date: String
    /// `Source · date`, empty when neither is known.
    var detail: String

    init(_ article: Article) {
        self.init(ArticleDigest(file: article.file, title: article.title, header: article.header))
    }

    init(_ article: ArticleDigest) {
        let title = article.title.trimming(" ")
        if title.isEmpty {
            self.title = article.file.split(separator: "/").last.map(String.init) ?? article.file
        } else {
            self.title = title
        }
        source = article.header.source?.trimming(" ") ?? ""
        date = article.header.date.map(ArticleListRow.shortDate)?.trimming(" ") ?? ""
        detail = [source, date].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// An ISO 8601 date without its time (`2025-02-17T09:30:00Z` → `2025-02-17`).
    static func shortDate(_ date: String) -> String {
        if let t = date.firstIndex(of: "T"), date.distance(from: date.startIndex, to: t) == 10 {
            return String(date[..<t])
        }
        return date
    }
}
