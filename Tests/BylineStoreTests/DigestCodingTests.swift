import Foundation
import Testing
import BylineKit
@testable import BylineStore

/// Digests are what a warm start reads back from the cache, 100,000 at a
/// time, sharing the names they repeat through one `StringTable`: what comes
/// back must be exactly what was written.
@Suite("Digest coding")
struct DigestCodingTests {
    static func digest(_ i: Int, person: String) -> ArticleDigest {
        ArticleDigest(file: "a\(i).txt", title: "Talks resume in Geneva, part \(i)",
                      header: ArticleHeader(source: "The Evening Chronicle Weekly", author: "Correspondent number \(i % 7)", date: "2026-11-27"),
                      entities: [DigestEntity(kind: .person, name: person, aliases: ["Secretary-General \(person)"], role: "secretary-general of the alliance", mentionCount: 3),
                                 DigestEntity(kind: .country, name: "France", code: "FR", mentionCount: 1)],
                      speakers: [person], quoteCount: 2)
    }

    @Test func digestsComeBackAsWrittenThroughOneTable() throws {
        // more distinct long names than the table first has room for, each met several times
        var strings = StringTable()
        for round in 0..<3 {
            for i in 0..<300 {
                let written = Self.digest(i, person: "Anneliese Vandermeer-\(i)")
                let read = try ArticleCoding.decodeDigest(ArticleCoding.encode(written), file: written.file, strings: &strings)
                #expect(read == written, "round \(round), digest \(i)")
            }
        }
    }

    @Test func aNameKeepsTheFormItWasWrittenIn() throws {
        // `é` precomposed in one article and as `e` + combining accent in another:
        // equal as Strings, but each article shows its own text
        let composed = "Hélène Dubois-Marchetti", decomposed = "He\u{301}le\u{300}ne Dubois-Marchetti"
        var strings = StringTable()
        let first = try ArticleCoding.decodeDigest(ArticleCoding.encode(Self.digest(1, person: composed)), file: "a1.txt", strings: &strings)
        let second = try ArticleCoding.decodeDigest(ArticleCoding.encode(Self.digest(2, person: decomposed)), file: "a2.txt", strings: &strings)
        #expect(Array(first.entities[0].name.unicodeScalars) == Array(composed.unicodeScalars))
        #expect(Array(second.entities[0].name.unicodeScalars) == Array(decomposed.unicodeScalars))
    }
}
