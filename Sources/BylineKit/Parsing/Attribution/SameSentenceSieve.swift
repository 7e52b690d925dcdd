extension QuoteAttributor {
    /// `X called it "…" and "…"`: a quote in the sentence of the one before,
    /// with no sentence end and no new cue between, has its speaker.
    func sameSentenceQuote(_ c: QuoteContext) -> Speaker? {
        guard let prev = c.previous, prev.paragraph == c.span.paragraph, let last = c.last,
              sameSentence(prev, c.span, in: c.para) else { return nil }
        return last.speaker.map { .entity($0, last.mention) } ?? .anonymous
    }

    func sameSentence(_ a: QuoteSpan, _ b: QuoteSpan, in para: ParagraphText) -> Bool {
        guard let close = a.closeMark else { return false }
        let from = Self.tokenIndex(atOrAfter: close + 1, in: para)
        let to = Self.tokenIndex(atOrAfter: b.start, in: para)
        guard from < to else { return true }
        for k in from..<to where isTerminator(k, in: para) { return false }
        for k in from..<to where para.tokens[k].isSpeechVerb { return false }
        return true
    }
}
