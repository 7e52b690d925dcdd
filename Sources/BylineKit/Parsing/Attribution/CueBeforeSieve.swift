/// The cue before a quote in its sentence: `X said "…"`, `X said that … "…"`,
/// `X told reporters: "…"`, `according to X, "…"`, and the passive `was
/// described as "…" by X`.
extension QuoteAttributor {
    /// `X said "…"`, `X said that … "…"`, `X told reporters: "…"`, `according to X, "…"`.
    func cueBefore(_ c: QuoteContext) -> Speaker? {
        let q = c.span, para = c.para, inside = c.inside, speechEvents = c.history
        guard let open = q.openMark else { return nil }
        let toks = para.tokens
        let openTok = Self.tokenIndex(atOrAfter: open, in: para)
        // back to the start of the sentence, skipping quoted text (`X said Y; Z "…"`
        // is X's sentence still)
        let start = sentenceStart(before: openTok, in: para, inside: inside, acrossSemicolons: true)
        // the cue: the last strong one (`said`, `told`) before the quote, else a
        // weak one (`reads`, `called`) right by the quote or right after a name.
        // In `X said Moscow welcomed "…"` the speaker is X, not Moscow.
        var strong: Int? = nil, weak: Int? = nil
        for c in start..<openTok where !inside[c] && toks[c].kind == .word {
            guard toks[c].isSpeechVerb || SpeechCues.isPutIt(at: c, in: para) || isInvertedCue(c, in: para) else { continue }
            // `Mr. Roe's remarks`, `his statement`: after a possessive or an article it is a noun
            if c > start, toks[c - 1].kind == .possessive || Self.nounMarkers.contains(para.lower(of: toks[c - 1])) { continue }
            if !toks[c].isIn(.weakSpeech) { strong = c } else if openTok - c <= 3 || (c > 0 && endsMention(at: c, in: para)) { weak = c }
        }
        // `In a statement announcing the pick, the union called her a "…"`: a
        // participle in an opening phrase, closed by a comma, is no cue for the
        // main clause's weak one after it
        if let s = strong, let w = weak, w > s, Self.endsInIng(toks[s], in: para),
           (s + 1..<w).contains(where: { !inside[$0] && toks[$0].isMark(",") }) {
            strong = nil
        }
        if let v = strong ?? weak {
                // `was described as "…" by X`: passive, the speaker follows `by` or is unnamed
                if isPassive(v, in: para) {
                    return agent(after: q, in: para) ?? .anonymous
                }
                // `X spoke on Tuesday about Y, arguing that "…"`: a participle after a
                // comma has the main clause's subject, not the last name before it;
                // so has a second verb (`X praised Y and said "…"`)
                if v > 0, (toks[v - 1].isMark(",") || Self.participleOpeners.contains(para.lower(of: toks[v - 1]))) && Self.endsInIng(toks[v], in: para)
                    || Self.isWord(toks[v - 1], "and", in: para) || Self.isWord(toks[v - 1], "but", in: para),
                   let s = sentenceSubject(c) {
                    return s
                }
                let cs = clauseStart(before: v, in: para, inside: inside, floor: start)
                if let s = subject(in: para, from: cs, to: v, inside: inside, quotePosition: Position(paragraph: para.index, offset: q.start), speechEvents: speechEvents) {
                    return s
                }
                // an elided subject (`X said …, and said "…"`): whoever spoke last in this paragraph
                if let last = speechEvents.latestOne(before: Position(paragraph: para.index, offset: toks[v].start), includingSubjects: false),
                   last.position.paragraph == para.index, let e = last.speaker {
                    return .entity(e, last.mention)
                }
                // `said X:` — the speaker after the verb
                var j = v + 1
                while j < openTok {
                    if !inside[j], let m = mention(startingAt: j, in: para), !isDemonym(m, in: para) {
                        let best = bestEntity(in: para, from: j, to: endOfNounPhrase(from: j, in: para)) ?? m
                        return .entity(best.entity, at(best, in: para))
                    }
                    j += 1
                }
                return nil
        }
        // a belief verb right by the quote: `X thinks "…"`
        for v in max(start, openTok - 2)..<openTok where !inside[v] && toks[v].isIn(.beliefForm) {
            let cs = clauseStart(before: v, in: para, inside: inside, floor: start)
            if let s = subject(in: para, from: cs, to: v, inside: inside, quotePosition: Position(paragraph: para.index, offset: q.start), speechEvents: speechEvents) { return s }
        }
        // according to X
        for k in start..<openTok where !inside[k] && Self.isWord(toks[k], "according", in: para) && k + 1 < toks.count && para.lower(of: toks[k + 1]) == "to" {
            let end = endOfNounPhrase(from: k + 2, in: para)
            if let e = bestEntity(in: para, from: k + 2, to: end) { return .entity(e.entity, at(e, in: para)) }
            // `according to the ministry`: the body named before, or no one named
            if end > k + 2 { return anonymous(in: para, from: end - 1, to: end) ?? .anonymous }
        }
        // in the words of X
        for k in start..<max(start, openTok - 3) where !inside[k] && Self.isWord(toks[k], "words", in: para)
            && k > 0 && Self.isWord(toks[k - 1], "the", in: para) && Self.isWord(toks[k + 1], "of", in: para) {
            if let e = bestEntity(in: para, from: k + 2, to: endOfNounPhrase(from: k + 2, in: para)) { return .entity(e.entity, at(e, in: para)) }
        }
        return nil
    }

    /// `Said Ormond: "…"`, `Added the minister: "…"`: a capitalised speech verb
    /// opening its sentence, with the speaker after it (the mention must start
    /// right there, so a given name that is also a verb, `Said Jalili`, is
    /// part of a name and no cue).
    func isInvertedCue(_ c: Int, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        guard para.isSentenceStart[c], toks[c].isIn(.speechForm), !toks[c].isIn(.beliefSpeech), c + 1 < toks.count,
              mention(startingAt: c, in: para) == nil else { return false }
        return mention(startingAt: c + 1, in: para) != nil || Self.isWord(toks[c + 1], "the", in: para)
    }

    /// `was described`, `has been called`, `is quoted`: a form of *be* before the verb.
    func isPassive(_ v: Int, in para: ParagraphText) -> Bool {
        // (`is telling`, `was stressing`: a form of *be* before an -ing form is the progressive)
        if Self.endsInIng(para.tokens[v], in: para) { return false }
        var k = v - 1
        while k >= 0, para.tokens[k].kind == .word, Self.endsInLy(para.tokens[k], in: para) || para.tokens[k].isIn(.passiveAdverb) { k -= 1 }
        guard k >= 0 else { return false }
        return para.tokens[k].isIn(.formOfBe)
    }

    /// Words after which a speech word is a noun (`the remarks`, `her statement`).
    static let nounMarkers: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"]

    /// Words that open a participle's clause: `before asking`, `while saying`.
    static let participleOpeners: Set<String> = ["before", "after", "while", "by", "when", "without", "in"]

    /// A word ending in `ing` (`telling`, `arguing`), read from its scalars.
    static func endsInIng(_ t: Token, in para: ParagraphText) -> Bool {
        guard t.end - t.start > 4 else { return false }
        return para.scalars[t.end - 3].value | 0x20 == 0x69 && para.scalars[t.end - 2].value | 0x20 == 0x6E
            && para.scalars[t.end - 1].value | 0x20 == 0x67
    }

    /// The agent of a passive cue: `… "…" by the conservation department`.
    func agent(after q: QuoteSpan, in para: ParagraphText) -> Speaker? {
        guard let close = q.closeMark else { return nil }
        var i = Self.tokenIndex(atOrAfter: close + 1, in: para)
        let toks = para.tokens
        while i < toks.count, toks[i].kind == .punctuation, toks[i].isMark(",") { i += 1 }
        guard i < toks.count, para.lower(of: toks[i]) == "by" else { return nil }
        let end = endOfNounPhrase(from: i + 1, in: para)
        if let e = bestEntity(in: para, from: i + 1, to: end) { return .entity(e.entity, at(e, in: para)) }
        return anonymous(in: para, from: max(i + 1, end - 1), to: end)
    }
}
