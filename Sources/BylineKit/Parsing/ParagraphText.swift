/// One paragraph prepared for the recognisers: its scalars, tokens, and where
/// its sentences start. A class of constants: the recognisers pass paragraphs
/// around and loop over them, and a copy is then one reference count instead
/// of one per array.
final class ParagraphText: Sendable {
    let index: Int
    let kind: Paragraph.Kind
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// The words of the parse, shared by its paragraphs: tokens' text by id.
    let words: WordList
    /// `isSentenceStart[i]` is true when token `i` opens a sentence.
    let isSentenceStart: [Bool]
    /// `sentenceStart[i]` is the index of the token that opens token `i`'s sentence.
    let sentenceStart: [Int]
    /// Written in headline case (most words capitalised), where capitals say
    /// nothing about names.
    let isHeadlineCase: Bool

    /// The paragraphs of one parse, tokenized in order into one word table,
    /// which they then share.
    static func prepare(_ paragraphs: [Paragraph]) -> [ParagraphText] {
        var words = WordTable()
        let tokenized = paragraphs.map { paragraph in
            let scalars = ParagraphText.scalars(of: paragraph.text)
            return (scalars: scalars, tokens: Tokenizer.tokenize(scalars, words: &words))
        }
        let list = words.list
        return zip(paragraphs, tokenized).enumerated().map { i, p in
            ParagraphText(index: i, kind: p.0.kind, scalars: p.1.scalars, tokens: p.1.tokens, words: list)
        }
    }

    init(index: Int, kind: Paragraph.Kind, scalars: [Unicode.Scalar], tokens: [Token], words: WordList) {
        self.index = index
        self.kind = kind
        self.words = words
        self.scalars = scalars
        self.tokens = tokens
        self.isSentenceStart = ParagraphText.sentenceStarts(tokens, words: words)
        var starts = [Int]()
        starts.reserveCapacity(tokens.count)
        var current = 0
        for (i, isStart) in isSentenceStart.enumerated() {
            if isStart { current = i }
            starts.append(current)
        }
        self.sentenceStart = starts
        self.isHeadlineCase = kind != .body && ParagraphText.isHeadlineCase(tokens)
    }

    /// The paragraph as boilerplate with no text: page furniture, where
    /// nothing is looked for.
    func emptiedAsBoilerplate() -> ParagraphText {
        ParagraphText(index: index, kind: .boilerplate, scalars: [], tokens: [], words: words)
    }

    /// Most words longer than three letters capitalised (at least three such
    /// words, seven in ten capitalised). Counted in place: no token is copied.
    static func isHeadlineCase(_ tokens: [Token]) -> Bool {
        var words = 0, caps = 0
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].end - tokens[i].start > 3 && tokens[i].characterCount > 3 {
            words += 1
            if tokens[i].isCapitalised { caps += 1 }
        }
        return words >= 3 && caps * 10 >= words * 7
    }

    /// The text's scalars, decoded from its UTF-8 bytes in one pass (the text
    /// is valid UTF-8, being a String).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                var i = 0, n = 0
                while i < bytes.count {
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        // ASCII, nearly every byte: always a valid scalar
                        out[n] = Unicode.Scalar(UInt8(truncatingIfNeeded: b0))
                        n += 1
                        i += 1
                        continue
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                }
                count = n
            }
        }
    }

    /// A token's text, as written.
    @inline(__always) func text(of t: Token) -> String { words.text(t.word) }
    /// A token's text in lowercase.
    @inline(__always) func lower(of t: Token) -> String { words.lower(t.word) }

    func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, start), e = min(end, scalars.count)
        return s < e ? Tokenizer.makeString(scalars, s, e) : ""
    }

    /// A full stop, question or exclamation mark ends a sentence unless it follows
    /// an abbreviation or an initial; quote marks and brackets after it belong to
    /// the sentence it ends.
    static func sentenceStarts(_ tokens: [Token], words: WordList) -> [Bool] {
        var starts = Array(repeating: false, count: tokens.count)
        guard !tokens.isEmpty else { return starts }
        starts[0] = true
        var pendingEnd = false
        for i in tokens.indices {
            let t = tokens[i]
            if pendingEnd {
                if t.kind == .punctuation && (QuoteFinder.isDoubleMark(t.first) || t.isMark(")") || QuoteFinder.isSingleMark(t.first)) {
                    continue
                }
                if t.kind == .word || t.kind == .number || t.kind == .punctuation {
                    if t.kind != .word || t.isCapitalised || t.kind == .number { starts[i] = true }
                }
                pendingEnd = false
            }
            if t.kind == .punctuation, isSentenceEndMark(t, words) {
                if t.isMark("."), i > 0 {
                    let prev = tokens[i - 1]
                    if prev.kind == .word && (prev.isIn(.abbreviation) || (prev.isOneCharacter && prev.isCapitalised)) && prev.end == t.start {
                        continue
                    }
                }
                pendingEnd = true
            }
            // (`U.S.` at the end of a sentence is read as not ending it, the safer reading)
        }
        return starts
    }

    /// `.`, `!`, `?`, `...` or `…`; told by the first scalar before any string is compared.
    private static func isSentenceEndMark(_ t: Token, _ words: WordList) -> Bool {
        switch t.first {
        case ".": return t.isMark(".") || words.text(t.word) == "..."
        case "!", "?", "\u{2026}": return t.end - t.start == 1
        default: return false
        }
    }
}
