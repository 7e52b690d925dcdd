/// A quoted phrase inside a sentence with no speech cue — `X dismissed Y as
/// the "suburbs of …"`, `X is promising "jobs, jobs, jobs"`, `He called it "…"`
/// — belongs to the sentence's subject: a name (or a pronoun) that opens the
/// sentence, or its main clause after an opening phrase, and is followed by
/// a verb. A sentence whose first name is an object or a possessive
/// (`Stumpf's emphasis`, `with X`) has no such subject and decides nothing.
extension QuoteAttributor {
    func sentenceSubject(_ c: QuoteContext) -> Speaker? {
        guard let open = c.span.openMark else { return nil }
        let para = c.para, toks = para.tokens, inside = c.inside
        let openTok = Self.tokenIndex(atOrAfter: open, in: para)
        let start = sentenceStart(before: openTok, in: para, inside: inside, acrossSemicolons: false)
        guard start < openTok else { return nil }
        // the subject opens the sentence, or follows an opening phrase and its comma (`In July, X …`)
        var candidates = [start]
        for k in start..<min(openTok, start + 25) where toks[k].isMark(",") && !inside[k] {
            candidates.append(k + 1)
            break
        }
        for s in candidates where s < openTok {
            var k = s
            // `The`/`Former`/`Sen.`: words of the name's phrase before it
            while k < openTok, k - s < 6, mention(startingAt: k, in: para) == nil, !isPronoun(toks[k]),
                  toks[k].isCapitalised || toks[k].isIn(.determiner) || toks[k].isMark(".") { k += 1 }
            if isPronoun(toks[k]), k + 1 < openTok, isVerbLike(k + 1, in: para), let p = pronoun(toks[k], in: para) {
                guard p == "he" || p == "she" else { return nil }
                return resolvePronoun(p, at: at(k, k + 1, in: para), before: Position(paragraph: para.index, offset: c.span.start),
                                      speechEvents: c.history)
            }
            guard let m = mention(startingAt: k, in: para), !isDemonym(m, in: para), m.endToken < openTok else { continue }
            var after = m.endToken
            // `(D-Mo.)`, `, the former governor,`: past a bracket or a comma-enclosed aside
            if toks[after].isMark("(") {
                while after < openTok, !toks[after].isMark(")") { after += 1 }
                after += 1
            }
            // (`Another critic, Laurence H. Tribe, likened …`: the name is the apposition)
            if after + 1 < openTok, toks[after].isMark(","), isVerbLike(after + 1, in: para), s > start, toks[s - 1].isMark(",") {
                return .entity(m.entity, at(m, in: para))
            }
            if after < openTok, toks[after].isMark(",") {
                var e = after + 1
                while e < openTok, !toks[e].isMark(","), e - after < 16 { e += 1 }
                guard e < openTok, toks[e].isMark(",") else { continue }
                after = e + 1
            }
            guard after < openTok, isVerbLike(after, in: para) else { continue }
            return .entity(m.entity, at(m, in: para))
        }
        return nil
    }

    /// A lowercase word that can open a predicate: not a connective, a
    /// preposition, a relative pronoun or a possessive's noun.
    func isVerbLike(_ k: Int, in para: ParagraphText) -> Bool {
        let t = para.tokens[k]
        guard t.kind == .word, !t.isCapitalised, !t.isIn(.clauseOpener), !t.isIn(.asideOpener) else { return false }
        return !t.isIn(.determiner) || t.isIn(.adjunct)
    }
}
