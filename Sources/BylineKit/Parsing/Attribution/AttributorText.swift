/// The attributor's questions about tokens and recognised mentions: sentence
/// ends, quote marks, which mention starts or ends where.
extension QuoteAttributor {
    static func tokenIndex(atOrAfter offset: Int, in para: ParagraphText) -> Int {
        var lo = 0, hi = para.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if para.tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// A sentence end at token `i`: `.`, `!`, `?` or `;`, but not the full stop
    /// of an abbreviation or an initial (`Inc.`, `Mr.`, `F.`).
    func isTerminator(_ i: Int, in para: ParagraphText) -> Bool {
        let t = para.tokens[i]
        guard isTerminator(t) else { return false }
        // `(D-Mo.) said`, `R-Ky., said`: a full stop before a comma or a closing bracket ends no sentence
        if t.isMark("."), i + 1 < para.tokens.count, para.tokens[i + 1].isMark(",") || para.tokens[i + 1].isMark(")") { return false }
        if t.isMark("."), i > 0 {
            let prev = para.tokens[i - 1]
            if prev.end == t.start, prev.kind == .word,
               prev.isIn(.abbreviation) || prev.isIn(.corporateSuffix) || (prev.isOneCharacter && prev.isCapitalised) {
                return false
            }
        }
        return true
    }

    func isTerminator(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.isMark(".") || t.isMark("!") || t.isMark("?") || t.isSemicolon)
    }

    /// Where the sentence that token `t` stands in starts: after a sentence end
    /// outside quotes, or a quote whose words ended one (`endsQuotedSentence`),
    /// looking back at most 60 tokens (a cue further away is not a quote's).
    /// `acrossSemicolons`: a semicolon does not end it.
    func sentenceStart(before t: Int, in para: ParagraphText, inside: InsideQuotes, acrossSemicolons: Bool) -> Int {
        var start = t
        while start > max(0, t - 60) {
            if !inside[start - 1] && isTerminator(start - 1, in: para) && !(acrossSemicolons && para.tokens[start - 1].isSemicolon) { break }
            if endsQuotedSentence(before: start, in: para) { break }
            start -= 1
        }
        return start
    }

    /// `… avoided "the details." The …`: a quote whose words end with a full
    /// stop (or `?`, `!`) ends its sentence too, when the next word is capitalised.
    func endsQuotedSentence(before k: Int, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        guard k >= 2, k < toks.count, toks[k].isCapitalised || toks[k].kind != .word, isQuoteMark(toks[k - 1]) else { return false }
        return isTerminator(toks[k - 2]) && !toks[k - 2].isSemicolon
    }

    func isQuoteMark(_ t: Token) -> Bool {
        t.kind == .punctuation && (QuoteFinder.isDoubleMark(t.first) || QuoteFinder.isSingleMark(t.first))
    }

    /// The token's lowercase text is `word`, a word of lowercase letters: a
    /// token of another length is not (each scalar of a text that lowercases
    /// to such a word lowercases to one letter), so only tokens of its length
    /// compare their text.
    static func isWord(_ t: Token, _ word: String, in para: ParagraphText) -> Bool {
        t.end - t.start == word.utf8.count && para.lower(of: t) == word
    }

    func isDemonym(_ m: EntityMention, in para: ParagraphText) -> Bool {
        guard !demonyms.isEmpty else { return false }
        let key = Mention(paragraph: para.index, start: m.start, end: m.end)
        var lo = 0, hi = demonyms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if demonyms[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < demonyms.count && demonyms[lo] == key
    }

    /// The paragraph's mentions whose first token lies in `from..<to` (mentions
    /// are sorted, so this is a binary search, not a scan).
    func mentions(in para: ParagraphText, from: Int, to: Int) -> ArraySlice<EntityMention> {
        let all = mentions[para.index]
        var lo = 0, hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].firstToken < from { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < all.count, all[end].firstToken < to { end += 1 }
        return all[lo..<end]
    }

    func mention(startingAt t: Int, in para: ParagraphText) -> EntityMention? {
        mentions(in: para, from: t, to: t + 1).first
    }

    func isMentionStart(_ t: Int, in para: ParagraphText) -> Bool { mention(startingAt: t, in: para) != nil }

    func endsMention(at t: Int, in para: ParagraphText) -> Bool {
        mentions(in: para, from: max(0, t - 8), to: t).contains { $0.endToken == t }
    }

    /// The end of a noun phrase starting at `t`: up to a comma, a verb-like
    /// cue, or a sentence end.
    func endOfNounPhrase(from t: Int, in para: ParagraphText) -> Int {
        var e = t
        while e < para.tokens.count, e - t < 12 {
            let tok = para.tokens[e]
            if tok.kind == .punctuation && !tok.isMark("-") && !tok.isMark("&") || tok.isSpeechVerb { break }
            e += 1
        }
        return e
    }

    /// In a noun phrase, a person beats a body (`State Department spokesperson
    /// Tammy Bruce`), the last person beats earlier ones.
    func bestEntity(in para: ParagraphText, from: Int, to: Int) -> EntityMention? {
        var person: EntityMention? = nil, other: EntityMention? = nil
        for m in mentions(in: para, from: from, to: to) where m.endToken <= to {
            if isDemonym(m, in: para) { continue }
            if entities[m.entity].kind == .person { person = person ?? m } else { other = other ?? m }
        }
        return person ?? other
    }

    /// Where a recognised mention stands in the text.
    func at(_ m: EntityMention, in para: ParagraphText) -> Mention {
        Mention(paragraph: para.index, start: m.start, end: m.end)
    }

    /// Where tokens `first..<end` stand in the text.
    func at(_ first: Int, _ end: Int, in para: ParagraphText) -> Mention {
        Mention(paragraph: para.index, start: para.tokens[first].start, end: para.tokens[max(first, end - 1)].end)
    }
}
