/// Who spoke or was a sentence's subject, in text order: what pronouns,
/// elided subjects and floating quotes are resolved against.
extension QuoteAttributor {
    struct SpeechEvent {
        var position: Position
        var speaker: Int?
        var isQuote: Bool
        /// The words that named the speaker, where the text has them.
        var mention: Mention? = nil
    }

    /// Who spoke or was the subject, in text order: reported speech found before
    /// attribution starts, sentence subjects, and each quote's speaker as it is
    /// decided (quotes are decided in order, so they append). Lookups search
    /// backwards from a position, so attribution stays linear in the text.
    struct SpeechHistory {
        var reported: [SpeechEvent]
        var subjects: [SpeechEvent]
        var quoted: [SpeechEvent] = []

        static func countBefore(_ events: [SpeechEvent], _ pos: Position) -> Int {
            var lo = 0, hi = events.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if events[mid].position < pos { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        mutating func record(_ event: SpeechEvent) { quoted.append(event) }

        /// The latest event before `pos`, speech only (no bare subjects) unless asked.
        func latestOne(before pos: Position, includingSubjects: Bool) -> SpeechEvent? {
            var found: SpeechEvent? = nil
            visitLatest(before: pos, includingSubjects: includingSubjects, limit: 1) { found = $0; return false }
            return found
        }

        /// Gives `visit` the events before `pos` one at a time, latest first
        /// (at most `limit`), until it returns false: the three streams are merged
        /// backwards in place, so a caller that stops early builds nothing.
        /// On equal positions the earlier stream comes first (reported, then
        /// quoted, then subjects).
        func visitLatest(before pos: Position, includingSubjects: Bool, limit: Int = 60, _ visit: (SpeechEvent) -> Bool) {
            var r = Self.countBefore(reported, pos)
            var q = Self.countBefore(quoted, pos)
            var s = includingSubjects ? Self.countBefore(subjects, pos) : 0
            var given = 0
            while given < limit {
                var best: Position? = nil
                var stream = -1
                if r > 0 { best = reported[r - 1].position; stream = 0 }
                if q > 0, best == nil || best! < quoted[q - 1].position { best = quoted[q - 1].position; stream = 1 }
                if s > 0, best == nil || best! < subjects[s - 1].position { best = subjects[s - 1].position; stream = 2 }
                let event: SpeechEvent
                switch stream {
                case 0: r -= 1; event = reported[r]
                case 1: q -= 1; event = quoted[q]
                case 2: s -= 1; event = subjects[s]
                default: return
                }
                given += 1
                if !visit(event) { return }
            }
        }
    }

    /// Reported speech outside quotes (`Lavrov said Monday he saw no point …`)
    /// and sentence subjects: who is "he" and who speaks next.
    func collectSpeechEvents(_ quoted: QuotedTokens) -> [SpeechEvent] {
        var events: [SpeechEvent] = []
        for para in paragraphs where para.kind != .boilerplate {
            let inside = quoted.paragraph(para.index)
            let tokens = para.tokens
            // (by index: every token is looked at, few are cues, and a copy of each would cost;
            // the list bit first, as it rules out nearly every token)
            for ti in tokens.indices where tokens[ti].isIn(.speechForm) && tokens[ti].isSpeechVerb && tokens[ti].kind == .word && !inside[ti] {
                let t = tokens[ti]
                // weak cues count only right after a name (`Heald noted`)
                // (or after a name set off by commas: `His partner, Tom Vesely, called him …`)
                guard !t.isIn(.weakSpeech) || endsMention(at: ti, in: para)
                        || (ti > 1 && tokens[ti - 1].isMark(",") && endsMention(at: ti - 1, in: para)) else { continue }
                // `asked the council to help` is a request, not words anyone will quote
                if t.isIn(.directiveSpeech), isDirective(after: ti, in: para) { continue }
                // `…, where Y also spoke.`: speech in a relative clause is a detail, not the next speaker
                if isInRelativeClause(ti, in: para) { continue }
                let start = clauseStart(before: ti, in: para, inside: inside)
                if let s = subject(in: para, from: start, to: ti, inside: inside) {
                    if case .entity(let e, let at) = s { events.append(SpeechEvent(position: Position(paragraph: para.index, offset: t.start), speaker: e, isQuote: false, mention: at)) }
                }
            }
        }
        return events.sorted { $0.position < $1.position }
    }

    /// Token `v` follows `, where`, `, who` or `, which` in its sentence, with
    /// no other verb of speech between.
    func isInRelativeClause(_ v: Int, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        var k = v - 1
        while k > 0, v - k <= 8, !isTerminator(k, in: para) {
            if toks[k].isSpeechVerb { return false }
            if toks[k - 1].isMark(","), toks[k].kind == .word, ["where", "who", "which", "whom", "when"].contains(para.lower(of: toks[k])) { return true }
            k -= 1
        }
        return false
    }

    /// Per token: inside a quotation (its marks included), for every paragraph
    /// at once: one flag per token of the paragraphs with quotes, paragraph
    /// after paragraph, so the article takes one array instead of one per
    /// paragraph (and none when it has no quotes).
    struct QuotedTokens {
        private let flags: [Bool]
        /// Where each paragraph's flags begin in `flags`; -1 for a paragraph
        /// without quotes (it has none).
        private let bases: [Int]

        /// From the spans in text order: each one's tokens (from its opening
        /// mark to its closing one) lie together, found by a binary search.
        init(_ ordered: [QuoteSpan], in paragraphs: [ParagraphText]) {
            guard !ordered.isEmpty else { flags = []; bases = []; return }
            var bases = Array(repeating: -1, count: paragraphs.count)
            var total = 0
            for q in ordered where bases[q.paragraph] < 0 {
                bases[q.paragraph] = total
                total += paragraphs[q.paragraph].tokens.count
            }
            var flags = Array(repeating: false, count: total)
            for q in ordered {
                let para = paragraphs[q.paragraph], base = bases[q.paragraph]
                let from = q.openMark ?? q.start, to = (q.closeMark.map { $0 + 1 }) ?? q.end
                var t = QuoteAttributor.tokenIndex(atOrAfter: from, in: para)
                while t < para.tokens.count, para.tokens[t].end <= to {
                    flags[base + t] = true
                    t += 1
                }
            }
            self.flags = flags
            self.bases = bases
        }

        func paragraph(_ p: Int) -> InsideQuotes {
            flags.isEmpty || bases[p] < 0 ? .none : InsideQuotes(flags: flags, base: bases[p])
        }
    }

    /// One paragraph's view of `QuotedTokens`: `inside[t]` for its token `t`.
    struct InsideQuotes {
        fileprivate let flags: [Bool]
        fileprivate let base: Int

        /// No token inside a quotation.
        static var none: InsideQuotes { InsideQuotes(flags: [], base: 0) }

        subscript(t: Int) -> Bool { !flags.isEmpty && flags[base + t] }
    }

    /// `… X to help`: an object and an infinitive after the verb, before any
    /// `that`, quote or clause end.
    func isDirective(after v: Int, in para: ParagraphText) -> Bool {
        var k = v + 1
        while k < para.tokens.count, k - v <= 8 {
            let t = para.tokens[k]
            if Self.isWord(t, "to", in: para) { return k > v + 1 }
            if Self.isWord(t, "that", in: para) || isQuoteMark(t) || t.kind == .punctuation { return false }
            k += 1
        }
        return false
    }

    /// The first person named in each sentence, outside quotes: the usual subject.
    func sentenceSubjects() -> [SpeechEvent] {
        var events: [SpeechEvent] = []
        for para in paragraphs where para.kind != .boilerplate {
            var lastSentence = -1
            for m in mentions[para.index] where entities[m.entity].kind == .person {
                let first = para.sentenceStart[m.firstToken]
                if first != lastSentence {
                    lastSentence = first
                    // a subject opens its sentence (or follows an opening clause):
                    // not after a pronoun, not deep into it
                    let opensClause = m.firstToken > 0 && para.tokens[m.firstToken - 1].isMark(",")
                    guard m.firstToken - first <= (opensClause ? 25 : 8),
                          !(first..<m.firstToken).contains(where: { isPronoun(para.tokens[$0]) }) else { continue }
                    events.append(SpeechEvent(position: Position(paragraph: para.index, offset: para.tokens[m.firstToken].start),
                                              speaker: m.entity, isQuote: false, mention: at(m, in: para)))
                }
            }
        }
        return events
    }
}
