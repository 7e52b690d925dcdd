import Foundation

/// The links an article file lists at its end (`Links:`, then `[n] address`
/// lines, as `ArticleTextFormat` writes them for web pages and feed items):
/// what the reader's link list offers, by the numbers the text shows.
public enum ArticleLinks {
    /// The line that opens the list.
    public static let heading = "Links:"

    /// A numbered reference: `[3] https://example.org/report`.
    public struct Link: Sendable, Equatable {
        public var number: Int
        public var url: String

        public init(number: Int, url: String) {
            self.number = number
            self.url = url
        }
    }

    /// The links listed after the article's last `Links:` paragraph, in order;
    /// only http(s) addresses.
    public static func links(in article: Article) -> [Link] {
        guard let start = article.paragraphs.lastIndex(where: { isHeading($0.text) }) else { return [] }
        var links: [Link] = []
        for paragraph in article.paragraphs[(start + 1)...] {
            for line in paragraph.text.split(whereSeparator: { $0 == "\n" || $0 == " " }).map(String.init) where line.hasPrefix("http://") || line.hasPrefix("https://") {
                links.append(Link(number: links.count + 1, url: line))
            }
        }
        return links
    }

    /// Takes the `[n]` references (n from 1 to `count`) out of a paragraph's
    /// text, each where a word ends (`report[1]`, `report.[1]`), and says
    /// where they stood. A bracketed number the list does not have stays.
    static func takeReferences(from text: String, count: Int) -> (text: String, references: [Paragraph.Reference]) {
        guard count > 0, text.utf8.contains(UInt8(ascii: "[")) else { return (text, []) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var references: [Paragraph.Reference] = []
        var offset = 0, i = 0
        while i < scalars.count {
            if scalars[i] == "[", i > 0, scalars[i - 1] != " " {
                var j = i + 1, number = 0
                while j < scalars.count, j - i <= 6, let digit = scalars[j].properties.numericType == .decimal ? Int(String(scalars[j])) : nil {
                    number = number * 10 + digit
                    j += 1
                }
                if j > i + 1, j < scalars.count, scalars[j] == "]", (1...count).contains(number) {
                    references.append(Paragraph.Reference(offset: offset, number: number))
                    i = j + 1
                    continue
                }
            }
            out.append(scalars[i])
            offset += 1
            i += 1
        }
        return references.isEmpty ? (text, []) : (String(out), references)
    }

    /// The number of `[n] address` entries in a list paragraph.
    static func entryCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == "\n" || $0 == " " }).count / 2
    }

    /// Whether a paragraph is the list's `Links:` line.
    static func isHeading(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespaces) == heading }

    /// Whether a paragraph is nothing but `[n] address` entries.
    static func isList(_ text: String) -> Bool {
        guard text.utf8.first == UInt8(ascii: "[") else { return false }
        let parts = text.split(whereSeparator: { $0 == "\n" || $0 == " " })
        guard !parts.isEmpty, parts.count % 2 == 0 else { return false }
        return stride(from: 0, to: parts.count, by: 2).allSatisfy { i in
            parts[i].first == "[" && parts[i].last == "]" && parts[i].dropFirst().dropLast().allSatisfy(\.isNumber)
                && (parts[i + 1].hasPrefix("http://") || parts[i + 1].hasPrefix("https://"))
        }
    }
}
