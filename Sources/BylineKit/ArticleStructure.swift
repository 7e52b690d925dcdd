import Foundation

/// Header block, title, paragraphs, headings and trailing boilerplate.
public struct ArticleStructure: Sendable, Equatable {
    public var header: ArticleHeader
    public var title: String
    public var paragraphs: [Paragraph]

    public static func parse(_ text: String) -> ArticleStructure {
        let blocks = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let paragraphs = blocks.map { Paragraph(kind: .body, text: $0) }
        return ArticleStructure(header: ArticleHeader(), title: blocks.first ?? "", paragraphs: paragraphs)
    }
}
