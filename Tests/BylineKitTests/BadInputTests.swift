import Foundation
import Testing
@testable import BylineKit

/// Bad input gets a result, never a crash, and every offset stays inside its paragraph.
struct BadInputTests {
    /// The shared invariants (ArticleInvariants.swift), each violation an issue.
    static func checkInvariants(_ a: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in ArticleInvariants.violations(of: a) { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
    }

    @Test(arguments: [
        "",
        "\"",
        String(repeating: "\"", count: 10_001),
        String(repeating: "“”«»„' ", count: 2000),
        "no sentence punctuation at all just words Maria Lopez said yes and Kyiv and the Kremlin",
        "\"unbalanced quote that never closes, said Maria Lopez\n\nnext paragraph \" with a stray mark",
        "'single' 'quotes' everywhere don't countries' O'Neill",
        "A\u{0}B\u{1B}[2J\u{7}C\u{9B}D\u{202E}E",
        String(repeating: "Mr. ", count: 3000),
        String(repeating: "- ", count: 3000),
    ])
    func strangeTextGivesAnArticle(text: String) {
        let a = ArticleParser.parse(text, file: "strange.txt")
        Self.checkInvariants(a)
    }

    @Test func controlCharactersNeverReachTheArticle() {
        let a = ArticleParser.parse("Title\u{1B}]52;c;AAAA\u{7}\n\nBody \u{1B}[31mred\u{9B} text \u{202E}reversed", file: "x.txt")
        let all = ([a.title] + a.paragraphs.map(\.text)).joined()
        #expect(!all.unicodeScalars.contains { TextSafety.isRemovedFromText($0.value) })
        #expect(all.contains("[31mred"))  // shown as harmless text
    }

    @Test func longParagraphWithoutSpacesOrPunctuation() {
        let text = String(repeating: "x", count: 200_000)
        let a = ArticleParser.parse(text, file: "long.txt")
        #expect(a.paragraphs.count == 1)
        #expect(a.quotes.isEmpty)
    }

    @Test func largeParagraphOfProse() {
        let sentence = "Maria Lopez told reporters in Kyiv that the talks were \"going well,\" and he added that NATO would wait. "
        let a = ArticleParser.parse(String(repeating: sentence, count: 1000), file: "big.txt")
        Self.checkInvariants(a)
        #expect(a.quotes.count == 1000)
        #expect(a.quotes.first?.speaker == "Maria Lopez")
        #expect(a.countries.first?.name == "Ukraine")
    }

    @Test func decodingStrangeBytes() {
        #expect(ArticleTextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("héllo".utf8))).text == "héllo")
        let utf16 = Data([0xFF, 0xFE] + Array("hi".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(ArticleTextDecoder.decode(utf16).text == "hi")
        let latin1 = ArticleTextDecoder.decode(Data([0x63, 0x61, 0x66, 0xE9]))
        #expect(latin1.text == "café")
        #expect(latin1.note != nil)
        let broken = ArticleTextDecoder.decode(Data([0x61, 0x00, 0xFF, 0x62]))
        #expect(broken.text.contains("\u{FFFD}"))
    }
}

/// One policy says which characters may reach a terminal.
@Suite("Text safety")
struct TextSafetyTests {
    @Test func controlsAndBidiOverridesAreNeverShown() {
        for v: UInt32 in [0x00, 0x07, 0x09, 0x0A, 0x1B, 0x7F, 0x85, 0x9B, 0x202E, 0x2066] {
            #expect(TextSafety.isControl(v), "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x20, 0x41, 0xA0, 0xE9, 0x200D, 0x2029, 0x1F600] {
            #expect(!TextSafety.isControl(v), "U+\(String(v, radix: 16))")
        }
    }

    @Test func aTextKeepsItsLinesAndTabsButLosesByteOrderMarks() {
        #expect(!TextSafety.isRemovedFromText(0x0A) && !TextSafety.isRemovedFromText(0x09))
        #expect(TextSafety.isRemovedFromText(0xFEFF) && TextSafety.isRemovedFromText(0x1B))
        #expect(TextSanitiser.sanitise("a\u{1B}[31mb\u{FEFF}\tc\r\nd") == "a[31mb\tc\nd")
        // one line of a message holds no newline or tab
        #expect(TextSafety.isUnsafeInLine("\n") && TextSafety.isUnsafeInLine("\t") && !TextSafety.isUnsafeInLine("é"))
    }
}

/// Invisible controls never reach an article file, `parse` output or the
/// screen; the joiner and tags stay only where they join.
@Suite struct InvisibleControlTests {
    @Test func bidiMarksZeroWidthSpacesAndStrayJoinersAndTagsGo() {
        let text = "Mara\u{200E} Te\u{200F}ngu\u{061C} said\u{200B} \u{200D}no\u{200D} \u{E0041}yes"
        #expect(TextSanitiser.sanitise(text) == "Mara Tengu said no yes")
    }

    @Test func joinersAndTagsThatJoinStay() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let england = "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        let conjunct = "क्\u{200D}ष"
        for kept in [family, england, conjunct] {
            #expect(TextSanitiser.sanitise("A \(kept) B") == "A \(kept) B")
        }
    }

    @Test func messagesShowTheMarksHarmlessly() {
        #expect(TextSafety.replacing(in: "a\u{200E}b\u{061C}c") == "a\u{FFFD}b\u{FFFD}c")
    }
}

/// A file whose name is not UTF-8 is said, never dropped in silence.
@Suite struct NonUTF8NameTests {
    @Test func aNameThatIsNotUTF8IsNoted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-names-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Title: Fine\n\nText.\n".write(to: folder.appendingPathComponent("fine.txt"), atomically: true, encoding: .utf8)
        var bad = Array((folder.path + "/bad").utf8).map { CChar(bitPattern: $0) }
        bad += [CChar(bitPattern: 0xFF)] + Array(".txt".utf8).map { CChar(bitPattern: $0) } + [0]
        let fd = open(bad, O_CREAT | O_WRONLY, 0o644)
        guard fd >= 0 else { return }   // (a file system that refuses such names has none to note)
        close(fd)
        let (entries, notes) = try ArticleFiles.walk([folder.path])
        #expect(entries.map { ($0.path as NSString).lastPathComponent } == ["fine.txt"])
        #expect(notes.count == 1 && notes[0].hasSuffix("its name is not valid UTF-8; skipped (rename it to read it)"), "\(notes)")
    }
}
