extension QuoteAttributor {
    /// A quote with no cue of its own, in body text: the latest speaker, if
    /// they spoke in this paragraph or the previous one (while this one is
    /// still in its first sentences); else, for a paragraph that opens with the
    /// quote, the person the previous paragraph was about.
    func floatingQuote(_ c: QuoteContext) -> Speaker? {
        let q = c.span, para = c.para
        guard para.kind == .body else { return nil }
        let here = Position(paragraph: q.paragraph, offset: q.start)
        let recent = { (p: Int) in p == q.paragraph || (p == q.paragraph - 1 && self.sentenceOrdinal(of: q, in: para) <= 1) }
        if let event = c.history.latestOne(before: here, includingSubjects: false), recent(event.position.paragraph) {
            return event.speaker.map { .entity($0, event.mention) } ?? .anonymous
        }
        if q.openMark.map({ Self.tokenIndex(atOrAfter: $0, in: para) == 0 }) ?? true,
           let subject = c.history.latestOne(before: here, includingSubjects: true),
           recent(subject.position.paragraph), let e = subject.speaker {
            return .entity(e, subject.mention)
        }
        return nil
    }

    /// How many sentences of its paragraph come before the quote's opening.
    func sentenceOrdinal(of q: QuoteSpan, in para: ParagraphText) -> Int {
        let t = min(Self.tokenIndex(atOrAfter: q.openMark ?? q.start, in: para), para.tokens.count)
        var count = 0
        for k in 0..<t where k > 0 && para.isSentenceStart[k] { count += 1 }
        return count
    }
}
