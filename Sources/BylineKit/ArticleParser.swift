/// The whole pipeline, text → `Article`: sanitise → structure → tokens and
/// sentences → quotations → entities → speakers. Each stage is a plain
/// function of its input, tested on its own.
public enum ArticleParser {
    /// Bumped whenever a change to the parser changes its output, so cached
    /// parses made by an older parser are not reused.
    public static let version = 17

    /// `sieves`: the speaker rules asked (all unless some are switched off to
    /// measure what each is worth).
    public static func parse(_ text: String, file: String, sieves: Set<SpeakerSieve> = SpeakerSieve.all) -> Article {
        let clean = TextSanitiser.sanitise(text)
        let name = file.lowercased()
        let isMarkdown = name.hasSuffix(".md") || name.hasSuffix(".markdown")
        // a web page's text marks its headings (`ArticleTextFormat`): none is guessed
        let isPage = name.hasSuffix(".html") || name.hasSuffix(".htm")
        let structure = ArticleStructure.parse(clean, markdown: isMarkdown, headingsMarked: isPage)
        return understand(structure, file: file, gazetteer: .standard, sieves: sieves)
    }

    static func understand(_ structure: ArticleStructure, file: String, gazetteer: Gazetteer,
                           sieves: Set<SpeakerSieve> = SpeakerSieve.all) -> Article {
        let texts = ParagraphText.prepare(structure.paragraphs)
        let spans = QuoteFinder.find(in: texts)
        // boilerplate is page furniture: no entities are looked for there
        let understood = texts.map { $0.kind == .boilerplate ? $0.emptiedAsBoilerplate() : $0 }
        let recognised = EntityRecognizer(gazetteer: gazetteer).recognise(understood)
        let attributor = QuoteAttributor(
            paragraphs: understood, entities: recognised.entities,
            genders: recognised.genders, mentions: recognised.mentions, demonymMentions: recognised.demonymMentions,
            sieves: sieves)
        let attributions = attributor.attribute(spans)
        var quotes: [Quote] = []
        quotes.reserveCapacity(attributions.count)
        var titles: [QuoteSpan] = []
        for a in attributions {
            switch QuoteFilter.kind(of: a, in: understood[a.span.paragraph]) {
            case .speech: break
            // (`‘Unprecedented’ strandings`: a heading's words in title case that the body quotes are speech)
            case .title where understood[a.span.paragraph].kind == .heading && QuoteFilter.isQuotedInBody(a.span, attributions, understood): break
            case .title: titles.append(a.span); continue
            case .label: continue
            }
            let q = a.span
            quotes.append(Quote(text: quoteText(q, understood[q.paragraph], structure.paragraphs[q.paragraph].text),
                                speaker: a.speaker.map { recognised.entities[$0].name },
                                speakerKind: a.speaker.map { recognised.entities[$0].kind },
                                mention: Mention(paragraph: q.paragraph, start: q.start, end: q.end),
                                speakerMention: a.speaker == nil ? nil : a.speakerMention, rule: a.rule?.rawValue))
        }
        return Article(file: file, title: structure.title, header: structure.header, paragraphs: structure.paragraphs,
                       entities: titles.isEmpty ? recognised.entities : withoutMentions(in: titles, recognised.entities, speakers: quotes),
                       quotes: quotes)
    }

    /// `“The Irishman”`, `“Mrs Maisel”`: the words of a quoted title name the
    /// work, not a country or a person; their mentions go, and an entity left
    /// with none goes too, unless a quote names it as its speaker.
    static func withoutMentions(in titles: [QuoteSpan], _ entities: [Entity], speakers quotes: [Quote]) -> [Entity] {
        func inTitle(_ m: Mention) -> Bool {
            titles.contains { $0.paragraph == m.paragraph && $0.start <= m.start && m.end <= $0.end }
        }
        return entities.compactMap { e in
            guard e.kind != .organisation else { return e }
            var kept = e
            kept.mentions.removeAll(where: inTitle)
            return kept.mentions.isEmpty && !quotes.contains(where: { $0.speaker == e.name }) ? nil : kept
        }
    }

    /// A quote's text. A paragraph of ASCII text (as many UTF-8 bytes as
    /// scalars) has it cut from its own String, a copy of bytes; others make
    /// it from their scalars.
    private static func quoteText(_ q: QuoteSpan, _ para: ParagraphText, _ text: String) -> String {
        let s = max(0, q.start), e = min(q.end, para.scalars.count)
        guard s < e, text.utf8.count == para.scalars.count,
              let cut = text.utf8.withContiguousStorageIfAvailable({ String(decoding: UnsafeBufferPointer(rebasing: $0[s..<e]), as: UTF8.self) })
        else { return para.text(q.start, q.end) }
        return cut
    }
}

/// Quoted spans that are not reported speech: titles of works and names set in
/// quotes (`“Parasite”`, `“Once Upon A Time in Hollywood,”`, `“1917”`). A short
/// span in title case is a title unless a speech cue follows it directly
/// (`“Never,” she said`); other spans are kept.
enum QuoteFilter {
    static let minorWords: Set<String> = ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from", "by", "de", "la",
                                          "as", "but", "nor", "into", "onto", "over", "vs", "via", "up", "out", "off", "than", "per", "so", "yet", "von", "van"]

    /// The tokens between a quote's marks.
    static func tokenRange(_ span: QuoteSpan, in para: ParagraphText) -> Range<Int> {
        var lo = 0, hi = para.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if para.tokens[mid].start < span.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < para.tokens.count, para.tokens[end].end <= span.end { end += 1 }
        return lo..<end
    }

    /// What a quoted span is: speech (the quotes kept), a title, or a label.
    enum Kind { case speech, title, label }

    /// Whether a quote is speech, a label (`so-called "…"`) or a title.
    static func kind(of q: QuoteAttributor.Attribution, in para: ParagraphText) -> Kind {
        // `so-called "…"`, `known as "…"`: a label, not anyone's words
        if isLabel(q.span, in: para) { return .label }
        return isSpeech(q, in: para) ? .speech : .title
    }

    /// Whether a quote that is no label is speech rather than a title. Asked
    /// of every quote, so the words are read from the tokens in place (no list
    /// of them is made) and the quote's text is made only in the rare case
    /// that needs it.
    private static func isSpeech(_ q: QuoteAttributor.Attribution, in para: ParagraphText) -> Bool {
        // (the scalars are read in place: this runs over most of every long quote)
        let manySpaces = para.scalars.withUnsafeBufferPointer { scalars in
            var spaces = 0
            for i in q.span.start..<q.span.end where scalars[i] == " " {
                spaces += 1
                if spaces > 6 { return true }
            }
            return false
        }
        if manySpaces { return true }
        // `‘Unprecedented’` alone on a crosshead's line: words the story quotes
        if para.kind == .heading, para.index > 0, q.span.openMark == 0, let close = q.span.closeMark, close + 1 == para.scalars.count { return true }
        // (a headline in title case sets its quotes in title case too: one it credits is speech)
        if q.rule == .headlineCue { return true }
        // `X pleaded: "Stop."`: a cue and a colon announce speech
        if q.rule == .cueBefore, let open = q.span.openMark, open >= 2, para.scalars[open - 1] == ":" || (para.scalars[open - 1] == " " && para.scalars[open - 2] == ":") {
            return true
        }
        var words = 0, capitalised = 0, titleCase = true
        for i in tokenRange(q.span, in: para) where para.tokens[i].kind == .word || para.tokens[i].kind == .number {
            words += 1
            if words > 6 { return true }
            switch titleCaseStart(para.tokens[i], in: para) {
            case .capitalOrNumber: capitalised += 1
            case .minorWord: break
            case .other: titleCase = false
            }
        }
        guard words > 0 else { return false }
        if !titleCase || capitalised == 0 { return true }
        guard q.cueFollows && words <= 2 else { return false }
        let text = para.text(q.span.start, q.span.end)
        return text.hasSuffix(",") || text.hasSuffix("!") || text.hasSuffix("?")
    }

    /// Whether a body paragraph quotes the words of a heading's quote (`‘Unprecedented’
    /// strandings` … `described as “unprecedented”`).
    static func isQuotedInBody(_ span: QuoteSpan, _ all: [QuoteAttributor.Attribution], _ paragraphs: [ParagraphText]) -> Bool {
        let key = paragraphs[span.paragraph].text(span.start, span.end).lowercased().trimmingCharacters(in: .punctuationCharacters)
        guard key.count >= 4 else { return false }
        return all.contains { b in
            paragraphs[b.span.paragraph].kind == .body && paragraphs[b.span.paragraph].text(b.span.start, b.span.end).lowercased().contains(key)
                && kind(of: b, in: paragraphs[b.span.paragraph]) == .speech
        }
    }

    /// The quote stands right after `so-called` or `known as`.
    static func isLabel(_ span: QuoteSpan, in para: ParagraphText) -> Bool {
        guard let open = span.openMark else { return false }
        let t = QuoteAttributor.tokenIndex(atOrAfter: open, in: para)
        // (`as`, `called`, `so-called`: a word of another length says no at once)
        guard t >= 2, [2, 6, 9].contains(para.tokens[t - 1].end - para.tokens[t - 1].start) else { return false }
        let a = para.lower(of: para.tokens[t - 2]), b = para.lower(of: para.tokens[t - 1])
        return (a == "known" && b == "as") || b == "so-called" || (a == "so" && b == "called") || (t >= 3 && b == "called" && para.tokens[t - 2].isMark("-") && para.lower(of: para.tokens[t - 3]) == "so")
    }

    private enum TitleCaseStart { case capitalOrNumber, minorWord, other }

    /// How a word fits title case: its first Character is a capital or a
    /// number, or it is a minor word (`of`, `the`) as written, or neither.
    /// A first scalar that is ASCII and followed by ASCII (or nothing) is the
    /// whole first Character, read from the scalars; other words ask their
    /// text. Minor words are known from the word facts (`minorWords` as written).
    private static func titleCaseStart(_ t: Token, in para: ParagraphText) -> TitleCaseStart {
        let first: Character
        if t.first.value < 0x80 && (t.end - t.start == 1 || para.scalars[t.start + 1].value < 0x80) {
            let v = t.first.value
            if (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) { return .capitalOrNumber }
            if v >= 0x61 && v <= 0x7A { return t.isInAsWritten(.minorWord) ? .minorWord : .other }
            first = Character(t.first)
        } else {
            first = para.text(of: t).first!
        }
        if first.isUppercase || first.isNumber { return .capitalOrNumber }
        return t.isInAsWritten(.minorWord) ? .minorWord : .other
    }
}
