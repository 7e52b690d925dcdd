/// Headlines credit a quote with a name and a colon, or a name and `Says`:
/// `Roe: Budget Talks 'Going Nowhere'`, `Talks 'Going Nowhere,' Roe Says`.
/// In a heading, a quote takes the name that opens it before a colon, else a
/// name right before a speech verb.
extension QuoteAttributor {
    func headlineCue(_ c: QuoteContext) -> Speaker? {
        let para = c.para, toks = para.tokens
        guard para.kind == .heading, !c.inside[0] || c.span.start > toks[0].start else { return nil }
        // `Name: …` (the colon outside the quote)
        if let m = mentions(in: para, from: 0, to: 1).first, !isDemonym(m, in: para),
           m.endToken < toks.count, toks[m.endToken].isMark(":"), !c.inside[m.endToken] {
            return .entity(m.entity, at(m, in: para))
        }
        // `… Name Says`
        for m in mentions(in: para, from: 0, to: toks.count) where !c.inside[m.firstToken] && !isDemonym(m, in: para) {
            if m.endToken < toks.count, toks[m.endToken].kind == .word, toks[m.endToken].isSpeechVerb,
               !toks[m.endToken].isIn(.beliefSpeech), !c.inside[m.endToken] {
                return .entity(m.entity, at(m, in: para))
            }
        }
        return nil
    }
}
