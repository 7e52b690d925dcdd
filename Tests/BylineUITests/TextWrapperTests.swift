import Testing
@testable import BylineUI
import BylineKit

@Suite struct TextWrapperTests {
    /// The wrapped lines joined by newlines, as a person sees them.
    func wrapped(_ text: String, _ width: Int) -> String {
        TextWrapper.wrap(text, width: width).map(\.text).joined(separator: "\n")
    }

    @Test func wrapsAtSpaces() {
        #expect(
            wrapped("Top US and Russian diplomats will meet in Saudi Arabia on Tuesday.", 20) == """
                Top US and Russian
                diplomats will meet
                in Saudi Arabia on
                Tuesday.
                """)
    }

    @Test func aWordThatFitsExactlyEndsTheLine() {
        #expect(
            wrapped("abcde fghij klmno", 11) == """
                abcde fghij
                klmno
                """)
    }

    @Test func breaksWordsLongerThanTheWidth() {
        #expect(
            wrapped("see https://example.org/a/very/long/path now", 10) == """
                see
                https://ex
                ample.org/
                a/very/lon
                g/path now
                """)
    }

    @Test func dropsSpacesAtBreaksAndKeepsThemInside() {
        #expect(
            wrapped("  one  two   three ", 9) == """
                one  two
                three
                """)
    }

    @Test func newlineForcesABreak() {
        #expect(
            wrapped("first line\nsecond", 40) == """
                first line
                second
                """)
    }

    @Test func wrapsCJKBetweenCharactersKeepingPunctuationOffLineStarts() {
        #expect(
            wrapped("東京で首脳会談が開かれ、各国の代表が集まった。", 20) == """
                東京で首脳会談が開か
                れ、各国の代表が集
                まった。
                """)
        #expect(
            wrapped("「平和が大切だ」と山田太郎首相は述べた。", 16) == """
                「平和が大切だ」
                と山田太郎首相は
                述べた。
                """)
    }

    @Test func movesAWideCharacterThatWouldNeedTheLastCellToTheNextLine() {
        let lines = TextWrapper.wrap("ab東京", width: 3)
        #expect(lines.map(\.text) == ["ab", "東", "京"])
        #expect(lines.map(\.width) == [2, 2, 2])
    }

    @Test func keepsMixedScriptsAndEmojiWhole() {
        #expect(
            wrapped("Leaders 👨‍👩‍👧 and flags 🇯🇵🇰🇷 met in 東京 on Monday.", 16) == """
                Leaders 👨‍👩‍👧 and
                flags 🇯🇵🇰🇷 met
                in 東京 on
                Monday.
                """)
    }

    @Test func neverExceedsTheWidth() {
        let text = "Zelensky said Kyiv \"did not know anything about\" the talks in 東京 👨‍👩‍👧 🇺🇦 Зеленський ﻻ naïve e\u{301}"
        for width in 2...40 {
            for line in TextWrapper.wrap(text, width: width) {
                #expect(line.width <= width)
                #expect(line.width == DisplayWidth.of(line.text))
            }
        }
    }

    @Test func rangesCoverTheLineTextInScalars() {
        let text = "Zelensky said Kyiv “did not know” 東京で 👨‍👩‍👧 e\u{301}té"
        let scalars = Array(text.unicodeScalars)
        for width in 3...30 {
            for line in TextWrapper.wrap(text, width: width) {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[line.range])
                #expect(String(s) == line.text)
            }
        }
    }

    @Test func givesNoLinesForNothingAndNeverHangs() {
        #expect(TextWrapper.wrap("", width: 10).isEmpty)
        #expect(TextWrapper.wrap("   ", width: 10).isEmpty)
        #expect(TextWrapper.wrap("abc", width: 0).isEmpty)
        #expect(TextWrapper.wrap("abc", width: -3).isEmpty)
        // a wide character can never fit one cell: it stands alone on its line
        #expect(TextWrapper.wrap("東京", width: 1).map(\.text) == ["東", "京"])
        #expect(TextWrapper.wrap("a b", width: 1).map(\.text) == ["a", "b"])
    }

    /// Lines keep where they start, not their glyphs: every line read again
    /// from its start gives the text in order, spaces at breaks dropped, the
    /// `[n]` references in their places.
    @Test func linesReadAgainFromTheirStartsGiveTheWholeText() {
        let text = "The council\tapproved「平和が大切だ」、the report on Monday👨‍👩‍👧 e\u{301}té\nand a-very-long-word-that-never-ends-at-all then more."
        let scalars = text.unicodeScalars.count
        let references = [Paragraph.Reference(offset: 11, number: 1), Paragraph.Reference(offset: 48, number: 12),
                          Paragraph.Reference(offset: scalars, number: 3)]
        var expected = text.filter { $0 != " " && $0 != "\t" && $0 != "\n" }.map { $0 }
        // each reference's glyphs stand before the character at its offset
        var insertions: [(Int, String)] = references.map { ($0.offset, "[\($0.number)]") }
        insertions.sort { $0.0 > $1.0 }
        var characterOffsets: [Int] = []
        var o = 0
        for c in text { if c != " " && c != "\t" && c != "\n" { characterOffsets.append(o) }; o += c.unicodeScalars.count }
        for (offset, glyphs) in insertions {
            let at = characterOffsets.firstIndex { $0 >= offset } ?? expected.count
            expected.insert(contentsOf: glyphs, at: at)
        }
        for width in 1...24 {
            let lines = TextWrapper.layout(text, references: references, width: width)
            let read = lines.flatMap { TextWrapper.glyphs(of: text, references: references, line: $0) }
            #expect(read.map(\.character).filter { $0 != " " && $0 != "\t" } == expected, "width \(width)")
            for line in lines {
                let glyphs = TextWrapper.glyphs(of: text, references: references, line: line)
                #expect(glyphs.count == line.count)
                #expect(glyphs.reduce(0) { $0 + $1.width } == line.width)
                #expect(line.width <= width || glyphs.count == 1)
            }
        }
    }
}
