import Foundation

/// Decides who said each quotation by asking named sieves in order
/// (`SpeakerSieve`, one file each): cues right by the quote first, the surest
/// sign, then context. This file holds the loop and what every sieve is
/// given; the phrases that name a speaker (`SpeakerPhrases`), pronouns
/// (`Pronouns`) and who spoke when (`SpeechHistory`) are shared by the sieves.
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
    /// The sieves asked (all but those switched off to measure them).
    let sieves: Set<SpeakerSieve>
    /// The per-quote sieves asked, in order.
    let askedSieves: [SpeakerSieve]

    init(paragraphs: [ParagraphText], entities: [Entity], genders: [Int: PersonGender],
         mentions: [[EntityMention]], demonymMentions: Set<Mention>, sieves: Set<SpeakerSieve> = SpeakerSieve.all) {
        self.sieves = sieves
        // (all of them, nearly always: no set is asked then)
        self.askedSieves = sieves.count == SpeakerSieve.allCases.count ? SpeakerSieve.perQuote : SpeakerSieve.perQuote.filter { sieves.contains($0) }
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
        /// An entity, and the words in the text taken to name it (a name, a
        /// pronoun, `the ministry`), where the text has them.
        case entity(Int, Mention?)
        case anonymous
    }

    /// A decision: who spoke, which sieve decided, and the words it took to
    /// name the speaker.
    struct Attribution {
        var span: QuoteSpan
        var speaker: Int?
        var rule: SpeakerSieve? = nil
        var speakerMention: Mention? = nil

        /// A speech cue stood right after the quote (`"…," she said`): the
        /// surest sign that a span is speech.
        var cueFollows: Bool { rule == .cueAfter }
    }

    /// The quote decided last, which continuations and floating quotes follow.
    struct LastQuote {
        var speaker: Int?
        var mention: Mention?
        var paragraph: Int
    }

    /// What a sieve is given about one quote.
    struct QuoteContext {
        let span: QuoteSpan
        let para: ParagraphText
        /// Which of the paragraph's tokens lie inside quotations.
        let inside: InsideQuotes
        let history: SpeechHistory
        /// The quote before this one in the text, if any.
        let previous: QuoteSpan?
        /// The speaker decided for the quote before (body text only).
        let last: LastQuote?
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
        var last: LastQuote? = nil
        for (qi, q) in ordered.enumerated() {
            let para = paragraphs[q.paragraph]
            if para.kind == .boilerplate { continue }
            let decision = firstDecision(QuoteContext(span: q, para: para, inside: inside.paragraph(para.index), history: speechEvents,
                                                      previous: qi > 0 ? ordered[qi - 1] : nil, last: last))
            var resolved: Int? = nil, mention: Mention? = nil
            if case .entity(let e, let at)? = decision?.speaker { (resolved, mention) = (e, at) }
            results.append(Attribution(span: q, speaker: resolved, rule: decision?.rule, speakerMention: mention))
            if para.kind == .body || resolved != nil {
                last = LastQuote(speaker: resolved, mention: mention, paragraph: q.paragraph)
                speechEvents.record(SpeechEvent(position: Position(paragraph: q.paragraph, offset: q.end), speaker: resolved,
                                                isQuote: true, mention: mention))
            }
        }
        // a quote over several paragraphs is one speaker's: when the cue comes in a
        // later paragraph (`"…` ¶ `"…," said X`), the earlier parts are X's too
        for i in stride(from: results.count - 2, through: 0, by: -1)
        where results[i].span.closeMark == nil && results[i + 1].span.isContinuation && results[i + 1].cueFollows {
            results[i].speaker = results[i + 1].speaker
            results[i].speakerMention = results[i + 1].speakerMention
            results[i].rule = results[i + 1].rule
        }
        return sieves.contains(.headline) ? resolveHeadlineQuotes(results) : results
    }

    /// The sieves in order: the first that decides (a speaker, or that the
    /// text names none) wins. (The context, which holds the history, is gone
    /// when this returns, so the caller's append to the history copies nothing.)
    func firstDecision(_ context: QuoteContext) -> (speaker: Speaker, rule: SpeakerSieve)? {
        for sieve in askedSieves {
            if let speaker = decide(sieve, context) { return (speaker, sieve) }
        }
        return nil
    }

    /// Asks one sieve about one quote.
    func decide(_ sieve: SpeakerSieve, _ c: QuoteContext) -> Speaker? {
        switch sieve {
        case .headlineCue: headlineCue(c)
        case .transcript: transcriptTurn(c)
        case .cueAfter: cueAfter(c)
        case .dashCredit: dashCredit(c)
        case .continuation: continuation(c)
        case .cueBefore: cueBefore(c)
        case .sameSentence: sameSentenceQuote(c)
        case .sentenceSubject: sentenceSubject(c)
        case .floating: floatingQuote(c)
        case .headline: nil  // (a pass over all the decisions: `resolveHeadlineQuotes`)
        }
    }
}
