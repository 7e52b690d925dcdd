/// Headlines credit a quote with a name and a colon, or a name and `Says`:
/// `Roe: Budget Talks 'Going Nowhere'`, `Talks 'Going Nowhere,' Roe Says`.
/// In a heading, a quote takes the name that opens it before a colon, else a
/// name right before a speech verb.
extension QuoteAttributor {
    func headlineCue(_ c: QuoteContext) -> Speaker? {
        let para = c.para, toks = para.tokens
        guard para.kind == .heading, !c.inside[0] || c.span.start > toks[0].start else { return nil }
        // `Name: …` (the colon outside the quote); a name a heading splits into
        // parts (`Pat` `Caddell`, each a mention of one person) counts whole
        if let m = mentions(in: para, from: 0, to: 2).first, !isDemonym(m, in: para) {
            var end = m.endToken
            while let next = mentions(in: para, from: end, to: end + 1).first, next.entity == m.entity { end = next.endToken }
            if end < toks.count, toks[end].isMark(":"), !c.inside[end] {
                return .entity(m.entity, at(m.firstToken, end, in: para))
            }
        }
        // `… Name Says` (a heading capitalises its verbs: asked in lowercase)
        for m in mentions(in: para, from: 0, to: toks.count) where !c.inside[m.firstToken] && !isDemonym(m, in: para) {
            if m.endToken < toks.count, toks[m.endToken].kind == .word, toks[m.endToken].isIn(.speechForm),
               !toks[m.endToken].isIn(.beliefSpeech), !c.inside[m.endToken] {
                return .entity(m.entity, at(m, in: para))
            }
        }
        return nil
    }
}
