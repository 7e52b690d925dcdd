import BylineTestSupport
import Foundation
import Testing
@testable import BylineKit

/// Property tests over random byte strings (seeded, bounded): decoding and
/// parsing never trap, and every article satisfies `ArticleInvariants`.
/// The bytes are drawn half from anywhere, half from fragments the parser
/// looks for (quote marks, names, speech verbs, places, line ends, headers,
/// control and escape bytes, broken UTF-8), so the rules are actually reached.
struct RandomBytesPropertyTests {
    static let fragments: [[UInt8]] = [
        "\"", "“", "”", "«", "»", "„", "‘", "’", "'", "`", " ", " ", " ", ",", ".", "!", "?", ":", ";", "—", "-", "(", ")",
        "\n", "\n\n", "\r", "\r\n", "\t", "Title: ", "Source: ", "Date: 2026-02-18", "URL: http://x\n", "# ", "## ",
        "Maria Lopez", "Lopez", "Mr.", "she", "he", "they", "said", "told reporters", "according to", "added",
        "Kyiv", "the Kremlin", "Russia", "Ukrainian", "NATO", "the United Nations", "President", "Volodymyr Zelensky",
        "Sign up to our newsletter", "Copyright", "é", "中文", "👍🏽", "\u{0301}",
    ].map { Array($0.utf8) } + [
        [0x00], [0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D, 0x35, 0x32, 0x3B], [0x07], [0x7F], [0xC2, 0x9B], [0xE2, 0x80, 0xAE],
        [0xE2, 0x81, 0xA6], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0x9B], [0x85],
    ]

    static func randomInput(_ rng: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        let parts = Int.random(in: 0...300, using: &rng)
        for _ in 0..<parts {
            if Bool.random(using: &rng) {
                bytes += fragments.randomElement(using: &rng)!
            } else {
                bytes += (0..<Int.random(in: 1...8, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            }
        }
        return bytes
    }

    func check(_ bytes: [UInt8], seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation) {
        let decoded = ArticleTextDecoder.decode(Data(bytes))
        for file in ["random.txt", "random.md"] {
            let article = ArticleParser.parse(decoded.text, file: file)
            let problems = ArticleInvariants.violations(of: article)
            #expect(problems.isEmpty, "seed \(seed), \(file), input \(Data(bytes).base64EncodedString()): \(problems.prefix(3))",
                    sourceLocation: sourceLocation)
            let json = ArticleJSON.encode([article])
            #expect(!json.utf8.contains { $0 < 0x20 && $0 != 0x0A }, "seed \(seed): a control byte in the JSON", sourceLocation: sourceLocation)
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "seed \(seed): valid JSON", sourceLocation: sourceLocation)
        }
    }

    /// 4 seeds × 100 inputs of up to a few KB: a second or two in a debug build.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomBytesKeepTheInvariants(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<100 {
            check(Self.randomInput(&rng), seed: seed)
        }
    }

    /// Uniformly random bytes too: mostly the Latin-1 and replacement paths.
    @Test func uniformRandomBytes() {
        var rng = SeededGenerator(seed: 0xB7_11_4E)
        for _ in 0..<100 {
            let bytes = (0..<Int.random(in: 0...2048, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            check(bytes, seed: 0xB7_11_4E)
        }
    }

    /// The generator is the same on every run and platform.
    @Test func generatorIsSeeded() {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }
}
