import Foundation
import GRDB
import Testing
import BylineKit
@testable import BylineStore

/// The cache's format — its tables and the binary forms of a digest and an
/// article — under a fingerprint, as the parser's output is: a change to
/// either without a new `LibraryCache.schemaVersion` would leave old caches
/// read as if they were new, and this test fails until the version moves.
@Suite("Cache version")
struct CacheVersionTests {
    static let fingerprints: [Int: UInt64] = [
        2: 0xc60b_c658_bb51_e1b7,
        // 3: a paragraph's link references (`Paragraph.references`)
        3: 0xc5b1_555a_e214_22ef,
        // 4: the word index holds each text's words folded (`ﬂoor` as `floor`);
        // the tables and codings are those of 3
        4: 0xc5b1_555a_e214_22ef,
    ]

    /// An article written by hand (not parsed), with one of everything the coding holds.
    static let article = Article(
        file: "a.txt", title: "Harbour talks",
        header: ArticleHeader(source: "Wire", author: "A. Writer", date: "2026-01-02", url: "https://example.org/a"),
        paragraphs: [Paragraph(kind: .heading, text: "Harbour talks"), Paragraph(kind: .body, text: "\"Yes,\" said Ana Roe in Oslo.", references: [Paragraph.Reference(offset: 28, number: 1)]),
                     Paragraph(kind: .boilerplate, text: "Sign up")],
        entities: [
            Entity(kind: .person, name: "Ana Roe", aliases: ["Roe"], role: "mayor", mentions: [Mention(paragraph: 1, start: 12, end: 19)]),
            Entity(kind: .country, name: "Norway", code: "NO", mentions: [Mention(paragraph: 1, start: 23, end: 27)]),
            Entity(kind: .organisation, name: "Harbour Board", mentions: []),
        ],
        quotes: [Quote(text: "Yes,", speaker: "Ana Roe", speakerKind: .person, mention: Mention(paragraph: 1, start: 1, end: 5),
                       speakerMention: Mention(paragraph: 1, start: 12, end: 19), rule: "cue-after")])

    static func fingerprint() throws -> UInt64 {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-cache-version-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // (the cache makes its tables; they are read back through a queue of the test's own)
        _ = try LibraryCache(path: folder.appendingPathComponent(LibraryCache.fileName).path)
        let queue = try DatabaseQueue(path: folder.appendingPathComponent(LibraryCache.fileName).path)
        let schema = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name")
        }
        var bytes = Data(schema.joined(separator: "\n").utf8)
        bytes.append(ArticleCoding.encode(ArticleDigest(article)))
        bytes.append(ArticleCoding.encode(article))
        return FNV1a.hash64(bytes)
    }

    @Test func theCacheVersionChangesWithItsFormat() throws {
        let now = try Self.fingerprint()
        #expect(Self.fingerprints[LibraryCache.schemaVersion] == now, """
            The cache's tables or binary forms changed (fingerprint \(String(now, radix: 16))) but \
            LibraryCache.schemaVersion (\(LibraryCache.schemaVersion)) did not: old caches would be misread. \
            Bump LibraryCache.schemaVersion and add its fingerprint to CacheVersionTests.fingerprints.
            """)
    }
}
