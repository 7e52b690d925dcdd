/// The cue right after a quote: `"…," X said.`, `"…," said X.`, `"…," he
/// added.`, `"…", according to X.` The surest sign of who spoke, asked first.
extension QuoteAttributor {
    /// `"…," X said.` / `"…," said X.` / `"…," he added.`
    func cueAfter(_ c: QuoteContext) -> Speaker? {
        let q = c.span, para = c.para, speechEvents = c.history
        guard let close = q.closeMark else { return nil }
        var i = Self.tokenIndex(atOrAfter: close + 1, in: para)
        let toks = para.tokens
        // the quote must end its clause: `,"`, `?"`, `!"` inside or a comma/dash after
        while i < toks.count, toks[i].kind == .punctuation, (toks[i].isMark(",") || toks[i].isIn(.clauseEndMark)) { i += 1 }
        guard i < toks.count, !isQuoteMark(toks[i]) else { return nil }
        // said X / added X
        if toks[i].isSpeechVerb, !toks[i].isIn(.beliefSpeech) {
            // `"…," adding that …`, `"…," saying he …`: a participle or a reported
            // clause after the quote names no one; the sentence's own cue does
            if Self.endsInIng(toks[i], in: para) || (i + 1 < toks.count && Self.isWord(toks[i + 1], "that", in: para)) { return nil }
            var j = i + 1
            // `said on Monday X`? rare; `said X` or `said the Kremlin`
            let limit = min(toks.count, j + 10)
            while j < limit, !isTerminator(j, in: para), !isQuoteMark(toks[j]) {
                if let m = mention(startingAt: j, in: para), !isDemonym(m, in: para) {
                    let best = bestEntity(in: para, from: j, to: endOfNounPhrase(from: j, in: para)) ?? m
                    return .entity(best.entity, at(best, in: para))
                }
                if let p = pronoun(toks[j], in: para) {
                    return resolvePronoun(p, at: at(j, j + 1, in: para), before: Position(paragraph: para.index, offset: q.start), speechEvents: speechEvents)
                }
                if toks[j].isMark(",") { break }
                j += 1
            }
            // `said the president`: the person who holds that title
            if i + 2 < toks.count, para.lower(of: toks[i + 1]) == "the", toks[i + 2].isIn(.title),
               let holder = person(withRole: para.lower(of: toks[i + 2]), before: Position(paragraph: para.index, offset: q.start)) {
                return .entity(holder, at(i + 1, i + 3, in: para))
            }
            if let anon = anonymous(in: para, from: i + 1, to: min(toks.count, i + 6)) { return anon }
            return nil
        }
        // `…", according to X.` anywhere in the rest of the sentence
        var a = i
        while a + 1 < toks.count, !isTerminator(a, in: para), !isQuoteMark(toks[a]) {
            if Self.isWord(toks[a], "according", in: para), para.lower(of: toks[a + 1]) == "to",
               let e = bestEntity(in: para, from: a + 2, to: endOfNounPhrase(from: a + 2, in: para)) {
                return .entity(e.entity, at(e, in: para))
            }
            a += 1
        }
        // X said: a short subject then a cue, before the sentence ends; a new
        // clause (`… "…" and that both had agreed`) is not about this quote
        if toks[i].isIn(.clauseOpener) {
            return nil
        }
        var j = i
        let limit = min(toks.count, i + 30)
        while j < limit, !isTerminator(j, in: para), !isQuoteMark(toks[j]) {
            if toks[j].kind == .word, toks[j].isSpeechVerb || SpeechCues.isPutIt(at: j, in: para), j > i {
                if toks[j].isIn(.beliefSpeech) { return nil }
                // a quote that ended its own sentence (`"… week." Dragan added that …`)
                // is followed by a new statement, unless the cue closes at once (`X said.`)
                if endsSentence(q, in: para), !cueClosesSentence(after: j, in: para) || hasCueRightBefore(q, in: para) { return nil }
                return subject(in: para, from: i, to: j, inside: .none, quotePosition: Position(paragraph: para.index, offset: q.start), speechEvents: speechEvents)
            }
            j += 1
        }
        return nil
    }

    /// The quoted text ends with a full stop (`"… week."`): its sentence is over.
    func endsSentence(_ q: QuoteSpan, in para: ParagraphText) -> Bool {
        var e = q.end - 1
        while e > q.start, para.scalars[e] == " " { e -= 1 }
        return e >= q.start && para.scalars[e] == "."
    }

    /// `He added, "…"`, `X said: "…"`: a speech verb within the three tokens
    /// before the quote's opening mark, which then names its speaker.
    func hasCueRightBefore(_ q: QuoteSpan, in para: ParagraphText) -> Bool {
        guard let open = q.openMark else { return false }
        let o = Self.tokenIndex(atOrAfter: open, in: para)
        for k in max(0, o - 3)..<o where para.tokens[k].kind == .word && para.tokens[k].isSpeechVerb && !para.tokens[k].isIn(.beliefSpeech) {
            return true
        }
        return false
    }

    /// A cue at `v` followed only by a short phrase and the sentence's end: `X said.`,
    /// `X told reporters on Monday.`
    func cueClosesSentence(after v: Int, in para: ParagraphText) -> Bool {
        var k = v + 1
        while k < para.tokens.count, k - v <= 8 {
            let t = para.tokens[k]
            if isTerminator(k, in: para) { return true }
            // (`X said the mood was grim.`: a reported clause, not a cue closing on its own)
            if isQuoteMark(t) || Self.isWord(t, "that", in: para) || t.isIn(.formOfBe) { return false }
            k += 1
        }
        return k >= para.tokens.count
    }
}
