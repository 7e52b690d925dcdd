import BylineTestSupport
import Foundation
@testable import BylineKit

/// What every parsed article must satisfy, whatever the input: offsets inside
/// their paragraph, quotes not overlapping, every speaker among the article's
/// entities (or none), no character left that could drive a terminal. Returns
/// one line per violation, so a failing test can name the input too.
enum ArticleInvariants {
    static func violations(of a: Article) -> [String] {
        var found: [String] = []
        let lengths = a.paragraphs.map { $0.text.unicodeScalars.count }
        func inside(_ m: Mention, allowEmpty: Bool) -> Bool {
            m.paragraph >= 0 && m.paragraph < lengths.count && m.start >= 0
                && (allowEmpty ? m.start <= m.end : m.start < m.end) && m.end <= lengths[m.paragraph]
        }
        for q in a.quotes {
            if !inside(q.mention, allowEmpty: true) { found.append("quote \(q.mention) outside its paragraph (lengths \(lengths))") }
            if let s = q.speaker, !a.entities.contains(where: { $0.name == s }) { found.append("speaker \(s) is not an entity") }
        }
        for e in a.entities {
            for m in e.mentions where !inside(m, allowEmpty: false) {
                found.append("mention of \(e.name) \(m) outside its paragraph (lengths \(lengths))")
            }
        }
        let sorted = a.quotes.map(\.mention).sorted()
        for (x, y) in zip(sorted, sorted.dropFirst()) where x.paragraph == y.paragraph && x.end > y.start {
            found.append("quotes overlap: \(x) and \(y)")
        }
        for text in [a.title] + a.paragraphs.map(\.text) {
            if let bad = text.unicodeScalars.first(where: { TextSafety.isRemovedFromText($0.value) }) {
                found.append("unsafe U+\(String(bad.value, radix: 16, uppercase: true)) left in \(text.prefix(60).debugDescription)")
            }
        }
        return found
    }
}

