/// The phrase that names who spoke, read before a cue (`X said`) or in an
/// aside: the subject past adverbs, time phrases and `, who …,` asides; a
/// title naming its holder; a body noun naming the latest such body; else an
/// anonymous source.
extension QuoteAttributor {

    /// Where the clause holding token `v` starts: after a sentence end, a
    /// semicolon, or a quotation, whichever is nearest.
    func clauseStart(before v: Int, in para: ParagraphText, inside: InsideQuotes, floor: Int = 0) -> Int {
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
    func subject(in para: ParagraphText, from: Int, to: Int, inside: InsideQuotes,
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
                return .entity(holder, at(d, k + 1, in: para))
            }
            // a document or body of someone named in the phrase speaks for them
            // (`The Home Office letter reads`, `Russia's army said`)
            var named: EntityMention? = nil
            let institution = toks[k].isIn(.institutionNoun)
            for m in mentions(in: para, from: d, to: k) where m.endToken <= k {
                // a demonym names the speaker only before an institution (`the Ukrainian military`)
                if isDemonym(m, in: para) && !institution { continue }
                if named == nil || entities[m.entity].kind == .person { named = m }
            }
            if let e = named { return .entity(e.entity, at(e, in: para)) }
            // `Its operator, the state-owned company Nordlink Data, said`: the apposition names it
            if let appositive = appositiveEntity(in: para, from: k + 1, to: to, aside: aside) { return .entity(appositive.entity, at(appositive, in: para)) }
            // `the document says`, `the website said`: a document the text has
            // introduced speaks for the body that issued it, the latest one named
            if Self.documentNouns.contains(para.lower(of: toks[k])), isDefinite(d, in: para),
               let issuer = latestIssuer(before: Position(paragraph: para.index, offset: toks[k].start)) {
                return .entity(issuer, at(d, k + 1, in: para))
            }
            return anonymous(in: para, from: k, to: k + 1) ?? .anonymous
        }
        var person: EntityMention? = nil, other: EntityMention? = nil
        for m in mentions(in: para, from: from, to: to) where m.endToken <= to && !aside.contains(m.firstToken) && !inside[m.firstToken] {
            if isDemonym(m, in: para) { continue }
            // `X's spokesman said` is the spokesman, not X; but `X's statement said` is X's
            if m.endToken < to, toks[m.endToken].kind == .possessive, m.endToken + 1 < to,
               !isMentionStart(m.endToken + 1, in: para), !isDocument(m.endToken + 1, to: to, in: para) { continue }
            // `a letter seen by X says`, `a forum sponsored by X and said`: the agent
            // of a participle in the subject's phrase is not the subject
            if m.firstToken > from, Self.isWord(toks[m.firstToken - 1], "by", in: para) { continue }
            if entities[m.entity].kind == .person { person = m } else { other = m }
        }
        if let p = person { return .entity(p.entity, at(p, in: para)) }
        if let o = other { return .entity(o.entity, at(o, in: para)) }
        // a pronoun subject right before the cue (adjuncts allowed)
        k = to - 1
        while k >= from {
            if let p = pronoun(toks[k], in: para), !aside.contains(k) {
                guard let history = speechEvents else { return nil }
                return resolvePronoun(p, at: at(k, k + 1, in: para), before: quotePosition ?? Position(paragraph: para.index, offset: toks[k].start), speechEvents: history)
            }
            k -= 1
        }
        return anonymous(in: para, from: from, to: to)
    }

    /// `statement`, `letter`, `tweet` (maybe after an adjective: `a written
    /// statement`) right before the cue: a document, which speaks for whoever issued it.
    func isDocument(_ k: Int, to: Int, in para: ParagraphText) -> Bool {
        var i = k
        while i < to, i - k < 3 {
            if Self.documentNouns.contains(para.lower(of: para.tokens[i])) { return true }
            i += 1
        }
        return false
    }

    static let documentNouns: Set<String> = [
        "statement", "statements", "letter", "letters", "tweet", "tweets", "post", "posts", "memo", "email",
        "message", "report", "website", "release", "announcement", "filing", "complaint", "ruling", "decision",
        "document", "documents", "questionnaire", "site", "guidance", "notice",
    ]

    /// A phrase opened by `the`, `this`, `its`, `their` or a possessive: a
    /// document the text has already introduced.
    func isDefinite(_ d: Int, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        for k in [d - 1, d] where k >= 0 && k < toks.count {
            if toks[k].kind == .possessive { return true }
            if toks[k].kind == .word, ["the", "this", "its", "their"].contains(para.lower(of: toks[k])) { return true }
        }
        return false
    }

    /// The organisation named last before `pos` that is no news outlet (the
    /// issuer a document speaks for).
    func latestIssuer(before pos: Position) -> Int? {
        latestNamed(before: pos) { $0.kind == .organisation && !Self.isOutlet($0.name) }
    }

    /// A news outlet by the last word of its name (`Sky News`, `The Daily Ledger`).
    static func isOutlet(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last?.lowercased() else { return false }
        return outletWords.contains(last) || name.hasPrefix("The ")
    }

    static let outletWords: Set<String> = [
        "news", "times", "post", "journal", "guardian", "telegraph", "herald", "tribune", "gazette", "press", "radio",
        "tv", "television", "reuters", "bbc", "cnn", "ledger", "courier", "observer", "independent", "express", "mail",
        "chronicle", "standard", "star", "sun", "mirror", "review", "magazine", "daily", "weekly", "wire",
    ]

    /// The person most recently named whose role includes `word` (`Governor John
    /// Rankin` for "the governor").
    func person(withRole word: String, before pos: Position) -> Int? {
        latestNamed(before: pos) { e in
            e.kind == .person && e.role.map { $0.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).contains(Substring(word)) } == true
        }
    }

    /// Of the entities that pass `test`, the one mentioned last before `pos`
    /// (the first listed among those mentioned at the same place).
    func latestNamed(before pos: Position, where test: (Entity) -> Bool) -> Int? {
        var best: (Position, Int)? = nil
        for (ei, e) in entities.enumerated() where test(e) {
            for m in e.mentions {
                let p = Position(paragraph: m.paragraph, offset: m.start)
                if p < pos, best == nil || best!.0 < p { best = (p, ei) }
            }
        }
        return best?.1
    }

    /// The entity named inside an aside that ends right before the cue.
    func appositiveEntity(in para: ParagraphText, from: Int, to: Int, aside: Asides) -> EntityMention? {
        guard from < to, aside.contains(from) else { return nil }
        var found: EntityMention? = nil
        for m in mentions(in: para, from: from, to: to) where m.endToken <= to && !isDemonym(m, in: para) {
            if found == nil || entities[m.entity].kind == .person { found = m }
        }
        return found
    }

    /// `the ministry`, `the government`, `the company`: the latest body of that kind.
    /// Any other common noun phrase (`a diplomat`, `officials`) is anonymous.
    func anonymous(in para: ParagraphText, from: Int, to: Int) -> Speaker? {
        let toks = para.tokens
        for k in from..<to where toks[k].kind == .word {
            let w = para.lower(of: toks[k])
            if w == "government" || w == "authorities" {
                // `the government` of the country the article is about
                if let c = dominantCountry { return .entity(c, at(k, k + 1, in: para)) }
            }
            if toks[k].isIn(.bodyNoun), k == from || ["the", "its", "their"].contains(para.lower(of: toks[k - 1])) {
                if let o = latestOrganisation(withHead: w, before: Position(paragraph: para.index, offset: toks[k].start)) { return .entity(o, at(k, k + 1, in: para)) }
            }
            // `the city said`: the municipal body named before
            if ["city", "town", "municipality"].contains(w), k == from || ["the", "its"].contains(para.lower(of: toks[k - 1])) {
                for head in ["municipality", "city council", "council", "city"] {
                    if let o = latestOrganisation(withHead: head, before: Position(paragraph: para.index, offset: toks[k].start)) { return .entity(o, at(k, k + 1, in: para)) }
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
    func isAdjunct(_ k: Int, in para: ParagraphText) -> Bool {
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
    static func endsInLy(_ t: Token, in para: ParagraphText) -> Bool {
        guard t.end - t.start >= 2,
              para.scalars[t.end - 1].value | 0x20 == 0x79, para.scalars[t.end - 2].value | 0x20 == 0x6C else { return false }
        return para.lower(of: t).hasSuffix("ly")
    }

    /// Adverbs and short time phrases between a subject and its cue.
    static let adjunctWords: Set<String> = [
        "also", "later", "then", "again", "previously", "further", "once", "earlier", "reportedly", "separately",
        "today", "yesterday", "tonight", "recently", "publicly", "privately", "last", "on", "in", "at", "during", "this",
    ]

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
        // (prepositions: `X responded by saying`, `X went on to say`)
        "by", "for", "from", "about", "into", "without", "despite", "over", "under", "through", "against", "upon",
    ]

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

    func latestOrganisation(withHead head: String, before pos: Position) -> Int? {
        latestNamed(before: pos) { $0.kind == .organisation && $0.name.lowercased().contains(head) }
    }

    /// Comma-enclosed asides (`, who met Rubio,` / `, the foreign minister,`)
    /// among tokens `from..<to`.
    func asides(in para: ParagraphText, from: Int, to: Int) -> Asides {
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
}
