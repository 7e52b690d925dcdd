/// One paragraph prepared for the recognisers: its scalars, tokens, and where
/// its sentences start.
struct ParagraphText: Sendable {
    let index: Int
    let kind: Paragraph.Kind
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// `isSentenceStart[i]` is true when token `i` opens a sentence.
    let isSentenceStart: [Bool]
    /// `sentenceStart[i]` is the index of the token that opens token `i`'s sentence.
    let sentenceStart: [Int]
    /// Written in headline case (most words capitalised), where capitals say
    /// nothing about names.
    let isHeadlineCase: Bool

    init(index: Int, paragraph: Paragraph) {
        self.index = index
        self.kind = paragraph.kind
        self.scalars = Array(paragraph.text.unicodeScalars)
        self.tokens = Tokenizer.tokenize(scalars)
        self.isSentenceStart = ParagraphText.sentenceStarts(tokens)
        var starts = [Int]()
        starts.reserveCapacity(tokens.count)
        var current = 0
        for (i, isStart) in isSentenceStart.enumerated() {
            if isStart { current = i }
            starts.append(current)
        }
        self.sentenceStart = starts
        let words = tokens.filter { $0.kind == .word && $0.text.count > 3 }
        let caps = words.filter(\.isCapitalised).count
        self.isHeadlineCase = paragraph.kind != .body && words.count >= 3 && caps * 10 >= words.count * 7
    }

    func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, start), e = min(end, scalars.count)
        return s < e ? Tokenizer.makeString(scalars, s, e) : ""
    }

    /// A full stop, question or exclamation mark ends a sentence unless it follows
    /// an abbreviation or an initial; quote marks and brackets after it belong to
    /// the sentence it ends.
    static func sentenceStarts(_ tokens: [Token]) -> [Bool] {
        var starts = Array(repeating: false, count: tokens.count)
        guard !tokens.isEmpty else { return starts }
        starts[0] = true
        var pendingEnd = false
        for (i, t) in tokens.enumerated() {
            if pendingEnd {
                if t.kind == .punctuation && (QuoteFinder.isDoubleMark(t.text.unicodeScalars.first!) || t.text == ")" || QuoteFinder.isSingleMark(t.text.unicodeScalars.first!)) {
                    continue
                }
                if t.kind == .word || t.kind == .number || t.kind == .punctuation {
                    if t.kind != .word || t.isCapitalised || t.kind == .number { starts[i] = true }
                }
                pendingEnd = false
            }
            if t.kind == .punctuation, t.text == "." || t.text == "!" || t.text == "?" || t.text == "..." || t.text == "…" {
                if t.text == ".", i > 0 {
                    let prev = tokens[i - 1]
                    let lower = prev.text.lowercased()
                    if prev.kind == .word && (NameRules.abbreviations.contains(lower) || (prev.text.count == 1 && prev.isCapitalised)) && prev.end == t.start {
                        continue
                    }
                }
                pendingEnd = true
            } else if t.kind == .word, t.text.hasSuffix("."), t.text.count > 2 {
                // U.S. at the end of a sentence: only when the next word is capitalised
                // and not a name part; treated as not ending, the safer reading
            }
        }
        return starts
    }
}
