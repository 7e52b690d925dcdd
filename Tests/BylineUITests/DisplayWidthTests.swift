import Testing
@testable import BylineUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("Z", 1), (" ", 1), ("~", 1),
        ("é", 1), ("e\u{301}", 1), ("ñ", 1), ("ø", 1),  // accented, precomposed and combining
        ("Ж", 1), ("ё", 1),  // Cyrillic
        ("ع", 1), ("ﻻ", 1),  // Arabic
        ("א", 1),  // Hebrew
        ("中", 2), ("東", 2), ("𠀋", 2),  // CJK, including an extension B ideograph
        ("한", 2), ("ᄀ", 2),  // Hangul syllable and leading jamo
        ("あ", 2), ("カ", 2), ("ｶ", 1),  // Hiragana, Katakana, halfwidth Katakana
        ("Ａ", 2), ("、", 2), ("。", 2),  // fullwidth forms and CJK punctuation
        ("😀", 2), ("🌏", 2), ("🦀", 2), ("🫠", 2), ("⚡", 2), ("✅", 2),  // emoji presentation
        ("👨‍👩‍👧", 2), ("👍🏽", 2),  // ZWJ family, skin tone
        ("🇺🇦", 2), ("🇯🇵", 2),  // flags
        ("❤️", 2), ("❤", 1), ("☺", 1), ("1️⃣", 2),  // VS16 makes an emoji of a text symbol
        ("\u{301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{200B}", 0),  // marks and joiners alone
        ("\u{7}", 0),  // a control character
    ] as [(Character, Int)])
    func widthOfCharacter(_ character: Character, _ width: Int) {
        #expect(DisplayWidth.of(character) == width)
    }

    @Test func widthOfStrings() {
        #expect(DisplayWidth.of("Zelensky") == 8)
        #expect(DisplayWidth.of("Зеленський") == 10)
        #expect(DisplayWidth.of("محمد بن سلمان") == 13)
        #expect(DisplayWidth.of("東京 summit") == 11)
        #expect(DisplayWidth.of("Leaders 👨‍👩‍👧 and 🇯🇵") == 17)
        #expect(DisplayWidth.of("Nguyễn Văn An") == 13)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func tablesAreSortedAndDisjoint() {
        for table in [DisplayWidth.wide, DisplayWidth.zeroWidth] {
            for (a, b) in zip(table, table.dropFirst()) {
                #expect(a.upperBound < b.lowerBound, "\(a) and \(b)")
            }
        }
    }

    /// The tables come from Unicode's data: every combining mark the Swift
    /// runtime's own Unicode data knows takes no cell (about 570 were missing
    /// when the table was typed by hand).
    @Test func everyCombiningMarkIsZeroWidth() {
        var missing: [String] = []
        for v in UInt32(0x300)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                if DisplayWidth.of(scalar: s) != 0 { missing.append(String(v, radix: 16)) }
            default: break
            }
        }
        #expect(missing.isEmpty, "not zero-width: \(missing.prefix(20))")
    }
}
