import Foundation

/// Decides who said each quotation, with deterministic sieves in the order the
/// published attributors found most reliable: a cue right after the quote
/// (`"…," X said` / `"…," said X`), a cue before it in the same sentence
/// (`X said "…"`, `X said that … "…"`), `according to X`, then context: a
/// quote continuing another, or standing alone after someone has spoken, takes
/// that speaker; pronouns go to the latest person of the right gender.
struct QuoteAttributor {
    let paragraphs: [ParagraphText]
    let entities: [Entity]
    let genders: [Int: PersonGender]
    let mentions: [[EntityMention]]
    /// The mentions that are demonyms (`Ukrainian`), sorted: they are asked
    /// about for nearly every mention looked at, and a binary search over an
    /// article's few costs less than hashing the key.
    let demonyms: [Mention]
    let dominantCountry: Int?

    init(paragraphs: [ParagraphText], entities: [Entity], genders: [Int: PersonGender],
         mentions: [[EntityMention]], demonymMentions: Set<Mention>) {
        self.paragraphs = paragraphs
        self.entities = entities
        self.genders = genders
        self.mentions = mentions
        self.demonyms = demonymMentions.isEmpty ? [] : demonymMentions.sorted()
        self.dominantCountry = Self.dominantCountry(entities)
    }

    struct Position: Comparable {
        var paragraph: Int
        var offset: Int
        static func < (a: Position, b: Position) -> Bool { (a.paragraph, a.offset) < (b.paragraph, b.offset) }
    }

    /// A speaker as decided for one quote: an entity index, or known-anonymous.
    enum Speaker: Equatable {
        case entity(Int)
        case anonymous
    }

    /// A decision: who spoke, and whether a speech cue stood right after the
    /// quote (`"…," she said`), the surest sign that a span is speech.
    struct Attribution {
        var span: QuoteSpan
        var speaker: Int?
        var cueFollows: Bool
    }

    func attribute(_ spans: [QuoteSpan]) -> [Attribution] {
        var results: [Attribution] = []
        results.reserveCapacity(spans.count)
        // (the finder gives them in this order already: sorted only if not)
        let inOrder = { (a: QuoteSpan, b: QuoteSpan) in (a.paragraph, a.start) < (b.paragraph, b.start) }
        let ordered = zip(spans, spans.dropFirst()).allSatisfy { inOrder($0, $1) } ? spans : spans.sorted(by: inOrder)
        let inside = QuotedTokens(ordered, in: paragraphs)
        var speechEvents = SpeechHistory(reported: collectSpeechEvents(inside), subjects: sentenceSubjects())
        speechEvents.quoted.reserveCapacity(spans.count)
        var lastQuoteSpeaker: (speaker: Int?, paragraph: Int)? = nil
        for (qi, q) in ordered.enumerated() {
            let para = paragraphs[q.paragraph]
            if para.kind == .boilerplate { continue }
            var speaker: Speaker? = nil
            // a cue right after the quote decides, also for a continuation (whose
            // opening paragraphs then take that speaker too, below)
            speaker = cueAfter(q, in: para, speechEvents: speechEvents)
            let cueFollows = speaker != nil
            if speaker == nil, q.isContinuation, let last = lastQuoteSpeaker {
                speaker = last.speaker.map { .entity($0) } ?? .anonymous
            }
            if speaker == nil { speaker = cueBefore(q, in: para, inside: inside.paragraph(para.index), speechEvents: speechEvents) }
            if speaker == nil, qi > 0 {
                // the previous quote in the same sentence, with no new cue between
                let prev = ordered[qi - 1]
                if prev.paragraph == q.paragraph, sameSentence(prev, q, in: para), let last = lastQuoteSpeaker {
                    speaker = last.speaker.map { .entity($0) } ?? .anonymous
                }
            }
            if speaker == nil, para.kind == .body {
                // a floating quote: the latest speaker, if they spoke in this or the previous
                // paragraph; else the person the previous paragraph was about
                let here = Position(paragraph: q.paragraph, offset: q.start)
                // (from the previous paragraph only while this one is still in its first sentences)
                let recent = { (p: Int) in p == q.paragraph || (p == q.paragraph - 1 && self.sentenceOrdinal(of: q, in: para) <= 1) }
                if let event = speechEvents.latestOne(before: here, includingSubjects: false), recent(event.position.paragraph) {
                    speaker = event.speaker.map { .entity($0) } ?? .anonymous
                } else if q.openMark.map({ Self.tokenIndex(atOrAfter: $0, in: para) == 0 }) ?? true,
                          let subject = speechEvents.latestOne(before: here, includingSubjects: true),
                          recent(subject.position.paragraph), let e = subject.speaker {
                    // a paragraph that opens with a quote, after one about a person
                    speaker = .entity(e)
                }
            }
            let resolved: Int?
            if case .entity(let e) = speaker { resolved = e } else { resolved = nil }
            results.append(Attribution(span: q, speaker: resolved, cueFollows: cueFollows))
            if para.kind == .body || resolved != nil {
                lastQuoteSpeaker = (resolved, q.paragraph)
                speechEvents.record(SpeechEvent(position: Position(paragraph: q.paragraph, offset: q.end), speaker: resolved, isQuote: true))
            }
        }
        // a quote over several paragraphs is one speaker's: when the cue comes in a
        // later paragraph (`"…` ¶ `"…," said X`), the earlier parts are X's too
        for i in stride(from: results.count - 2, through: 0, by: -1)
        where results[i].span.closeMark == nil && results[i + 1].span.isContinuation && results[i + 1].cueFollows {
            results[i].speaker = results[i + 1].speaker
            results[i].cueFollows = true
        }
        return resolveHeadlineQuotes(results)
    }

    // MARK: Speech events and subjects

    struct SpeechEvent {
        var position: Position
        var speaker: Int?
        var isQuote: Bool
    }

    /// Who spoke or was the subject, in text order: reported speech found before
    /// attribution starts, sentence subjects, and each quote's speaker as it is
    /// decided (quotes are decided in order, so they append). Lookups search
    /// backwards from a position, so attribution stays linear in the text.
    struct SpeechHistory {
        var reported: [SpeechEvent]
        var subjects: [SpeechEvent]
        var quoted: [SpeechEvent] = []

        private static func countBefore(_ events: [SpeechEvent], _ pos: Position) -> Int {
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
    private func collectSpeechEvents(_ quoted: QuotedTokens) -> [SpeechEvent] {
        var events: [SpeechEvent] = []
        for para in paragraphs where para.kind != .boilerplate {
            let inside = quoted.paragraph(para.index)
            let tokens = para.tokens
            // (by index: every token is looked at, few are cues, and a copy of each would cost;
            // the list bit first, as it rules out nearly every token)
            for ti in tokens.indices where tokens[ti].isIn(.speechForm) && tokens[ti].isSpeechVerb && tokens[ti].kind == .word && !inside[ti] {
                let t = tokens[ti]
                // weak cues count only right after a name (`Heald noted`)
                guard !t.isIn(.weakSpeech) || endsMention(at: ti, in: para) else { continue }
                // `asked the council to help` is a request, not words anyone will quote
                if t.isIn(.directiveSpeech), isDirective(after: ti, in: para) { continue }
                let start = clauseStart(before: ti, in: para, inside: inside)
                if let s = subject(in: para, from: start, to: ti, inside: inside) {
                    if case .entity(let e) = s { events.append(SpeechEvent(position: Position(paragraph: para.index, offset: t.start), speaker: e, isQuote: false)) }
                }
            }
        }
        return events.sorted { $0.position < $1.position }
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

    // MARK: Sieves

    private static func tokenIndex(atOrAfter offset: Int, in para: ParagraphText) -> Int {
        var lo = 0, hi = para.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if para.tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// A sentence end at token `i`: `.`, `!`, `?` or `;`, but not the full stop
    /// of an abbreviation or an initial (`Inc.`, `Mr.`, `F.`).
    private func isTerminator(_ i: Int, in para: ParagraphText) -> Bool {
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

    private func isTerminator(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.isMark(".") || t.isMark("!") || t.isMark("?") || t.isSemicolon)
    }

    private func isQuoteMark(_ t: Token) -> Bool {
        t.kind == .punctuation && (QuoteFinder.isDoubleMark(t.first) || QuoteFinder.isSingleMark(t.first))
    }

    /// `"…," X said.` / `"…," said X.` / `"…," he added.`
    private func cueAfter(_ q: QuoteSpan, in para: ParagraphText, speechEvents: SpeechHistory) -> Speaker? {
        guard let close = q.closeMark else { return nil }
        var i = Self.tokenIndex(atOrAfter: close + 1, in: para)
        let toks = para.tokens
        // the quote must end its clause: `,"`, `?"`, `!"` inside or a comma/dash after
        while i < toks.count, toks[i].kind == .punctuation, (toks[i].isMark(",") || toks[i].isIn(.clauseEndMark)) { i += 1 }
        guard i < toks.count, !isQuoteMark(toks[i]) else { return nil }
        // said X / added X
        if toks[i].isSpeechVerb, !toks[i].isIn(.beliefSpeech) {
            var j = i + 1
            // `said on Monday X`? rare; `said X` or `said the Kremlin`
            let limit = min(toks.count, j + 10)
            while j < limit, !isTerminator(j, in: para), !isQuoteMark(toks[j]) {
                if let m = mention(startingAt: j, in: para), !isDemonym(m, in: para) {
                    return .entity(bestEntity(in: para, from: j, to: endOfNounPhrase(from: j, in: para)) ?? m.entity)
                }
                if let p = pronoun(toks[j], in: para) { return resolvePronoun(p, before: Position(paragraph: para.index, offset: q.start), speechEvents: speechEvents) }
                if toks[j].isMark(",") { break }
                j += 1
            }
            // `said the president`: the person who holds that title
            if i + 2 < toks.count, para.lower(of: toks[i + 1]) == "the", toks[i + 2].isIn(.title),
               let holder = person(withRole: para.lower(of: toks[i + 2]), before: Position(paragraph: para.index, offset: q.start)) {
                return .entity(holder)
            }
            if let anon = anonymous(in: para, from: i + 1, to: min(toks.count, i + 6)) { return anon }
            return nil
        }
        // `…", according to X.` anywhere in the rest of the sentence
        var a = i
        while a + 1 < toks.count, !isTerminator(a, in: para), !isQuoteMark(toks[a]) {
            if Self.isWord(toks[a], "according", in: para), para.lower(of: toks[a + 1]) == "to",
               let e = bestEntity(in: para, from: a + 2, to: endOfNounPhrase(from: a + 2, in: para)) {
                return .entity(e)
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
            if toks[j].kind == .word, toks[j].isSpeechVerb, j > i {
                if toks[j].isIn(.beliefSpeech) { return nil }
                // a quote that ended its own sentence (`"… week." Dragan added that …`)
                // is followed by a new statement, unless the cue closes at once (`X said.`)
                if endsSentence(q, in: para), !cueClosesSentence(after: j, in: para) { return nil }
                return subject(in: para, from: i, to: j, inside: .none, quotePosition: Position(paragraph: para.index, offset: q.start), speechEvents: speechEvents)
            }
            j += 1
        }
        return nil
    }

    /// `… X to help`: an object and an infinitive after the verb, before any
    /// `that`, quote or clause end.
    private func isDirective(after v: Int, in para: ParagraphText) -> Bool {
        var k = v + 1
        while k < para.tokens.count, k - v <= 8 {
            let t = para.tokens[k]
            if Self.isWord(t, "to", in: para) { return k > v + 1 }
            if Self.isWord(t, "that", in: para) || isQuoteMark(t) || t.kind == .punctuation { return false }
            k += 1
        }
        return false
    }

    /// How many sentences of its paragraph come before the quote's opening.
    private func sentenceOrdinal(of q: QuoteSpan, in para: ParagraphText) -> Int {
        let t = min(Self.tokenIndex(atOrAfter: q.openMark ?? q.start, in: para), para.tokens.count)
        var count = 0
        for k in 0..<t where k > 0 && para.isSentenceStart[k] { count += 1 }
        return count
    }

    /// The quoted text ends with a full stop (`"… week."`): its sentence is over.
    private func endsSentence(_ q: QuoteSpan, in para: ParagraphText) -> Bool {
        var e = q.end - 1
        while e > q.start, para.scalars[e] == " " { e -= 1 }
        return e >= q.start && para.scalars[e] == "."
    }

    /// A cue at `v` followed only by a short phrase and the sentence's end: `X said.`,
    /// `X told reporters on Monday.`
    private func cueClosesSentence(after v: Int, in para: ParagraphText) -> Bool {
        var k = v + 1
        while k < para.tokens.count, k - v <= 8 {
            let t = para.tokens[k]
            if isTerminator(k, in: para) { return true }
            if isQuoteMark(t) || Self.isWord(t, "that", in: para) { return false }
            k += 1
        }
        return k >= para.tokens.count
    }

    /// `X said "…"`, `X said that … "…"`, `X told reporters: "…"`, `according to X, "…"`.
    private func cueBefore(_ q: QuoteSpan, in para: ParagraphText, inside: InsideQuotes, speechEvents: SpeechHistory) -> Speaker? {
        guard let open = q.openMark else { return nil }
        let toks = para.tokens
        let openTok = Self.tokenIndex(atOrAfter: open, in: para)
        // back to the start of the sentence, skipping quoted text
        // (within a window: a cue further away than this is not this quote's)
        var start = openTok
        let window = max(0, openTok - 60)
        while start > window {
            let t = toks[start - 1]
            if !inside[start - 1] && isTerminator(start - 1, in: para) && !t.isSemicolon { break }
            start -= 1
        }
        // the cue: the last strong one (`said`, `told`) before the quote, else a
        // weak one (`reads`, `called`) right by the quote or right after a name.
        // In `X said Moscow welcomed "…"` the speaker is X, not Moscow.
        var strong: Int? = nil, weak: Int? = nil
        for c in start..<openTok where !inside[c] && toks[c].kind == .word {
            guard toks[c].isSpeechVerb else { continue }
            if !toks[c].isIn(.weakSpeech) { strong = c } else if openTok - c <= 3 || (c > 0 && endsMention(at: c, in: para)) { weak = c }
        }
        if let v = strong ?? weak {
                // `was described as "…" by X`: passive, the speaker follows `by` or is unnamed
                if isPassive(v, in: para) {
                    return agent(after: q, in: para) ?? .anonymous
                }
                let cs = clauseStart(before: v, in: para, inside: inside, floor: start)
                if let s = subject(in: para, from: cs, to: v, inside: inside, quotePosition: Position(paragraph: para.index, offset: q.start), speechEvents: speechEvents) {
                    return s
                }
                // an elided subject (`X said …, and said "…"`): whoever spoke last in this paragraph
                if let last = speechEvents.latestOne(before: Position(paragraph: para.index, offset: toks[v].start), includingSubjects: false),
                   last.position.paragraph == para.index, let e = last.speaker {
                    return .entity(e)
                }
                // `said X:` — the speaker after the verb
                var j = v + 1
                while j < openTok {
                    if !inside[j], let m = mention(startingAt: j, in: para), !isDemonym(m, in: para) {
                        return .entity(bestEntity(in: para, from: j, to: endOfNounPhrase(from: j, in: para)) ?? m.entity)
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
            if let e = bestEntity(in: para, from: k + 2, to: end) { return .entity(e) }
            // `according to the ministry`: the body named before, or no one named
            if end > k + 2 { return anonymous(in: para, from: end - 1, to: end) ?? .anonymous }
        }
        return nil
    }

    /// `was described`, `has been called`, `is quoted`: a form of *be* before the verb.
    private func isPassive(_ v: Int, in para: ParagraphText) -> Bool {
        var k = v - 1
        while k >= 0, para.tokens[k].kind == .word, Self.endsInLy(para.tokens[k], in: para) || para.tokens[k].isIn(.passiveAdverb) { k -= 1 }
        guard k >= 0 else { return false }
        return para.tokens[k].isIn(.formOfBe)
    }

    /// The agent of a passive cue: `… "…" by the conservation department`.
    private func agent(after q: QuoteSpan, in para: ParagraphText) -> Speaker? {
        guard let close = q.closeMark else { return nil }
        var i = Self.tokenIndex(atOrAfter: close + 1, in: para)
        let toks = para.tokens
        while i < toks.count, toks[i].kind == .punctuation, toks[i].isMark(",") { i += 1 }
        guard i < toks.count, para.lower(of: toks[i]) == "by" else { return nil }
        let end = endOfNounPhrase(from: i + 1, in: para)
        if let e = bestEntity(in: para, from: i + 1, to: end) { return .entity(e) }
        return anonymous(in: para, from: max(i + 1, end - 1), to: end)
    }

    private func sameSentence(_ a: QuoteSpan, _ b: QuoteSpan, in para: ParagraphText) -> Bool {
        guard let close = a.closeMark else { return false }
        let from = Self.tokenIndex(atOrAfter: close + 1, in: para)
        let to = Self.tokenIndex(atOrAfter: b.start, in: para)
        guard from < to else { return true }
        for k in from..<to where isTerminator(k, in: para) { return false }
        for k in from..<to where para.tokens[k].isSpeechVerb { return false }
        return true
    }

    // MARK: Subjects

    /// Where the clause holding token `v` starts: after a sentence end, a
    /// semicolon, or a quotation, whichever is nearest.
    private func clauseStart(before v: Int, in para: ParagraphText, inside: InsideQuotes, floor: Int = 0) -> Int {
        var s = v
        let floor = max(floor, v - 60)
        while s > floor {
            if inside[s - 1] || isTerminator(s - 1, in: para) { break }
            s -= 1
        }
        return s
    }

    /// The speaker named in tokens `from..<to` before a cue: the last person
    /// outside an aside (`X, who …,`), else the last organisation or country,
    /// else a pronoun, else an anonymous noun phrase (`a diplomat`), else nil.
    private func subject(in para: ParagraphText, from: Int, to: Int, inside: InsideQuotes,
                         quotePosition: Position? = nil, speechEvents: SpeechHistory? = nil) -> Speaker? {
        guard from < to else { return nil }
        let toks = para.tokens
        let aside = asides(in: para, from: from, to: to)
        // the phrase right before the cue, past adverbs and time phrases: a common
        // noun there (`one poster writing`, `his spokesman said`) is the speaker
        var k = to - 1
        while k >= from, isAdjunct(k, in: para) || aside.contains(k) { k -= 1 }
        let isTitle = k >= from && toks[k].isIn(.title)
        if k >= from, toks[k].kind == .word, !toks[k].isCapitalised || isTitle, !isPronoun(toks[k]),
           !toks[k].isIn(.functionWord), !endsMention(at: k + 1, in: para),
           !toks[k].isSpeechVerb, !para.lower(of: toks[k]).hasSuffix("ing") {
            var d = k
            while d > from, toks[d - 1].kind == .word || toks[d - 1].kind == .possessive, !toks[d].isIn(.determiner), k - d < 5 { d -= 1 }
            // `the governor added`, `The PAHO Director urged`: the person who holds that title
            if isTitle, d > from || toks[d].isIn(.determiner), para.lower(of: toks[max(from, d - 1)]) == "the" || para.lower(of: toks[d]) == "the",
               let holder = person(withRole: para.lower(of: toks[k]), before: Position(paragraph: para.index, offset: toks[k].start)) {
                return .entity(holder)
            }
            // a document or body of someone named in the phrase speaks for them
            // (`The Home Office letter reads`, `Russia's army said`)
            var named: Int? = nil
            let institution = toks[k].isIn(.institutionNoun)
            for m in mentions(in: para, from: d, to: k) where m.endToken <= k {
                // a demonym names the speaker only before an institution (`the Ukrainian military`)
                if isDemonym(m, in: para) && !institution { continue }
                if named == nil || entities[m.entity].kind == .person { named = m.entity }
            }
            if let e = named { return .entity(e) }
            // `Its operator, the state-owned company Nordlink Data, said`: the apposition names it
            if let appositive = appositiveEntity(in: para, from: k + 1, to: to, aside: aside) { return .entity(appositive) }
            return anonymous(in: para, from: k, to: k + 1) ?? .anonymous
        }
        var person: Int? = nil, other: Int? = nil
        for m in mentions(in: para, from: from, to: to) where m.endToken <= to && !aside.contains(m.firstToken) && !inside[m.firstToken] {
            if isDemonym(m, in: para) { continue }
            // `X's spokesman said` is the spokesman, not X
            if m.endToken < to, toks[m.endToken].kind == .possessive, m.endToken + 1 < to,
               !isMentionStart(m.endToken + 1, in: para) { continue }
            if entities[m.entity].kind == .person { person = m.entity } else { other = m.entity }
        }
        if let p = person { return .entity(p) }
        if let o = other { return .entity(o) }
        // a pronoun subject right before the cue (adjuncts allowed)
        k = to - 1
        while k >= from {
            if let p = pronoun(toks[k], in: para), !aside.contains(k) {
                guard let history = speechEvents else { return nil }
                return resolvePronoun(p, before: quotePosition ?? Position(paragraph: para.index, offset: toks[k].start), speechEvents: history)
            }
            k -= 1
        }
        return anonymous(in: para, from: from, to: to)
    }

    /// The person most recently named whose role includes `word` (`Governor John
    /// Rankin` for "the governor").
    private func person(withRole word: String, before pos: Position) -> Int? {
        var best: (Position, Int)? = nil
        for (ei, e) in entities.enumerated() where e.kind == .person {
            guard let role = e.role?.lowercased(), role.split(whereSeparator: { $0 == " " || $0 == "-" }).contains(Substring(word)) else { continue }
            for m in e.mentions {
                let p = Position(paragraph: m.paragraph, offset: m.start)
                if p < pos, best == nil || best!.0 < p { best = (p, ei) }
            }
        }
        return best?.1
    }

    /// The entity named inside an aside that ends right before the cue.
    private func appositiveEntity(in para: ParagraphText, from: Int, to: Int, aside: Asides) -> Int? {
        guard from < to, aside.contains(from) else { return nil }
        var found: Int? = nil
        for m in mentions(in: para, from: from, to: to) where m.endToken <= to && !isDemonym(m, in: para) {
            if found == nil || entities[m.entity].kind == .person { found = m.entity }
        }
        return found
    }

    /// `the ministry`, `the government`, `the company`: the latest body of that kind.
    /// Any other common noun phrase (`a diplomat`, `officials`) is anonymous.
    private func anonymous(in para: ParagraphText, from: Int, to: Int) -> Speaker? {
        let toks = para.tokens
        for k in from..<to where toks[k].kind == .word {
            let w = para.lower(of: toks[k])
            if w == "government" || w == "authorities" {
                // `the government` of the country the article is about
                if let c = dominantCountry { return .entity(c) }
            }
            if toks[k].isIn(.bodyNoun), k == from || ["the", "its", "their"].contains(para.lower(of: toks[k - 1])) {
                if let o = latestOrganisation(withHead: w, before: Position(paragraph: para.index, offset: toks[k].start)) { return .entity(o) }
            }
            // `the city said`: the municipal body named before
            if ["city", "town", "municipality"].contains(w), k == from || ["the", "its"].contains(para.lower(of: toks[k - 1])) {
                for head in ["municipality", "city council", "council", "city"] {
                    if let o = latestOrganisation(withHead: head, before: Position(paragraph: para.index, offset: toks[k].start)) { return .entity(o) }
                }
            }
        }
        // any word that is not a name (`Officials said`, `a diplomat said`)
        let hasNoun = (from..<to).contains { k in
            toks[k].kind == .word && !toks[k].isIn(.functionWord)
                && (!toks[k].isCapitalised || (para.isSentenceStart[k] && mention(startingAt: k, in: para) == nil))
        }
        return hasNoun ? .anonymous : nil
    }

    /// Bodies that speak for their country: `the Ukrainian military said`.
    static let institutionNouns: Set<String> = [
        "military", "army", "navy", "government", "authorities", "ministry", "embassy", "forces", "cabinet",
        "parliament", "presidency", "administration", "leadership", "regime", "junta", "command", "guard",
    ]

    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "one", "another", "some", "this", "that"]

    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
        "morning", "afternoon", "evening", "night", "weekend", "statement", "interview", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
    ]

    /// Adverbs and short time or manner phrases between a subject and its cue:
    /// `X on Monday said`, `X last week said`, `X also said`, `X in a statement said`.
    private func isAdjunct(_ k: Int, in para: ParagraphText) -> Bool {
        let t = para.tokens[k]
        guard t.kind == .word || t.kind == .number else { return false }
        if t.isIn(.adjunct) || t.isIn(.timeWord) || t.kind == .number { return true }
        if !t.isCapitalised && Self.endsInLy(t, in: para) && para.lower(of: t).count > 4 { return true }
        // `a`/`the` are determiners: only those ask their text
        if t.isIn(.determiner), k + 1 < para.tokens.count, para.tokens[k + 1].isIn(.timeWord) {
            let w = para.lower(of: t)
            if w == "a" || w == "the" { return true }
        }
        return false
    }

    /// The token's lowercase text ends in `ly` (`hasSuffix("ly")`). Only `l`/`L`
    /// and `y`/`Y` lowercase to those letters, so a word whose last two scalars
    /// are not these is answered from its scalars, and only the others compare
    /// their text (which also minds a mark joined to the `l`).
    private static func endsInLy(_ t: Token, in para: ParagraphText) -> Bool {
        guard t.end - t.start >= 2,
              para.scalars[t.end - 1].value | 0x20 == 0x79, para.scalars[t.end - 2].value | 0x20 == 0x6C else { return false }
        return para.lower(of: t).hasSuffix("ly")
    }

    /// Adverbs and short time phrases between a subject and its cue.
    static let adjunctWords: Set<String> = [
        "also", "later", "then", "again", "previously", "further", "once", "earlier", "reportedly", "separately",
        "today", "yesterday", "tonight", "recently", "publicly", "privately", "last", "on", "in", "at", "during", "this",
    ]

    /// The pronouns that can stand for a speaker.
    static let pronouns: Set<String> = ["he", "she", "they", "it"]

    /// Marks that may stand between a quote and a cue after it: `"…," said`, `"…" — said`.
    static let clauseEndMarks: Set<String> = [",", "—", "–", "-", ":", "--"]

    /// Words that open a new clause after a quote: the quote is not its subject's.
    static let clauseOpeners: Set<String> = [
        "and", "but", "or", "while", "as", "which", "that", "because", "so", "after", "before", "when", "if",
        "though", "although", "whereas", "since", "until", "to", "for", "with", "in", "on", "at", "from",
    ]

    static let passiveAdverbs: Set<String> = ["also", "widely", "often", "once"]
    static let formsOfBe: Set<String> = ["was", "were", "been", "be", "is", "are", "being"]

    /// Common nouns for a body that speaks: `the ministry said`.
    static let bodyNouns: Set<String> = [
        "ministry", "department", "company", "organization", "organisation", "agency", "church", "embassy",
        "bank", "court", "party", "council", "commission", "committee", "group", "union", "foundation", "institute",
        "university", "office", "authority", "board", "service", "bureau",
    ]

    /// Words that open a comma-enclosed aside: `, who met Rubio,`.
    static let asideOpeners: Set<String> = ["who", "whose", "whom", "which", "where", "the", "a", "an", "himself", "herself"]

    /// Words that make no noun phrase: `and said`, `but then said`.
    static let functionWords: Set<String> = [
        "and", "but", "or", "then", "also", "that", "which", "who", "as", "while", "when", "after", "before", "with",
        "so", "yet", "later", "again", "further", "earlier", "previously", "once", "still", "had", "has", "have",
        "was", "were", "is", "been", "be", "not", "never", "only", "just", "even", "in", "on", "at", "to", "of",
        "last", "this", "week", "month", "year", "today", "yesterday", "morning", "afternoon", "evening", "night",
        "the", "a", "an", "however", "meanwhile", "separately", "additionally", "moreover", "publicly", "privately",
        "whilst", "although", "though", "because", "since", "until", "where", "if", "whether", "even", "just",
        "would", "will", "could", "should", "might", "may", "must", "can", "shall", "did", "does", "do", "to",
        "who", "whom", "whose", "what", "it", "he", "she", "they", "we", "i", "you", "there", "here", "now",
    ]

    /// The token's lowercase text is `word`, a word of lowercase letters: a
    /// token of another length is not (each scalar of a text that lowercases
    /// to such a word lowercases to one letter), so only tokens of its length
    /// compare their text.
    private static func isWord(_ t: Token, _ word: String, in para: ParagraphText) -> Bool {
        t.end - t.start == word.utf8.count && para.lower(of: t) == word
    }

    /// The country named most often: whose government `the government` is.
    /// (The first of those named equally often; one pass, no list of countries made.)
    static func dominantCountry(_ entities: [Entity]) -> Int? {
        var best: Int? = nil
        for i in entities.indices where entities[i].kind == .country {
            if let b = best, entities[b].mentions.count >= entities[i].mentions.count { continue }
            best = i
        }
        return best
    }

    private func latestOrganisation(withHead head: String, before pos: Position) -> Int? {
        var best: (Position, Int)? = nil
        for (ei, e) in entities.enumerated() where e.kind == .organisation && e.name.lowercased().contains(head) {
            for m in e.mentions where Position(paragraph: m.paragraph, offset: m.start) < pos {
                let p = Position(paragraph: m.paragraph, offset: m.start)
                if best == nil || best!.0 < p { best = (p, ei) }
            }
        }
        return best?.1
    }

    /// Comma-enclosed asides (`, who met Rubio,` / `, the foreign minister,`)
    /// among tokens `from..<to`.
    private func asides(in para: ParagraphText, from: Int, to: Int) -> Asides {
        let toks = para.tokens
        var marks = Asides(from: from, to: to)
        var k = from
        while k < to {
            if toks[k].isMark(","), k + 1 < to {
                if toks[k + 1].isIn(.asideOpener) {
                    var e = k + 1
                    while e < to, !toks[e].isMark(",") { e += 1 }
                    if e < to {
                        for m in k...e { marks.insert(m) }
                        k = e
                        continue
                    }
                }
            }
            k += 1
        }
        return marks
    }

    /// The tokens of a clause (`from..<to`) that lie in an aside, as bits:
    /// `subject` asks for them on every call, and a clause is at most 60
    /// tokens long (see `clauseStart`), so one word holds them and no array is
    /// made (tokens past the 64th, should a longer span be asked about, go to one).
    struct Asides {
        let from: Int
        let to: Int
        private var bits: UInt64 = 0
        private var beyond: [Bool] = []

        init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }

        mutating func insert(_ k: Int) {
            let i = k - from
            if i < 64 {
                bits |= 1 << UInt64(i)
            } else {
                if beyond.isEmpty { beyond = Array(repeating: false, count: to - from - 64) }
                beyond[i - 64] = true
            }
        }

        func contains(_ k: Int) -> Bool {
            let i = k - from
            return i < 64 ? bits & (1 << UInt64(i)) != 0 : !beyond.isEmpty && beyond[i - 64]
        }
    }

    private func pronoun(_ t: Token, in para: ParagraphText) -> String? {
        isPronoun(t) ? para.lower(of: t) : nil
    }

    /// `pronoun(t) != nil`, with no String asked for.
    private func isPronoun(_ t: Token) -> Bool { t.kind == .word && t.isIn(.pronoun) }

    /// he/she → the latest person who spoke or was named as a subject, of that
    /// gender where it is known; they/it/we → the latest body or country that spoke.
    private func resolvePronoun(_ p: String, before pos: Position, speechEvents: SpeechHistory) -> Speaker? {
        let wanted: PersonGender? = p == "he" ? .male : p == "she" ? .female : nil
        if p == "he" || p == "she" {
            // the latest person who spoke or was a sentence's subject, of this gender or of none known
            var found: Speaker? = nil
            speechEvents.visitLatest(before: pos, includingSubjects: true) { e in
                guard let s = e.speaker, entities[s].kind == .person else { return true }
                if genders[s] == nil || genders[s] == wanted { found = .entity(s); return false }
                return true
            }
            return found
        }
        var found: Speaker? = nil
        speechEvents.visitLatest(before: pos, includingSubjects: false) { e in
            if let s = e.speaker, entities[s].kind != .person { found = .entity(s); return false }
            return true
        }
        return found
    }

    /// The first person named in each sentence, outside quotes: the usual subject.
    private func sentenceSubjects() -> [SpeechEvent] {
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
                    events.append(SpeechEvent(position: Position(paragraph: para.index, offset: para.tokens[m.firstToken].start), speaker: m.entity, isQuote: false))
                }
            }
        }
        return events
    }

    // MARK: Mentions

    private func isDemonym(_ m: EntityMention, in para: ParagraphText) -> Bool {
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
    private func mentions(in para: ParagraphText, from: Int, to: Int) -> ArraySlice<EntityMention> {
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

    private func mention(startingAt t: Int, in para: ParagraphText) -> EntityMention? {
        mentions(in: para, from: t, to: t + 1).first
    }

    private func isMentionStart(_ t: Int, in para: ParagraphText) -> Bool { mention(startingAt: t, in: para) != nil }

    private func endsMention(at t: Int, in para: ParagraphText) -> Bool {
        mentions(in: para, from: max(0, t - 8), to: t).contains { $0.endToken == t }
    }

    /// The end of a noun phrase starting at `t`: up to a comma, a verb-like
    /// cue, or a sentence end.
    private func endOfNounPhrase(from t: Int, in para: ParagraphText) -> Int {
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
    private func bestEntity(in para: ParagraphText, from: Int, to: Int) -> Int? {
        var person: Int? = nil, other: Int? = nil
        for m in mentions(in: para, from: from, to: to) where m.endToken <= to {
            if isDemonym(m, in: para) { continue }
            if entities[m.entity].kind == .person { person = person ?? m.entity } else { other = other ?? m.entity }
        }
        return person ?? other
    }

    // MARK: Headlines

    /// A quote in a headline is usually repeated in the body: take that speaker.
    private func resolveHeadlineQuotes(_ results: [Attribution]) -> [Attribution] {
        var out = results
        for (i, r) in results.enumerated() where r.speaker == nil && paragraphs[r.span.paragraph].kind == .heading {
            let text = paragraphs[r.span.paragraph].text(r.span.start, r.span.end).lowercased()
            let key = text.trimmingCharacters(in: .punctuationCharacters)
            guard key.count >= 4 else { continue }
            if let body = results.first(where: { b in
                b.speaker != nil && paragraphs[b.span.paragraph].kind == .body
                    && paragraphs[b.span.paragraph].text(b.span.start, b.span.end).lowercased().contains(key)
            }) {
                out[i].speaker = body.speaker
            }
        }
        return out
    }
}
