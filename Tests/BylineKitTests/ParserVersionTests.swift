import BylineKit
import Foundation
import Testing

/// The library cache keeps parsed articles keyed by `ArticleParser.version`:
/// if the parser's output changes and the version does not, every cached
/// article keeps its old, wrong parse. This test ties the version to a
/// fingerprint of what the parser makes of the sample articles.
@Suite struct ParserVersionTests {
    /// Version → fingerprint (FNV-1a, 64 bits, of `ArticleJSON.encode` of
    /// every sample article, parsed under its file name).
    static let fingerprints: [Int: UInt64] = [
        1: 0x43ec_75de_6881_90d5,
        // 2: bodies named by one plural head (`the ministries of Justice and
        // Security`, `the Justice and Treasury departments`), which no
        // sample article has
        2: 0x43ec_75de_6881_90d5,
        // 3: named speaker sieves; each quote carries its rule and speaker
        // mention in the JSON; names in a speaker's slot, title-case headlines
        3: 0x61a3_7312_482e_5227,
        // 4: a short one-sentence first line is the headline; headline case
        // means every lowercase word is a minor one
        4: 0x3543_818e_7b32_8325,
        // 5: no country or person mentioned inside a quoted title of a work;
        // a city naming a treaty is part of its name
        5: 0xc12c_4c23_a621_ac35,
        // 6: bodies by where they are based, what they sell, an outlet's
        // capitals, a web address, a possessive inside; a body's name opening
        // an award's or a bill's is none; a shorter name of one body is it
        6: 0x1c62_4eb0_a0d1_b958,
        // 7: short lines between paragraphs are subheadings, and a heading's
        // words the body quotes are a quote (no sample article has one)
        7: 0x1c62_4eb0_a0d1_b958,
        // 8: a transcript's label that opens two turns or more is a person
        8: 0x1c62_4eb0_a0d1_b958,
        // 9: a speech word after a possessive or an article is a noun, not a cue
        9: 0x1c62_4eb0_a0d1_b958,
        // 10: initials and a generation (`R.`, `II`) do not count against an
        // unknown name in a speaker's slot; a plural title is a title
        10: 0x1c62_4eb0_a0d1_b958,
        // 11: a dash credit's slot names a person; a capital `A.` inside a name is an initial
        11: 0x1c62_4eb0_a0d1_b958,
        // 12: a demonym right after a given name is a surname (no sample article has one)
        12: 0x1c62_4eb0_a0d1_b958,
        // 13: a participle or a reported clause after a quote names no speaker;
        // a capitalised speech verb opening a sentence is a cue (`Said Roe: "…"`)
        13: 0x1c62_4eb0_a0d1_b958,
        // 14: a participle in an opening phrase is no cue for the main clause's
        // weak one; a weak cue after a name set off by commas is speech
        14: 0x1c62_4eb0_a0d1_b958,
        // 15: the list of links a page or feed item ends with (`Links:`, then
        // `[n] address` lines) is page furniture (no sample article has one)
        15: 0x1c62_4eb0_a0d1_b958,
        // 16: bidi marks, zero-width spaces, stray joiners and tags are taken
        // out of the text (no sample article has one)
        16: 0x1c62_4eb0_a0d1_b958,
        // 17: web pages are read with libxml2 and the story found by scoring;
        // a paragraph's `[n]` link references leave its text for
        // `Paragraph.references` (no sample article is a web page or has links)
        17: 0x1c62_4eb0_a0d1_b958,
    ]

    static func fingerprint() throws -> UInt64 {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0 != "README.md" && ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) }.sorted()
        let articles = try names.map { name in
            ArticleParser.parse(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), file: name)
        }
        let hash = FNV1a.hash64(ArticleJSON.encode(articles).utf8)
        return hash
    }

    @Test func theParserVersionChangesWithItsOutput() throws {
        let now = try Self.fingerprint()
        #expect(Self.fingerprints[ArticleParser.version] == now, """
            The parser's output changed (fingerprint \(String(now, radix: 16))) but ArticleParser.version \
            (\(ArticleParser.version)) did not: cached parses would be stale. Bump ArticleParser.version and \
            add its fingerprint to ParserVersionTests.fingerprints.
            """)
    }
}
