import Testing
@testable import BylineKit

/// The tokenizer answers the commonest scalars of news text (ASCII, Latin
/// letters, typographic punctuation) without asking their Unicode
/// properties; these answers must be the properties' own, or words would be
/// cut differently depending on which path a scalar took.
@Suite("Scalar classes")
struct ScalarClassTests {
    /// Every scalar below U+3000 (ASCII, Latin, Greek, Cyrillic, Arabic,
    /// Devanagari, the punctuation block, …) and a few beyond.
    static let scalars: [Unicode.Scalar] = (Array(0..<0x3000) + [0x3000, 0x3001, 0x4E2D, 0xFF0C, 0xFEFF, 0x1F600])
        .compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func wordScalarsAreLettersDigitsAndMarks() {
        let wrong = Self.scalars.filter { Tokenizer.isWordScalar($0) != Tokenizer.isWordScalarByProperties($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test func spacesAreWhitespace() {
        let wrong = Self.scalars.filter { Tokenizer.isSpace($0) != $0.properties.isWhitespace }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test func digitsHaveANumericType() {
        let wrong = Self.scalars.filter { Tokenizer.isDigit($0) != ($0.properties.numericType != nil) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test func curlyQuotesAndDashesSplitWords() {
        #expect(!Tokenizer.isWordScalar("\u{2019}") && !Tokenizer.isWordScalar("\u{201C}") && !Tokenizer.isWordScalar("\u{2014}"))
        #expect(Tokenizer.isWordScalar("é") && Tokenizer.isWordScalar("ł") && Tokenizer.isSpace("\u{2009}") && !Tokenizer.isSpace("\u{2019}"))
    }
}
