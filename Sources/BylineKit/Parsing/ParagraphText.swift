/// One paragraph prepared for the recognisers: its scalars, tokens, and where
/// its sentences start. A class of constants: the recognisers pass paragraphs
/// around and loop over them, and a copy is then one reference count.
///
/// Its scalars, tokens and sentence starts are runs of its article's
/// (`ArticleText`), which it keeps alive: a parse makes four allocations
/// for them instead of four per paragraph, and reading them costs no
/// reference count.
final class ParagraphText {
    let index: Int
    let kind: Paragraph.Kind
    let scalars: TextRun<Unicode.Scalar>
    let tokens: TextRun<Token>
    /// The words of the parse, shared by its paragraphs: tokens' text by id.
    let words: WordList
    /// `isSentenceStart[i]` is true when token `i` opens a sentence.
    let isSentenceStart: TextRun<Bool>
    /// `sentenceStart[i]` is the index of the token that opens token `i`'s sentence.
    let sentenceStart: TextRun<Int>
    /// Written in headline case (most words capitalised), where capitals say
    /// nothing about names.
    let isHeadlineCase: Bool
    /// The memory the runs lie in (nil for a paragraph with no text).
    private let article: ArticleText?

    /// The paragraphs of one parse, tokenized in order into one word table,
    /// which they then share.
    static func prepare(_ paragraphs: [Paragraph]) -> [ParagraphText] {
        var words = WordTable()
        let article = ArticleText(paragraphs, words: &words)
        let list = words.list
        return paragraphs.indices.map { i in
            let isHeadlineCase = paragraphs[i].kind != .body && ParagraphText.isHeadlineCase(article.tokens(of: i))
            return ParagraphText(index: i, kind: paragraphs[i].kind, article: article, words: list, isHeadlineCase: isHeadlineCase)
        }
    }

    private init(index: Int, kind: Paragraph.Kind, article: ArticleText?, words: WordList, isHeadlineCase: Bool) {
        self.index = index
        self.kind = kind
        self.words = words
        self.article = article
        scalars = article?.scalars(of: index) ?? TextRun()
        tokens = article?.tokens(of: index) ?? TextRun()
        isSentenceStart = article?.isSentenceStart(of: index) ?? TextRun()
        sentenceStart = article?.sentenceStart(of: index) ?? TextRun()
        self.isHeadlineCase = isHeadlineCase
    }

    /// The paragraph as boilerplate with no text: page furniture, where
    /// nothing is looked for.
    func emptiedAsBoilerplate() -> ParagraphText {
        ParagraphText(index: index, kind: .boilerplate, article: nil, words: words, isHeadlineCase: false)
    }

    /// Title case: every word capitalised but the minor ones (`of`, `to`,
    /// `with`), with at least three capitalised words longer than three letters.
    /// (A heading in sentence case, `Ana Ribeiro speaks in Oslo`, is none: its
    /// names are read as in any sentence.) Counted in place: no token is copied.
    static func isHeadlineCase(_ tokens: TextRun<Token>) -> Bool {
        var caps = 0
        for i in tokens.indices where tokens[i].kind == .word {
            if tokens[i].isCapitalised {
                if tokens[i].end - tokens[i].start > 3 && tokens[i].characterCount > 3 { caps += 1 }
            } else if !tokens[i].isInAsWritten(.minorWord) {
                return false
            }
        }
        return caps >= 3
    }

    /// The text's scalars, decoded from its UTF-8 bytes in one pass (the
    /// text is valid UTF-8, being a String) into `out`, which has room for
    /// as many scalars as the text has bytes; returns how many there are.
    static func decodeScalars(of text: String, into out: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        var text = text
        return text.withUTF8 { bytes in
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
            return n
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
    /// Writes `starts[i]` for every token `i`; `starts` has room for them all.
    static func sentenceStarts(_ tokens: UnsafeBufferPointer<Token>, words: WordTable, into starts: UnsafeMutablePointer<Bool>) {
        guard !tokens.isEmpty else { return }
        starts.initialize(repeating: false, count: tokens.count)
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
    }

    /// `.`, `!`, `?`, `...` or `…`; told by the first scalar before any string is compared.
    private static func isSentenceEndMark(_ t: Token, _ words: WordTable) -> Bool {
        switch t.first {
        case ".": return t.isMark(".") || words.text(t.word) == "..."
        case "!", "?", "\u{2026}": return t.end - t.start == 1
        default: return false
        }
    }
}

/// The scalars, tokens and sentence starts of every paragraph of one parse,
/// each kind in one allocation, paragraph after paragraph. Written once, by
/// `init`, and read-only after: the paragraphs' runs point into it, and it
/// lives as long as any of them.
final class ArticleText {
    private let scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
    private let tokens: UnsafeMutableBufferPointer<Token>
    private let isSentenceStart: UnsafeMutableBufferPointer<Bool>
    private let sentenceStart: UnsafeMutableBufferPointer<Int>
    /// Paragraph `i`'s scalars are `scalars[scalarStarts[i] ..< scalarStarts[i + 1]]`; its tokens likewise.
    private let scalarStarts: [Int]
    private let tokenStarts: [Int]

    init(_ paragraphs: [Paragraph], words: inout WordTable) {
        // (a text has no more scalars than UTF-8 bytes)
        let byteCount = paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        scalars = .allocate(capacity: max(byteCount, 1))
        var scalarStarts = [0]
        scalarStarts.reserveCapacity(paragraphs.count + 1)
        for p in paragraphs {
            let start = scalarStarts[scalarStarts.count - 1]
            scalarStarts.append(start + ParagraphText.decodeScalars(of: p.text, into: scalars.baseAddress! + start))
        }
        // about one token per four scalars in prose; the buffer grows if there are more
        var tokenBuffer = TokenBuffer(capacity: scalarStarts[paragraphs.count] / 3 + 16)
        var tokenStarts = [0]
        tokenStarts.reserveCapacity(paragraphs.count + 1)
        for i in paragraphs.indices {
            let run = UnsafeBufferPointer(rebasing: scalars[scalarStarts[i] ..< scalarStarts[i + 1]])
            Tokenizer.tokenize(run, into: &tokenBuffer, words: &words)
            tokenStarts.append(tokenBuffer.count)
        }
        tokens = tokenBuffer.handOver()
        isSentenceStart = .allocate(capacity: max(tokens.count, 1))
        sentenceStart = .allocate(capacity: max(tokens.count, 1))
        for i in paragraphs.indices {
            let range = tokenStarts[i] ..< tokenStarts[i + 1]
            let starts = isSentenceStart.baseAddress! + range.lowerBound
            ParagraphText.sentenceStarts(UnsafeBufferPointer(rebasing: tokens[range]), words: words, into: starts)
            var current = 0
            for k in 0 ..< range.count {
                if starts[k] { current = k }
                (sentenceStart.baseAddress! + range.lowerBound + k).initialize(to: current)
            }
        }
        self.scalarStarts = scalarStarts
        self.tokenStarts = tokenStarts
    }

    deinit {
        scalars.deallocate()
        tokens.deallocate()
        isSentenceStart.deallocate()
        sentenceStart.deallocate()
    }

    func scalars(of paragraph: Int) -> TextRun<Unicode.Scalar> { TextRun(scalars, scalarStarts[paragraph] ..< scalarStarts[paragraph + 1]) }
    func tokens(of paragraph: Int) -> TextRun<Token> { TextRun(tokens, tokenStarts[paragraph] ..< tokenStarts[paragraph + 1]) }
    func isSentenceStart(of paragraph: Int) -> TextRun<Bool> { TextRun(isSentenceStart, tokenStarts[paragraph] ..< tokenStarts[paragraph + 1]) }
    func sentenceStart(of paragraph: Int) -> TextRun<Int> { TextRun(sentenceStart, tokenStarts[paragraph] ..< tokenStarts[paragraph + 1]) }
}

/// A paragraph's share of its article's scalars, tokens or sentence starts
/// (`ArticleText`): read like an array, from 0 and bounds-checked like one,
/// and copied or passed without a reference count. Valid while the
/// `ArticleText` it points into lives, which the paragraph holding it sees to.
struct TextRun<Element>: RandomAccessCollection, @unchecked Sendable {
    private let base: UnsafePointer<Element>?
    let count: Int

    /// An empty run.
    init() {
        base = nil
        count = 0
    }

    init(_ buffer: UnsafeMutableBufferPointer<Element>, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count)
        base = UnsafePointer(buffer.baseAddress.map { $0 + range.lowerBound })
        count = range.count
    }

    typealias Index = Int
    typealias Indices = Range<Int>
    var startIndex: Int { 0 }
    var endIndex: Int { count }
    var indices: Range<Int> { 0 ..< count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    @inline(__always)
    subscript(i: Int) -> Element {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "TextRun index out of range")
        return base.unsafelyUnwrapped[i]
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}

/// Tokens appended one by one into memory of their own, which `handOver`
/// gives to its new owner without a copy.
struct TokenBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The tokens so far, kept until now; the caller deallocates them.
    consuming func handOver() -> UnsafeMutableBufferPointer<Token> {
        let tokens = UnsafeMutableBufferPointer(start: base, count: count)
        discard self
        return tokens
    }

    /// The tokens, copied into an array.
    var array: [Token] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
