import BylineKit

/// Pure word wrapping of one paragraph to a width in cells (newsboat's text
/// formatter is the model).
///
/// Lines break at spaces, and also before and after a wide character, so CJK
/// text without spaces wraps. A word longer than the width is broken hard.
/// A grapheme is never split, and a wide character that would need the last
/// single cell of a line moves to the next line instead. A newline in the
/// text forces a break. Each line keeps the scalar-offset range it covers so
/// that styled spans (mentions, quotes) can be drawn line by line.
///
/// The text is read as a stream of glyphs and a line is kept as where its
/// glyphs start (`Cursor`) and how many there are, never as the glyphs
/// themselves: the reading pane lays out a 16 MB article in a few bytes a
/// line, and makes the glyphs of the lines on screen only. The breaker looks
/// no further ahead than one line's width, so a paragraph of one endless word
/// costs no more memory than a short one.
public enum TextWrapper {
    /// One grapheme of the text with where it stands and how wide it is.
    struct Glyph: Sendable, Equatable {
        var character: Character
        /// Offset of its first scalar in the paragraph.
        var offset: Int
        /// Offset just after its last scalar.
        var end: Int
        var width: Int

        var isBreakSpace: Bool { character == " " || character == "\t" }
        var isNewline: Bool { character == "\n" || character == "\r\n" }
    }

    /// Where a paragraph's glyph stream stands: enough to start it again at
    /// a line. (32-bit: articles are at most 16 MB.)
    struct Cursor: Sendable, Equatable {
        /// The next character, in UTF-8 bytes from the text's start.
        var utf8: Int32
        /// Its scalar offset.
        var offset: Int32
        /// The next `[n]` reference to show, and how many of its glyphs are shown.
        var reference: Int32
        var referenceGlyph: UInt8

        static let start = Cursor(utf8: 0, offset: 0, reference: 0, referenceGlyph: 0)
    }

    /// One wrapped line: where its glyphs start, how many there are (spaces
    /// inside it included), the scalars it covers and its width in cells.
    struct LineLayout: Sendable, Equatable {
        var start: Cursor
        var count: Int
        var range: Range<Int>
        var width: Int
    }

    /// A paragraph's glyphs one at a time, the `[n]` references (glyphs of
    /// no length in the text) shown just before the character at their
    /// offset: they wrap with the word before them and are never a mention.
    struct GlyphStream {
        private let references: [Paragraph.Reference]
        private var characters: Substring.Iterator
        private var upcoming: Character?
        private var utf8: Int
        private var offset: Int
        private var reference: Int
        private var referenceGlyph: Int
        private var referenceText: [Character] = []

        init(_ text: String, references: [Paragraph.Reference] = [], at cursor: Cursor = .start) {
            self.references = references
            let utf8 = min(max(0, Int(cursor.utf8)), text.utf8.count)
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: utf8)
            characters = text[start...].makeIterator()
            upcoming = characters.next()
            self.utf8 = utf8
            offset = Int(cursor.offset)
            reference = Int(cursor.reference)
            referenceGlyph = Int(cursor.referenceGlyph)
            if referenceGlyph > 0, reference < references.count { referenceText = Self.text(of: references[reference]) }
        }

        /// Where the next glyph comes from.
        var cursor: Cursor {
            Cursor(utf8: Int32(clamping: utf8), offset: Int32(clamping: offset),
                   reference: Int32(clamping: reference), referenceGlyph: UInt8(clamping: referenceGlyph))
        }

        private static func text(of reference: Paragraph.Reference) -> [Character] { Array("[\(reference.number)]") }

        mutating func next() -> Glyph? {
            if reference < references.count,
               referenceGlyph > 0 || upcoming == nil || references[reference].offset <= offset {
                if referenceGlyph == 0 { referenceText = Self.text(of: references[reference]) }
                let at = references[reference].offset
                let c = referenceText[referenceGlyph]
                referenceGlyph += 1
                if referenceGlyph == referenceText.count {
                    referenceGlyph = 0
                    reference += 1
                }
                return Glyph(character: c, offset: at, end: at, width: 1)
            }
            guard let c = upcoming else { return nil }
            upcoming = characters.next()
            let start = offset
            offset += c.unicodeScalars.count
            utf8 += c.utf8.count
            return Glyph(character: c, offset: start, end: offset, width: c == "\t" ? 1 : DisplayWidth.of(c))
        }
    }

    /// CJK punctuation that does not start a line (kinsoku) or end one.
    static let closing: Set<Character> = ["、", "。", "，", "．", "：", "；", "！", "？", "」", "』", "）", "】", "〕", "〉", "》", "ー", "々", "っ", "ゃ", "ゅ", "ょ", "ッ", "ャ", "ュ", "ョ"]
    static let opening: Set<Character> = ["「", "『", "（", "【", "〔", "〈", "《"]

    public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
        layout(text, width: width).map { line in
            var s = ""
            for g in glyphs(of: text, line: line) { s.append(g.character == "\t" ? " " : g.character) }
            return WrappedLine(text: s, range: line.range, width: line.width)
        }
    }

    /// The glyphs of `line`, one of `text`'s lines, read again from where it starts.
    static func glyphs(of text: String, references: [Paragraph.Reference] = [], line: LineLayout) -> [Glyph] {
        var stream = GlyphStream(text, references: references, at: line.start)
        var result: [Glyph] = []
        result.reserveCapacity(line.count)
        while result.count < line.count, let g = stream.next() { result.append(g) }
        return result
    }

    /// The lines of `text` at `width`. Spaces at a break are dropped; an
    /// empty line (from a newline) starts at that newline.
    static func layout(_ text: String, references: [Paragraph.Reference] = [], width: Int) -> [LineLayout] {
        guard width > 0 else { return [] }
        var breaker = LineBreaker(width: width)
        var stream = GlyphStream(text, references: references)
        var peeked: (Glyph, Cursor)?
        func pull() -> (Glyph, Cursor)? {
            if let p = peeked { peeked = nil; return p }
            let at = stream.cursor
            guard let g = stream.next() else { return nil }
            return (g, at)
        }
        while let (g, at) = pull() {
            if g.isNewline {
                breaker.newline(g, at: at)
                continue
            }
            if g.isBreakSpace {
                breaker.space(g)
                continue
            }
            // a token: a run of narrow non-space glyphs, or one wide glyph (an
            // opening bracket with the glyph after it), with any closing
            // punctuation that follows, which never starts a line
            breaker.beginToken(g, at: at)
            if g.width < 2 {
                while let n = pull() {
                    if n.0.isBreakSpace || n.0.isNewline || n.0.width >= 2 { peeked = n; break }
                    breaker.extendToken(n.0, at: n.1)
                }
            } else if TextWrapper.opening.contains(g.character), let n = pull() {
                if n.0.isBreakSpace || n.0.isNewline { peeked = n } else { breaker.extendToken(n.0, at: n.1) }
            }
            while let n = pull() {
                guard TextWrapper.closing.contains(n.0.character) else { peeked = n; break }
                breaker.extendToken(n.0, at: n.1)
            }
            breaker.endToken()
        }
        breaker.finishLine()
        return breaker.lines
    }

    /// The line being filled, and the token being read. A token is held
    /// until it ends, or until it is wider than a whole line: then it can
    /// fit no line, and is broken glyph by glyph as it goes on.
    private struct LineBreaker {
        let width: Int
        var lines: [LineLayout] = []
        private var line: LineLayout?
        /// Break spaces since the line's last glyph: kept if a token follows on this line.
        private var gapWidth = 0, gapCount = 0
        private var token: [(Glyph, Cursor)] = []
        private var tokenWidth = 0
        private var breakingHard = false

        init(width: Int) { self.width = width }

        mutating func finishLine() {
            if let line { lines.append(line) }
            line = nil
            gapWidth = 0
            gapCount = 0
        }

        mutating func newline(_ g: Glyph, at: Cursor) {
            if line == nil {
                lines.append(LineLayout(start: at, count: 0, range: g.offset..<g.offset, width: 0))
            } else {
                finishLine()
            }
        }

        mutating func space(_ g: Glyph) {
            guard line != nil else { return }
            gapWidth += g.width
            gapCount += 1
        }

        mutating func beginToken(_ g: Glyph, at: Cursor) {
            token.removeAll(keepingCapacity: true)
            tokenWidth = 0
            breakingHard = false
            extendToken(g, at: at)
        }

        mutating func extendToken(_ g: Glyph, at: Cursor) {
            if breakingHard { return placeHard(g, at: at) }
            token.append((g, at))
            tokenWidth += g.width
            guard tokenWidth > width else { return }
            // wider than any line: it starts a line of its own and breaks
            breakingHard = true
            finishLine()
            for (g, at) in token { placeHard(g, at: at) }
            token.removeAll(keepingCapacity: true)
        }

        mutating func endToken() {
            guard !breakingHard, let first = token.first else { return }
            if let current = line, current.width + gapWidth + tokenWidth > width { finishLine() }
            if line == nil {
                line = LineLayout(start: first.1, count: 0, range: first.0.offset..<first.0.offset, width: 0)
                gapWidth = 0
                gapCount = 0
            }
            line!.count += gapCount + token.count
            line!.width += gapWidth + tokenWidth
            line!.range = line!.range.lowerBound..<token[token.count - 1].0.end
            gapWidth = 0
            gapCount = 0
        }

        private mutating func placeHard(_ g: Glyph, at: Cursor) {
            if let current = line, current.width + g.width > width { finishLine() }
            if line == nil { line = LineLayout(start: at, count: 0, range: g.offset..<g.offset, width: 0) }
            line!.count += 1
            line!.width += g.width
            line!.range = line!.range.lowerBound..<g.end
        }
    }
}
