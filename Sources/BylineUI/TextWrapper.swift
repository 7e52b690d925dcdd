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

    /// CJK punctuation that does not start a line (kinsoku) or end one.
    static let closing: Set<Character> = ["、", "。", "，", "．", "：", "；", "！", "？", "」", "』", "）", "】", "〕", "〉", "》", "ー", "々", "っ", "ゃ", "ゅ", "ょ", "ッ", "ャ", "ュ", "ョ"]
    static let opening: Set<Character> = ["「", "『", "（", "【", "〔", "〈", "《"]

    public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
        let glyphs = glyphs(of: text)
        return lineRanges(glyphs, width: width).map { line in
            var s = ""
            var w = 0
            for g in glyphs[line] {
                s.append(g.character == "\t" ? " " : g.character)
                w += g.width
            }
            // an empty line (from a newline) starts at that newline
            let start = glyphs[line.lowerBound].offset
            let range = line.isEmpty ? start..<start : start..<glyphs[line.upperBound - 1].end
            return WrappedLine(text: s, range: range, width: w)
        }
    }

    static func glyphs(of text: String, references: [Paragraph.Reference] = []) -> [Glyph] {
        var result: [Glyph] = []
        result.reserveCapacity(text.utf8.count)
        var offset = 0
        var next = 0
        func insertReferences(upTo limit: Int) {
            while next < references.count, references[next].offset <= limit {
                // `[n]`, glyphs of no length in the paragraph's text: they are
                // shown, wrap with the word before them, and are never a mention
                let at = references[next].offset
                for c in "[\(references[next].number)]" { result.append(Glyph(character: c, offset: at, end: at, width: 1)) }
                next += 1
            }
        }
        for c in text {
            let n = c.unicodeScalars.count
            insertReferences(upTo: offset)
            let w = c == "\t" ? 1 : DisplayWidth.of(c)
            result.append(Glyph(character: c, offset: offset, end: offset + n, width: w))
            offset += n
        }
        insertReferences(upTo: Int.max)
        return result
    }

    /// The glyph-index range of each line. Spaces at a break are dropped.
    static func lineRanges(_ glyphs: [Glyph], width: Int) -> [Range<Int>] {
        guard width > 0 else { return [] }
        var lines: [Range<Int>] = []
        var lineStart: Int? = nil
        var lineEnd = 0
        var lineWidth = 0
        let n = glyphs.count
        var i = 0

        func emit() {
            if let start = lineStart { lines.append(start..<lineEnd) }
            lineStart = nil
            lineWidth = 0
        }

        while i < n {
            let g = glyphs[i]
            if g.isNewline {
                if lineStart == nil { lines.append(i..<i) } else { emit() }
                i += 1
                continue
            }
            if g.isBreakSpace {
                i += 1
                continue
            }
            // a token: a run of narrow non-space glyphs, or one wide glyph (an
            // opening bracket with the glyph after it), with any closing
            // punctuation that follows, which never starts a line
            var j = i + 1
            var tokenWidth = g.width
            if g.width < 2 {
                while j < n, !glyphs[j].isBreakSpace, !glyphs[j].isNewline, glyphs[j].width < 2 {
                    tokenWidth += glyphs[j].width
                    j += 1
                }
            } else if TextWrapper.opening.contains(g.character), j < n, !glyphs[j].isBreakSpace, !glyphs[j].isNewline {
                tokenWidth += glyphs[j].width
                j += 1
            }
            while j < n, TextWrapper.closing.contains(glyphs[j].character) {
                tokenWidth += glyphs[j].width
                j += 1
            }
            if lineStart != nil {
                var gap = 0
                for k in lineEnd..<i { gap += glyphs[k].width }
                if lineWidth + gap + tokenWidth <= width {
                    lineEnd = j
                    lineWidth += gap + tokenWidth
                    i = j
                    continue
                }
                emit()
            }
            if tokenWidth <= width {
                lineStart = i
                lineEnd = j
                lineWidth = tokenWidth
                i = j
                continue
            }
            // longer than a whole line: break it hard, glyph by glyph
            for k in i..<j {
                let w = glyphs[k].width
                if lineStart != nil && lineWidth + w > width { emit() }
                if lineStart == nil { lineStart = k }
                lineEnd = k + 1
                lineWidth += w
            }
            i = j
        }
        emit()
        return lines
    }
}
