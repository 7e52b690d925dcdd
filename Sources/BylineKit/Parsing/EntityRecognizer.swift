/// A recognised mention inside one paragraph.
struct EntityMention: Sendable, Equatable {
    var entity: Int
    var start: Int
    var end: Int
    /// Token range covered, half-open.
    var firstToken: Int
    var endToken: Int
}

/// Finds people, countries and organisations: gazetteer forms first (longest
/// match), then runs of capitalised words classified by their words (titles,
/// organisation heads, given names, everyday words), then the short forms of
/// names already found (`Zelensky` after `Volodymyr Zelensky`).
struct EntityRecognizer {
    let gazetteer: Gazetteer

    struct Result: Sendable {
        var entities: [Entity]
        var genders: [Int: PersonGender]
        /// Mentions per paragraph, sorted by start.
        var mentions: [[EntityMention]]
        /// Country mentions made by a demonym (`Ukrainian news agencies`): a
        /// country is referred to, but the phrase is not the country speaking.
        var demonymMentions: Set<Mention>
    }

    private struct PersonDraft {
        var tokens: [String]       // name words (particles included)
        /// Which of `tokens` are name parts, a bit each (a name has at most
        /// five words): told from the words' facts as the name is read, for
        /// pass 2 (see `isNamePart`).
        var nameParts: UInt8
        /// Every surface form, in order of first use: a person has a few, so
        /// a list is cheaper than a dictionary.
        var forms: [String]
        var role: String?
        var gender: PersonGender?

        mutating func addForm(_ form: String) {
            if !forms.contains(form) { forms.append(form) }
        }

        /// The longest form (in scalars), the first used among equals.
        var fullestForm: String? {
            // (most people are named one way: nothing to measure)
            if forms.count == 1 { return forms[0] }
            var best: String? = nil
            var bestLength = -1
            for form in forms {
                let length = form.unicodeScalars.count
                if length > bestLength { best = form; bestLength = length }
            }
            return best
        }
    }

    private enum Draft {
        /// A country by its record's index in the gazetteer's `countries.records`.
        case person(Int), country(Int), organisation(String)
    }

    private struct RawMention {
        var draft: Draft
        var paragraph: Int
        var start: Int
        var end: Int
        var firstToken: Int
        var endToken: Int
        var isDemonym = false
        /// The words as written, for an organisation: its name is the fullest form used.
        var surface = ""
    }

    func recognise(_ paragraphs: [ParagraphText]) -> Result {
        var people: [PersonDraft] = []
        var raw: [RawMention] = []
        // (about two mentions a paragraph: most parses then grow the list once or not at all)
        raw.reserveCapacity(2 * paragraphs.count)
        var covered = Coverage(paragraphs)
        var singles: [(paragraph: Int, token: Int, titled: Bool, gender: PersonGender?)] = []
        /// `Salar Andino` after `Salar Andino S.A.`: a company named without its suffix.
        var orgStems: [String: String] = [:]

        // how often each word is written capitalised inside a sentence (by word
        // id, capped): a surname the text goes on to use alone (`Dana Ortiz` …
        // `Ortiz said`) shows that a stretch of everyday words is a name
        let wordCount = paragraphs.first?.words.texts.count ?? 0
        var midCapitals = [UInt8](repeating: 0, count: wordCount)
        for para in paragraphs where para.words === paragraphs.first?.words {
            for ti in para.tokens.indices where para.tokens[ti].kind == .word && para.tokens[ti].isCapitalised && !para.isSentenceStart[ti] {
                let w = Int(para.tokens[ti].word)
                if w < wordCount, midCapitals[w] < 255 { midCapitals[w] += 1 }
            }
        }

        // Pass 1: gazetteer forms and capitalised runs.
        // (one buffer for every run's slots, one for the form lengths tried at a word)
        var slots: [Slot] = []
        var lengths: [(len: Int, form: Gazetteer.Form)] = []
        for para in paragraphs {
            let toks = para.tokens
            var i = 0
            while i < toks.count {
                // (a word in capitals is capitalised: `isAllCaps` implies `isCapitalised`)
                guard toks[i].kind == .word, toks[i].isCapitalised, !covered[para.index, i] else {
                    // `the ministries of …`: the names after it are taken before their runs are met
                    if toks[i].isInAsWritten(.pluralOrganisationHead) && !para.isHeadlineCase {
                        coordinatedBodies(after: i, in: para, raw: &raw, covered: &covered)
                    }
                    i += 1
                    continue
                }
                let run = capitalisedRun(para, from: i)
                if !para.isHeadlineCase, let closing = pluralHead(closing: run, in: para),
                   bodiesBeforePluralHead(closing.names, head: closing.head, in: para, raw: &raw, covered: &covered) {
                    i = run.upperBound
                    continue
                }
                classify(run: run, in: para, slots: &slots, lengths: &lengths, people: &people, raw: &raw, covered: &covered, singles: &singles,
                         orgStems: &orgStems, midCapitals: midCapitals)
                i = max(run.upperBound, i + 1)
            }
        }

        // Pass 2: single words that are parts of names already known.
        var partOwners: [String: PartOwners] = [:]
        partOwners.reserveCapacity(people.reduce(0) { $0 + $1.tokens.count })
        for pi in people.indices {
            let tokens = people[pi].tokens, nameParts = people[pi].nameParts
            for (k, part) in tokens.enumerated() where nameParts & 1 << k != 0 {
                partOwners[part, default: PartOwners()].add(pi, isSurname: tokens.last == part, nameLength: tokens.count)
                // `O'Neill` is `O’Neill` typed otherwise: both spellings find the owner
                if let other = Self.otherApostrophe(part) {
                    partOwners[other, default: PartOwners()].add(pi, isSurname: tokens.last == part, nameLength: tokens.count)
                }
            }
        }
        // a one-word place that is the surname of someone named here is that person
        // (`Phoenix said` after `Joaquin Phoenix`)
        for (ri, r) in raw.enumerated() where r.endToken - r.firstToken == 1 {
            guard case .country = r.draft else { continue }
            let para = paragraphs[r.paragraph]
            let t = para.tokens[r.firstToken]
            let text = para.text(of: t)
            guard let owner = partOwners[text]?.surnameOfLongerName,
                  let ref = gazetteer.country(para.scalars, t.start, t.end), countryName(ref) != text, ref.kind != .demonym else { continue }
            raw[ri].draft = .person(owner)
            raw[ri].isDemonym = false
            people[owner].addForm(text)
        }
        // words found to be part of no name, by id: a capitalised word is often
        // met again, and then its text need not be hashed again
        let words = paragraphs.first?.words
        var isNoPart = [Bool](repeating: false, count: words?.texts.count ?? 0)
        for para in paragraphs {
            let sharesWords = para.words === words
            // (by index: most tokens are looked at, few are taken, and a copy of each would cost)
            for ti in para.tokens.indices where para.tokens[ti].kind == .word && para.tokens[ti].isCapitalised && !covered[para.index, ti] {
                let word = Int(para.tokens[ti].word)
                if sharesWords && isNoPart[word] { continue }
                guard let owners = partOwners[para.text(of: para.tokens[ti])] else {
                    if sharesWords { isNoPart[word] = true }
                    continue
                }
                let t = para.tokens[ti]
                // prefer the person whose surname this is; two people with one
                // surname (father and son): the first one introduced
                let owner = owners.surname ?? owners.first!
                // a given name used alone is only a name when it is not an everyday word at a sentence start
                if owners.surname == nil && para.isSentenceStart[ti] && gazetteer.isCommonWord(t) { continue }
                people[owner].addForm(para.text(of: t))
                raw.append(RawMention(draft: .person(owner), paragraph: para.index, start: t.start, end: t.end, firstToken: ti, endToken: ti + 1))
                covered[para.index, ti] = true
            }
        }
        // Single words after a title, or speaking, that matched no known person: people of their own.
        var occurrences: [String: [(paragraph: Int, token: Int)]] = [:]
        let singleWords = Set(singles.map { paragraphs[$0.paragraph].text(of: paragraphs[$0.paragraph].tokens[$0.token]) })
        if !singleWords.isEmpty {
            for p2 in paragraphs {
                for ti in p2.tokens.indices where p2.tokens[ti].kind == .word && singleWords.contains(p2.text(of: p2.tokens[ti])) {
                    occurrences[p2.text(of: p2.tokens[ti]), default: []].append((p2.index, ti))
                }
            }
        }
        for s in singles {
            let para = paragraphs[s.paragraph]
            guard !covered[s.paragraph, s.token] else { continue }
            let t = para.tokens[s.token]
            let pi = people.count
            people.append(PersonDraft(tokens: [para.text(of: t)], nameParts: Self.isNamePart(t, lowered: false) ? 1 : 0, forms: [para.text(of: t)],
                                      role: nil, gender: s.gender))
            raw.append(RawMention(draft: .person(pi), paragraph: s.paragraph, start: t.start, end: t.end, firstToken: s.token, endToken: s.token + 1))
            covered[s.paragraph, s.token] = true
            // later occurrences of the same word
            for (p2, ti) in occurrences[para.text(of: t)] ?? [] where !covered[p2, ti] {
                let t2 = paragraphs[p2].tokens[ti]
                raw.append(RawMention(draft: .person(pi), paragraph: p2, start: t2.start, end: t2.end, firstToken: ti, endToken: ti + 1))
                covered[p2, ti] = true
            }
        }
        sharedStateNames(&raw, in: paragraphs)
        bareNationalBodies(&raw, in: paragraphs)
        return assemble(people: people, raw: raw, paragraphCount: paragraphs.count)
    }

    /// `Georgia voters in Atlanta`: a state's name shared with a country
    /// (`NameRules.statesNamedLikeCountries`) is the US state's in a text that
    /// speaks of the United States and names that country in no other way.
    private func sharedStateNames(_ raw: inout [RawMention], in paragraphs: [ParagraphText]) {
        guard let us = gazetteer.countries.recordIndex(code: "US"),
              raw.contains(where: { if case .country(us) = $0.draft { return true } else { return false } }) else { return }
        for name in NameRules.statesNamedLikeCountries {
            guard let country = gazetteer.countries.entry(forForm: name)?.index else { continue }
            var named = false, otherwise = false
            for r in raw {
                guard case .country(country) = r.draft else { continue }
                if paragraphs[r.paragraph].text(r.start, r.end) == name { named = true } else { otherwise = true }
            }
            guard named, !otherwise else { continue }
            for i in raw.indices {
                if case .country(country) = raw[i].draft { raw[i].draft = .country(us) }
            }
        }
    }

    /// `the Senate`, `Congress`: a bare name the gazetteer knows as the US
    /// body's (`US Senate`) is the body of the country the text is about; when
    /// that is not the United States, the body keeps the text's own name.
    private func bareNationalBodies(_ raw: inout [RawMention], in paragraphs: [ParagraphText]) {
        guard let us = gazetteer.countries.recordIndex(code: "US"),
              raw.contains(where: { if case .organisation(let o) = $0.draft { return o.hasPrefix("US ") } else { return false } }) else { return }
        var counts: [Int: Int] = [:]
        for r in raw where !r.isDemonym { if case .country(let c) = r.draft { counts[c, default: 0] += 1 } }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              top.key != us, top.value > counts[us, default: 0] else { return }
        for i in raw.indices {
            guard case .organisation(let o) = raw[i].draft, o.hasPrefix("US "), raw[i].endToken - raw[i].firstToken == 1 else { continue }
            let surface = paragraphs[raw[i].paragraph].text(raw[i].start, raw[i].end)
            raw[i].draft = .organisation(surface)
            raw[i].surface = surface
        }
    }

    /// Which tokens a mention already covers, for every paragraph in one
    /// buffer: one allocation for the parse instead of one per paragraph.
    private struct Coverage {
        private var isCovered: [Bool]
        /// Where each paragraph's tokens start in `isCovered`.
        private var starts: [Int]

        init(_ paragraphs: [ParagraphText]) {
            starts = []
            starts.reserveCapacity(paragraphs.count)
            var count = 0
            for p in paragraphs {
                starts.append(count)
                count += p.tokens.count
            }
            isCovered = Array(repeating: false, count: count)
        }

        subscript(paragraph: Int, token: Int) -> Bool {
            get { isCovered[starts[paragraph] + token] }
            set { isCovered[starts[paragraph] + token] = newValue }
        }
    }

    /// Whether a word of a name, as the name keeps it (in lowercase if
    /// `lowered`), is a name part: no particle (`van`, `bin`), more than one
    /// character. The same as asking `NameRules.nameParticles` and `count` of
    /// the text kept: a lowered word is kept only when it is a particle, and
    /// a word as written is in that list of lowercase words exactly when
    /// `isInAsWritten` says so.
    private static func isNamePart(_ t: Token, lowered: Bool) -> Bool {
        !lowered && !t.isInAsWritten(.nameParticle) && t.characterCount > 1
    }

    /// The people a name part (a word of a name, not a particle or an initial)
    /// belongs to, as pass 2 asks after them: the first one named, and the
    /// first whose surname it is. Worked out as the parts are listed, so
    /// nothing is filtered for each word met.
    private struct PartOwners {
        /// (nil only before the first person is added)
        var first: Int? = nil
        var surname: Int? = nil
        /// The first whose surname it is after other words of a name.
        var surnameOfLongerName: Int? = nil

        /// Person `person` (named later than any before) has the part.
        mutating func add(_ person: Int, isSurname: Bool, nameLength: Int) {
            if first == nil { first = person }
            guard isSurname else { return }
            if surname == nil { surname = person }
            if surnameOfLongerName == nil && nameLength > 1 { surnameOfLongerName = person }
        }
    }

    // MARK: Runs

    /// The maximal run of capitalised words from `i`, with name particles and
    /// organisation connectors inside it and hyphens joining capitalised words.
    private func capitalisedRun(_ para: ParagraphText, from i: Int) -> Range<Int> {
        let toks = para.tokens
        var j = i + 1
        while j < toks.count {
            let t = toks[j]
            if t.kind == .word && t.isCapitalised && t.start <= toks[j - 1].end + 1 { j += 1; continue }
            // a middle initial: `Carissa F. Etienne`
            if t.kind == .punctuation, t.isMark("."), toks[j - 1].isOneCharacter, toks[j - 1].isCapitalised, t.start == toks[j - 1].end,
               j + 1 < toks.count, toks[j + 1].isCapitalised, toks[j + 1].start == t.end + 1 {
                j += 1
                continue
            }
            // `al-Hameli`, `bin-Zayed`: a particle joined by a hyphen
            if t.kind == .word, t.isIn(.nameParticle), j + 2 < toks.count, toks[j + 1].isMark("-"),
               toks[j + 1].start == t.end, toks[j + 2].start == toks[j + 1].end, toks[j + 2].isCapitalised {
                j += 3
                continue
            }
            // lowercase name particles (`da`, `de la`, `van der`) followed by a capitalised word
            if t.kind == .word, !t.isCapitalised, t.isInAsWritten(.nameParticle) {
                var k = j
                while k < toks.count, k - j < 3, toks[k].kind == .word, toks[k].isInAsWritten(.nameParticle) { k += 1 }
                if k < toks.count, toks[k].kind == .word, toks[k].isCapitalised { j = k + 1; continue }
            }
            // a lowercase connector followed by a capitalised word (`Church of Scientology`)
            if t.kind == .word, !t.isCapitalised, j + 1 < toks.count, toks[j + 1].kind == .word, toks[j + 1].isCapitalised,
               t.isInAsWritten(.orgConnector) && para.text(of: t) != "on" && para.text(of: t) != "in" {
                j += 2
                continue
            }
            if t.kind == .word, !t.isCapitalised, hasText(t, "of", in: para) || hasText(t, "for", in: para), j + 2 < toks.count, hasText(toks[j + 1], "the", in: para),
               toks[j + 2].isCapitalised {
                j += 3
                continue
            }
            // `Waller-Bridge`; and `Soo-jin`, `Dae-ho`: a lowercase piece that is no English word
            if t.kind == .punctuation, t.isMark("-") || t.isMark("&"), t.start == toks[j - 1].end, j + 1 < toks.count,
               toks[j + 1].start == t.end, toks[j + 1].kind == .word,
               toks[j + 1].isCapitalised || (t.isMark("-") && toks[j + 1].characterCount <= 4
                    && (!gazetteer.isVeryCommonWord(toks[j + 1]) || toks[j - 1].characterCount <= 3)) {
                // (`Ki-moon`, `Ji-hoon`: after a syllable of at most three letters, any short piece)
                j += 2
                continue
            }
            break
        }
        return i..<j
    }

    /// Decides what the words of one run are.
    /// `kinds`, `lengths`: buffers for the run's slots and the form lengths
    /// tried at a word, kept by the caller from run to run.
    private func classify(run: Range<Int>, in para: ParagraphText, slots kinds: inout [Slot], lengths: inout [(len: Int, form: Gazetteer.Form)],
                          people: inout [PersonDraft], raw: inout [RawMention],
                          covered: inout Coverage, singles: inout [(paragraph: Int, token: Int, titled: Bool, gender: PersonGender?)],
                          orgStems: inout [String: String], midCapitals: [UInt8]) {
        let toks = para.tokens
        // (the buffer only grows: slots past this run are left from a longer one, and never read)
        if kinds.count < run.count { kinds.append(contentsOf: repeatElement(.free, count: run.count - kinds.count)) }
        kinds.withUnsafeMutableBufferPointer { $0[..<run.count].update(repeating: .free) }
        // the organisations' names the slots refer to: a slot holds an index here,
        // so the slot array is plain values, cheap to make and to free
        var names: [String] = []
        func name(_ text: String) -> Int {
            names.append(text)
            return names.count - 1
        }
        func tokenAt(_ k: Int) -> Token { toks[run.lowerBound + k] }

        // 1. gazetteer: longest match first, countries and known organisations
        var k = 0
        // the lengths at which a known form could end: grown token by token while
        // the text so far begins some form, so most words cost one lookup
        // (emptied for each word)
        while k < run.count {
            var matched = false
            let maxLen = min(gazetteer.maxFormTokens, run.count - k)
            while lengths.popLast() != nil {}  // (a form or two: popped, cheaper than a general removal)
            if maxLen > 0, tokenAt(k).kind == .word {
                for len in 1...maxLen {
                    guard let form = gazetteer.form(para.scalars, tokenAt(k).start, tokenAt(k + len - 1).end) else { break }
                    if tokenAt(k + len - 1).kind == .word { lengths.append((len, form)) }
                }
            }
            if !lengths.isEmpty {
                for (len, form) in lengths.reversed() {
                    if form.isRegion {
                        for m in k..<(k + len) { kinds[m] = .other }
                        matched = true
                    } else if let known = form.organisation {
                        var org = gazetteer.organisations.names[known]
                        // `African Union Commission`, `Amazon.com Inc.`: a known name
                        // followed by a head word names a body of its own
                        var end = k + len
                        while end < run.count, tokenAt(end).kind == .word, tokenAt(end).isCapitalised,
                              tokenAt(end).isIn(.organisationHead) { end += 1 }
                        // `British Red Cross`: a country word before a known body names another
                        var begin = k
                        while begin > 0, isCountrySlot(kinds[begin - 1]) { begin -= 1 }
                        // (a company suffix — `Microsoft Corp` — is the same body, under a fuller name)
                        let sameBody = (k + len..<end).allSatisfy { tokenAt($0).isIn(.corporateSuffix) }
                        if begin < k || !sameBody { org = para.text(tokenAt(begin).start, tokenAt(end - 1).end) }
                        let orgName = name(org)
                        for m in begin..<end { kinds[m] = .organisation(orgName, begin) }
                        matched = true
                        k = end
                        break
                    } else if let c = form.country {
                        for m in k..<(k + len) { kinds[m] = .country(c.index, k) }
                        matched = true
                    }
                    if matched { k += len; break }
                }
            }
            if !matched { k += 1 }
        }

        // a one-word place ending a name that starts with a given name is a
        // surname (`John Garland`, `Ahmed Houssein Aden`)
        for m in 1..<max(1, run.count) where isCountrySlot(kinds[m]) && kinds[m - 1] == .free {
            guard case .country(_, let s) = kinds[m], s == m, m + 1 >= run.count || !isCountrySlot(kinds[m + 1]),
                  let c = gazetteer.country(para.scalars, tokenAt(m).start, tokenAt(m).end), c.kind != .demonym else { continue }
            var first = m - 1
            while first > 0, kinds[first - 1] == .free, !tokenAt(first - 1).isIn(.title) { first -= 1 }
            // (a country's own name, `Jordan`, only right after the given name: `Michael Jordan`)
            if gazetteer.isGivenName(tokenAt(first)), countryName(c) != para.text(of: tokenAt(m)) || first == m - 1 { kinds[m] = .free }
            // (`Chief Chuck Jordan said`: one capitalised word and the place, in a speaker's slot)
            else if first == m - 1, m + 1 == run.count, c.kind != .metonym, tokenAt(first).kind == .word,
                    !tokenAt(first).isIn(.determiner), !tokenAt(first).isIn(.nonEntity), isSpeakerSlot(run, in: para) { kinds[m] = .free }
        }

        // 2. organisation by its head word: `… Ministry`, `Church of …`, `… Party`
        for org in organisationSpans(run: run, kinds: kinds, in: para) {
            let orgName = name(para.text(tokenAt(org.lowerBound).start, tokenAt(org.upperBound - 1).end))
            for m in org { kinds[m] = .organisation(orgName, org.lowerBound) }
        }

        // 3. titles and the rest
        for m in 0..<run.count where kinds[m] == .free {
            let t = tokenAt(m)
            if t.kind != .word { kinds[m] = .other; continue }
            if t.isIn(.title) && !gazetteer.isGivenName(t) && !isSurnameThoughTitle(m, run: run, in: para, kinds: kinds) { kinds[m] = .title; continue }
            if t.isIn(.nonEntity) { kinds[m] = .other; continue }
            if t.isInAsWritten(.nameParticle) || t.isInAsWritten(.orgConnector) { kinds[m] = .connector; continue }
        }

        // emit gazetteer and organisation mentions
        var m = 0
        while m < run.count {
            switch kinds[m] {
            case .country(let record, let s) where s == m:
                var e = m
                while e + 1 < run.count, case .country(_, let s2) = kinds[e + 1], s2 == s { e += 1 }
                emit(.country(record), run.lowerBound + m, run.lowerBound + e + 1, para, &raw, &covered)
                raw[raw.count - 1].isDemonym = gazetteer.country(para.scalars, tokenAt(m).start, tokenAt(e).end)?.kind == .demonym
                m = e + 1
            case .organisation(let nameIndex, let s) where s == m:
                var e = m
                while e + 1 < run.count, case .organisation(_, let s2) = kinds[e + 1], s2 == s { e += 1 }
                emit(.organisation(names[nameIndex]), run.lowerBound + m, run.lowerBound + e + 1, para, &raw, &covered)
                if e > m, tokenAt(e).isIn(.corporateSuffix) {
                    orgStems[para.text(tokenAt(m).start, tokenAt(e - 1).end)] = names[nameIndex]
                }
                m = e + 1
            default:
                m += 1
            }
        }

        // 4. a name announced by a common noun (`the company Nordlink Data`) is a body
        if run.lowerBound > 0, toks[run.lowerBound - 1].isIn(.organisationNoun), !toks[run.lowerBound - 1].isCapitalised {
            var e = 0
            while e < run.count, kinds[e] == .free || kinds[e] == .connector { e += 1 }
            while e > 0, kinds[e - 1] != .free { e -= 1 }
            if e > 0, !gazetteer.isGivenName(tokenAt(0)) {
                let orgName = para.text(tokenAt(0).start, tokenAt(e - 1).end)
                let named = name(orgName)
                for m in 0..<e { kinds[m] = .organisation(named, 0) }
                emit(.organisation(orgName), run.lowerBound, run.lowerBound + e, para, &raw, &covered)
            }
        }

        // 4b. `…," The Hill reported`, `according to The Daily Ledger`, `As The
        // Courier put it`: a name with a capital `The` inside a sentence (or after
        // its opening word), in a speaker's slot, is a body (an outlet)
        let the = run.count >= 3 && para.isSentenceStart[run.lowerBound] && gazetteer.isVeryCommonWord(tokenAt(0))
            && tokenAt(1).end - tokenAt(1).start == 3 && para.text(of: tokenAt(1)) == "The" ? 1 : 0
        let theOpens = the == 1 || !para.isSentenceStart[run.lowerBound]
        if run.count >= the + 2, tokenAt(the).end - tokenAt(the).start == 3, kinds[the] == .free || kinds[the] == .other,
           // (opening a sentence only right before a speech verb, and with no title: not `The President said`)
           theOpens || (run.upperBound < toks.count && toks[run.upperBound].isSpeechVerb
                        && !(1..<run.count).contains { tokenAt($0).isIn(.title) }),
           para.text(of: tokenAt(the)) == "The",
           (the + 1..<run.count).allSatisfy({ kinds[$0] == .free || kinds[$0] == .connector || kinds[$0] == .other && tokenAt($0).kind == .word }),
           kinds[run.count - 1] == .free,
           isSpeakerSlot(run, in: para) || isAfterAccordingTo(run.lowerBound, in: para) {
            let orgName = para.text(tokenAt(the).start, tokenAt(run.count - 1).end)
            for m in 0..<run.count { kinds[m] = m < the ? .other : .organisation(name(orgName), the) }
            emit(.organisation(orgName), run.lowerBound + the, run.upperBound, para, &raw, &covered)
            return
        }

        // 5. people: the free words left, in contiguous stretches
        guard !para.isHeadlineCase else { return }
        var s = 0
        while s < run.count {
            guard kinds[s] == .free else { s += 1; continue }
            var e = s
            while e + 1 < run.count {
                if kinds[e + 1] == .free || (kinds[e + 1] == .other && tokenAt(e + 1).kind == .punctuation) { e += 1; continue }
                // particles inside a name: `de la`, `van der`
                var k = e + 1
                while k < run.count, kinds[k] == .connector || kinds[k] == .other,
                      tokenAt(k).isIn(.nameParticle) || tokenAt(k).isMark("-") { k += 1 }
                if k > e + 1, k < run.count, kinds[k] == .free { e = k; continue }
                break
            }
            // trim connectors and punctuation at the edges
            while e > s, kinds[e] != .free { e -= 1 }
            let first = run.lowerBound + s, end = run.lowerBound + e + 1
            if !orgStems.isEmpty, let org = orgStems[para.text(toks[first].start, toks[end - 1].end)] {
                emit(.organisation(org), first, end, para, &raw, &covered)
                s = e + 1
                continue
            }
            considerPerson(tokens: first..<end, in: para, people: &people, raw: &raw, covered: &covered, singles: &singles, midCapitals: midCapitals)
            s = e + 1
        }
    }

    /// A title word that is a surname: last in its run, right after a given
    /// name (`Charlie King`, `Ann Marshal`), or alone after an honorific
    /// (`Mr. King`, `Ms. Bishop`), where no title can stand.
    private func isSurnameThoughTitle(_ m: Int, run: Range<Int>, in para: ParagraphText, kinds: [Slot]) -> Bool {
        let toks = para.tokens
        guard m == run.count - 1 else { return false }
        if m > 0 {
            guard kinds[m - 1] == .free, !toks[run.lowerBound + m - 1].isIn(.title) else { return false }
            return gazetteer.isGivenName(toks[run.lowerBound + m - 1]) || isSpeakerSlot(run, in: para)
        }
        let i = run.lowerBound
        guard i >= 2, toks[i - 1].isMark("."), toks[i - 2].kind == .word else {
            return i >= 1 && toks[i - 1].kind == .word && Self.honorifics.contains(para.lower(of: toks[i - 1]))
        }
        return Self.honorifics.contains(para.lower(of: toks[i - 2]))
    }

    /// A stretch of two or three words, none an everyday one of the commonest
    /// thousand, whose last word the text also writes capitalised on its own
    /// inside a sentence (`Dana Ortiz` … `, Ortiz said`): a person's name and
    /// surname, though its words are in the word list.
    private func surnameRecurs(_ r: Range<Int>, in para: ParagraphText, midCapitals: [UInt8], meaningfulCount: Int) -> Bool {
        let toks = para.tokens
        guard meaningfulCount >= 2, meaningfulCount <= 3, let last = r.last(where: { toks[$0].kind == .word }) else { return false }
        let w = Int(toks[last].word)
        guard w < midCapitals.count, !toks[last].isIn(.placeHead), !toks[last].isIn(.organisationHead), !toks[last].isIn(.title) else { return false }
        // (the stretch's own use counts when it stands inside a sentence)
        let own = para.isSentenceStart[last] ? 0 : 1
        guard Int(midCapitals[w]) > own else { return false }
        return r.allSatisfy { toks[$0].kind != .word || ((gazetteer.commonWordRank(toks[$0]) ?? Int.max) >= 1000 && !toks[$0].isIn(.title)) }
    }

    /// A run right before a speech verb (`X said`) or right after one (`said
    /// X,`, `said X.`): where a news sentence names who spoke, so its words
    /// name someone even when they are everyday words (`Charlie King`).
    private func isSpeakerSlot(_ r: Range<Int>, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        if r.upperBound < toks.count, toks[r.upperBound].kind == .word, toks[r.upperBound].isSpeechVerb,
           !toks[r.upperBound].isIn(.beliefSpeech) { return true }
        // `as X put it`
        if r.upperBound + 1 < toks.count, toks[r.upperBound].end - toks[r.upperBound].start == 3,
           para.text(of: toks[r.upperBound]) == "put", para.text(of: toks[r.upperBound + 1]) == "it" { return true }
        // `X, 25, said`: an age between the name and the verb
        if r.upperBound + 3 < toks.count, toks[r.upperBound].isMark(","), toks[r.upperBound + 1].kind == .number,
           toks[r.upperBound + 2].isMark(","), toks[r.upperBound + 3].isSpeechVerb { return true }
        // `"…," X, a nurse, said` / `"…," X said`: a name right after a quote that a comma closed
        if r.lowerBound >= 2, toks[r.lowerBound - 1].kind == .punctuation, QuoteFinder.isDoubleMark(toks[r.lowerBound - 1].first),
           toks[r.lowerBound - 2].isMark(",") || toks[r.lowerBound - 2].isMark("?") || toks[r.lowerBound - 2].isMark("!"),
           r.upperBound < toks.count, toks[r.upperBound].isMark(",") { return true }
        // (a title between: `said Sen. X`, `said Rep. X`)
        var b = r.lowerBound - 1
        while b >= 0, b >= r.lowerBound - 4, toks[b].isIn(.title) || toks[b].isMark(".") { b -= 1 }
        guard b >= 0, toks[b].kind == .word, toks[b].isSpeechVerb, !toks[b].isIn(.beliefSpeech), !toks[b].isCapitalised else { return false }
        // (`said X "…"`: X is what was spoken of, not who spoke)
        return r.upperBound == toks.count || toks[r.upperBound].isMark(",") || toks[r.upperBound].isMark(".")
            || toks[r.upperBound].isSemicolon || toks[r.upperBound].isMark("(")
    }

    /// `according to` right before token `i`.
    private func isAfterAccordingTo(_ i: Int, in para: ParagraphText) -> Bool {
        i >= 2 && para.lower(of: para.tokens[i - 1]) == "to" && para.lower(of: para.tokens[i - 2]) == "according"
    }

    /// What a word of a run was found to be. A country holds its record's
    /// index in the gazetteer, an organisation the index of its name in
    /// `classify`'s list of names; both the run index where their form starts.
    private enum Slot: Equatable {
        case free, title, connector, other
        case country(Int, Int)
        case organisation(Int, Int)
    }


    /// The organisations a run names by their head words, as token ranges
    /// relative to the run: `US State Department`, `Church of Scientology`,
    /// `Massachusetts Institute of Technology` and `Colorado State University`
    /// as two. A head takes the capitalised words before it (not across `and`)
    /// and `of …`/`for …` phrases after it, but not a trailing `of the US`.
    private func organisationSpans(run: Range<Int>, kinds: [Slot], in para: ParagraphText) -> [Range<Int>] {
        let toks = para.tokens
        let n = run.count
        func tok(_ m: Int) -> Token { toks[run.lowerBound + m] }
        func isHead(_ m: Int) -> Bool {
            (kinds[m] == .free || isCountrySlot(kinds[m]) || kinds[m] == .title) && tok(m).kind == .word && tok(m).isCapitalised
                && tok(m).isIn(.organisationHead)
        }
        var spans: [Range<Int>] = []
        var floor = 0
        var m = 0
        while m < n {
            guard isHead(m) else { m += 1; continue }
            let h = m
            var end = h + 1
            while end < n, isHead(end) { end += 1 }
            // `of …` / `for the …` phrases
            var first = true
            while end < n, Self.headPhraseConnectors.contains(para.text(of: tok(end))) {
                let connector = para.text(of: tok(end))
                var e = end + 1
                var hadThe = false
                if e < n, para.lower(of: tok(e)) == "the" { e += 1; hadThe = true }
                let segmentStart = e
                var segmentHasHead = false
                while e < n, tok(e).kind == .word, tok(e).isCapitalised {
                    // `Ministry of Health Jane Roe`: a given name and a capitalised word
                    // after the portfolio start the minister's name, not more of the body's
                    if e > segmentStart, e + 1 < n, tok(e + 1).kind == .word, tok(e + 1).isCapitalised, gazetteer.isGivenName(tok(e)) { break }
                    if isHead(e) { segmentHasHead = true }
                    e += 1
                }
                guard e > segmentStart else { break }
                let allCountry = (segmentStart..<e).allSatisfy { isCountrySlot(kinds[$0]) }
                if connector == "and" || connector == "&" {
                    if segmentHasHead || first { break }
                }
                if allCountry && hadThe { break }
                end = e
                first = false
            }
            var start = h
            while start > floor {
                let prev = kinds[start - 1]
                let t = tok(start - 1)
                guard t.kind == .word else { break }
                // not back across `of`: in `Matthew Ingram of The Globe and Mail` the name
                // before `of` is a person; a body's `of` phrase follows its head instead
                if (t.isCapitalised && (prev == .free || isCountrySlot(prev) || prev == .title)) || Self.frenchParticles.contains(para.text(of: t)) {
                    start -= 1
                } else { break }
            }
            while start < h, (tok(start).isIn(.nonEntity) && !tok(start).isIn(.regionWord))
                || Self.leadingConnectors.contains(para.text(of: tok(start))) || (start == 0 && para.isSentenceStart[run.lowerBound] && para.text(of: tok(start)) == "The") {
                start += 1
            }
            // a lone head (`Post`, `Office`, `Court`) is not a name of its own
            if !(start == h && end == h + 1) {
                spans.append(start..<end)
                floor = end
            }
            m = end
        }
        return spans
    }

    /// `… of …`, `… for the …`, `… and …`: phrases that may continue a body's name after its head.
    static let headPhraseConnectors: Set<String> = ["of", "for", "and", "&"]
    static let frenchParticles: Set<String> = ["de", "du", "des"]
    /// Words a body's name does not start with.
    static let leadingConnectors: Set<String> = ["of", "the", "for"]

    /// The name of the country a form refers to.
    private func countryName(_ c: CountryGazetteer.Entry) -> String { gazetteer.countries.records[c.index].name }

    private func isCountrySlot(_ s: Slot) -> Bool {
        if case .country = s { return true }
        return false
    }

    private func emit(_ draft: Draft, _ first: Int, _ end: Int, _ para: ParagraphText, _ raw: inout [RawMention], _ covered: inout Coverage) {
        let toks = para.tokens
        var mention = RawMention(draft: draft, paragraph: para.index, start: toks[first].start, end: toks[end - 1].end, firstToken: first, endToken: end)
        if case .organisation = draft { mention.surface = para.text(mention.start, mention.end) }
        raw.append(mention)
        for t in first..<end { covered[para.index, t] = true }
    }

    /// `the ministries of Justice, Economy and Security`: a plural head (in
    /// lowercase), `of`, and two or more capitalised names joined by commas
    /// and a final `and`/`or` are as many bodies, each named with the
    /// singular head (`Ministry of Justice`) and mentioned where its own name
    /// is written. Anything else after the head (one name, a lowercase word,
    /// `of the …`) is left to the other rules.
    private func coordinatedBodies(after head: Int, in para: ParagraphText, raw: inout [RawMention], covered: inout Coverage) {
        let toks = para.tokens
        guard head + 2 < toks.count, hasText(toks[head + 1], "of", in: para),
              let singular = NameRules.pluralOrganisationHeads[para.text(of: toks[head])] else { return }
        var items: [Range<Int>] = []
        var joinedByAnd = false
        var k = head + 2
        while k < toks.count, toks[k].kind == .word, toks[k].isCapitalised, !covered[para.index, k] {
            var end = k + 1
            while end < toks.count, toks[end].kind == .word, toks[end].isCapitalised, toks[end].start == toks[end - 1].end + 1,
                  !covered[para.index, end] { end += 1 }
            items.append(k..<end)
            // then `,`, `and`, `or` or `, and`, each maybe followed by `of`, before the next name
            var next = end
            if next < toks.count, toks[next].isMark(",") { next += 1 }
            let isLast = next < toks.count && (hasText(toks[next], "and", in: para) || para.text(of: toks[next]) == "or")
            if isLast { next += 1 }
            if next < toks.count, hasText(toks[next], "of", in: para) { next += 1 }
            guard next > end, next < toks.count, toks[next].kind == .word, toks[next].isCapitalised else { break }
            if joinedByAnd { break }   // the name after `and` was the last
            joinedByAnd = isLast
            k = next
        }
        guard items.count >= 2, joinedByAnd else { return }
        for item in items {
            emit(.organisation(singular + " of " + para.text(toks[item.lowerBound].start, toks[item.upperBound - 1].end)),
                 item.lowerBound, item.upperBound, para, &raw, &covered)
        }
    }

    /// The plural head that closes a run, and the run's words before it: the
    /// lowercase word right after the run (`… departments`) or the run's
    /// own last word (`… Departments`). Asked of every run, so answered from
    /// the words' facts alone.
    @inline(__always)
    private func pluralHead(closing run: Range<Int>, in para: ParagraphText) -> (head: Int, names: Range<Int>)? {
        let toks = para.tokens
        if run.upperBound < toks.count, toks[run.upperBound].isInAsWritten(.pluralOrganisationHead),
           toks[run.upperBound].start == toks[run.upperBound - 1].end + 1 {
            return (run.upperBound, run)
        }
        if run.count > 1, toks[run.upperBound - 1].isCapitalised, toks[run.upperBound - 1].isIn(.pluralOrganisationHead) {
            return (run.upperBound - 1, run.lowerBound ..< run.upperBound - 1)
        }
        return nil
    }

    /// `the Justice and Treasury departments`, `the State and Homeland Security
    /// Departments`: two or more names joined by `and` right before a plural
    /// head are as many bodies, each its name and the singular head
    /// (`Justice Department`), mentioned where its name is written. Not when
    /// a name is a country or a people (`the French and German ministries`
    /// are no proper names). Returns whether the run was taken so.
    private func bodiesBeforePluralHead(_ names: Range<Int>, head: Int, in para: ParagraphText, raw: inout [RawMention], covered: inout Coverage) -> Bool {
        let toks = para.tokens
        guard let singular = NameRules.pluralOrganisationHeads[para.lower(of: toks[head])] else { return false }
        // names of capitalised words only, split at `and` (after a sentence's `The`)
        var items: [Range<Int>] = []
        var start = names.lowerBound
        while start < names.upperBound, toks[start].isIn(.determiner) { start += 1 }
        for k in start ..< names.upperBound {
            if toks[k].kind == .word && toks[k].isCapitalised { continue }
            guard hasText(toks[k], "and", in: para), k > start else { return false }
            items.append(start ..< k)
            start = k + 1
        }
        guard start < names.upperBound else { return false }
        items.append(start ..< names.upperBound)
        guard items.count >= 2, !items.contains(where: { item in
            gazetteer.country(para.scalars, toks[item.lowerBound].start, toks[item.upperBound - 1].end) != nil
                || gazetteer.country(para.scalars, toks[item.lowerBound].start, toks[item.lowerBound].end) != nil
        }) else { return false }
        for item in items {
            emit(.organisation(para.text(toks[item.lowerBound].start, toks[item.upperBound - 1].end) + " " + singular),
                 item.lowerBound, item.upperBound, para, &raw, &covered)
        }
        covered[para.index, head] = true
        return true
    }

    /// Whether a stretch of capitalised words is a person's name, and whose.
    private func considerPerson(tokens r: Range<Int>, in para: ParagraphText, people: inout [PersonDraft], raw: inout [RawMention],
                                covered: inout Coverage, singles: inout [(paragraph: Int, token: Int, titled: Bool, gender: PersonGender?)],
                                midCapitals: [UInt8]) {
        let toks = para.tokens
        var r = r
        // a sentence-initial everyday word is not a name start (`Nevertheless`, `Both`)
        while r.count > 0, toks[r.lowerBound].kind == .punctuation {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        let startsWithInitial = r.count > 1 && toks[r.lowerBound].isOneCharacter && toks[r.lowerBound + 1].isMark(".")
        while r.count > 0, !startsWithInitial, para.isSentenceStart[r.lowerBound] || toks[r.lowerBound].isAllCaps,
              gazetteer.isVeryCommonWord(toks[r.lowerBound]) && !gazetteer.isGivenName(toks[r.lowerBound]),
              !(r.count > 2 && toks[r.lowerBound + 1].isMark("-") && toks[r.lowerBound + 1].start == toks[r.lowerBound].end) {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        // everyday words leading a long stretch are a portfolio or a modifier, not the
        // name (`… Minister of Natural Resources Nguyễn Thị Lan Anh`)
        while r.count > 2, toks[r.lowerBound].kind == .word, toks[r.lowerBound].characterCount > 1,
              gazetteer.isVeryCommonWord(toks[r.lowerBound]),
              // (`Jean-Marc`: a word joined by a hyphen is part of the name)
              !(toks[r.lowerBound + 1].isMark("-") && toks[r.lowerBound + 1].start == toks[r.lowerBound].end),
              !gazetteer.isGivenName(toks[r.lowerBound]), !NameRules.familyNamesFirst.contains(para.text(of: toks[r.lowerBound])) {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        // the words, and the meaningful ones (not particles), by token index: asked
        // about in place (a stretch has a few words, and lists of them cost more
        // to make than to read)
        func isWord(_ i: Int) -> Bool { toks[i].kind == .word }
        func isMeaningful(_ i: Int) -> Bool { toks[i].kind == .word && !toks[i].isInAsWritten(.nameParticle) }
        // a heading capitalises its verbs too: a name ends before an everyday word
        // (`Donald Trump Is Right`, `Ana Roe Says`)
        if para.kind == .heading, r.count > 1,
           let cut = (r.lowerBound + 1..<r.upperBound).first(where: { toks[$0].kind == .word && (gazetteer.commonWordRank(toks[$0]) ?? Int.max) < 1000
                                                                       && !gazetteer.isGivenName(toks[$0]) }) {
            r = r.lowerBound..<cut
            while r.count > 0, toks[r.upperBound - 1].kind != .word { r = r.lowerBound..<(r.upperBound - 1) }
        }
        let wordCount = r.count(where: isWord)
        guard wordCount > 0, wordCount <= 5 else { return }
        let titleBefore = titleBefore(r.lowerBound, in: para)
        let followedBySpeech = r.upperBound < toks.count && toks[r.upperBound].isSpeechVerb
        let firstMeaningful = r.first(where: isMeaningful)
        if r.contains(where: { isMeaningful($0) && toks[$0].isAllCaps && toks[$0].characterCount > 1 && !Self.isDottedInitials(para.text(of: toks[$0]))
            && !($0 == r.upperBound - 1 && $0 > r.lowerBound && Self.generationSuffixes.contains(para.text(of: toks[$0]))) }) {
            return
        }
        let meaningfulCount = r.count(where: isMeaningful)
        if meaningfulCount == 1 {
            let t = toks[firstMeaningful!]
            // (a word after an honorific is a name however common: `Mr. King`, `Ms. Long`;
            // one before a speech verb when it is no everyday word, also opening a sentence)
            if (titleBefore.isStrong && ((gazetteer.commonWordRank(t) ?? Int.max) > 1000 || isAfterHonorific(r.lowerBound, in: para)))
                || (followedBySpeech && !gazetteer.isCommonWord(t))
                || (isSpeakerSlot(r, in: para) && !para.isSentenceStart[r.lowerBound] && !gazetteer.isVeryCommonWord(t) && !t.isIn(.title)) {
                singles.append((para.index, r.lowerBound + r.firstIndex { para.text(of: toks[$0]) == para.text(of: t) }! - r.lowerBound, titleBefore.isTitled, titleBefore.gender))
            }
            return
        }
        // `Lancang-Mekong cooperation`, `Trump-Putin summit`: hyphen-joined words with
        // no space between them, modifying a noun, name a pairing, not a person
        let joinedByHyphens = r.count > 1 && (r.lowerBound..<(r.upperBound - 1)).allSatisfy { toks[$0].end == toks[$0 + 1].start }
        if joinedByHyphens && !titleBefore.isTitled && !followedBySpeech && !gazetteer.isGivenName(toks[firstMeaningful!]) { return }
        // `the border town of Tân Châu`, `the province of Bến Tre`: a place
        if r.lowerBound >= 2, hasText(toks[r.lowerBound - 1], "of", in: para), toks[r.lowerBound - 2].isIn(.placeNoun) { return }
        // `the Tonle Sap lake`, `the Mekong river`
        if r.upperBound < toks.count, !toks[r.upperBound].isCapitalised, toks[r.upperBound].isIn(.placeHead) || toks[r.upperBound].isIn(.thingHead) { return }
        // `the Framingham Heart Study`, `the Hayden Planetarium`: a named thing
        if let last = r.last(where: isMeaningful), toks[last].isIn(.thingHead) { return }
        let f = firstMeaningful!
        let givenFirst = gazetteer.isGivenName(toks[f])
            // (`Jean-Marc`, `Anne-Marie`: a given name joined to the first word)
            || (f + 2 < r.upperBound && toks[f + 1].isMark("-") && toks[f + 1].start == toks[f].end && gazetteer.isGivenName(toks[f + 2]))
            || (NameRules.familyNamesFirst.contains(para.text(of: toks[firstMeaningful!])) && meaningfulCount <= 4
                && !gazetteer.isVeryCommonWord(toks[(firstMeaningful! + 1..<r.upperBound).first(where: isMeaningful)!]))
        // with no given name or title to go by, a name is made of uncommon words, at
        // least one of them no English word at all (`Hori Parata`, not `Golden Globes`),
        // and does not end on a place word (`Stewart Island`)
        let uncommon = r.allSatisfy { !isMeaningful($0) || !gazetteer.isVeryCommonWord(toks[$0]) || gazetteer.isGivenName(toks[$0]) }
            && r.contains { isMeaningful($0) && !gazetteer.isCommonWord(toks[$0]) }
            && !toks[r.last(where: isMeaningful)!].isIn(.placeHead)
        let anyUncommon = r.contains { isMeaningful($0) && !gazetteer.isVeryCommonWord(toks[$0]) }
        // (in a speaker slot, any stretch of two or three capitalised words mid-sentence: `said Charlie King`)
        let namedSpeaker = meaningfulCount <= 3 && !para.isSentenceStart[r.lowerBound] && isSpeakerSlot(r, in: para)
        guard givenFirst || uncommon || ((titleBefore.isTitled || followedBySpeech) && anyUncommon) || namedSpeaker
            || surnameRecurs(r, in: para, midCapitals: midCapitals, meaningfulCount: meaningfulCount) else { return }
        if r.contains(where: { isMeaningful($0) && toks[$0].isIn(.organisationHead) && !gazetteer.isGivenName(toks[$0]) }) { return }
        let name = para.text(toks[r.lowerBound].start, toks[r.upperBound - 1].end)
        // the same person under the same or a longer/shorter full form; particles
        // compare in lowercase (`Van der Meulen` may open a sentence)
        var parts: [String] = []
        parts.reserveCapacity(wordCount)
        var nameParts: UInt8 = 0
        for i in r where isWord(i) {
            let lowered = toks[i].isIn(.nameParticle) && wordCount > 2
            if Self.isNamePart(toks[i], lowered: lowered) { nameParts |= 1 << parts.count }
            parts.append(lowered ? para.lower(of: toks[i]) : para.text(of: toks[i]))
        }
        let existing = people.firstIndex { Self.isSameName($0.tokens, parts) }
        let gender = titleBefore.gender ?? gazetteer.gender(ofGivenName: toks[firstMeaningful!])
        let role = titleBefore.role ?? appositiveRole(after: r.upperBound, in: para)
        let pi: Int
        if let e = existing {
            pi = e
            if parts.count > people[e].tokens.count { (people[e].tokens, people[e].nameParts) = (parts, nameParts) }
            people[e].addForm(name)
            if people[e].role == nil { people[e].role = role }
            if people[e].gender == nil { people[e].gender = gender }
        } else {
            pi = people.count
            people.append(PersonDraft(tokens: parts, nameParts: nameParts, forms: [name], role: role, gender: gender))
        }
        raw.append(RawMention(draft: .person(pi), paragraph: para.index, start: toks[r.lowerBound].start, end: toks[r.upperBound - 1].end,
                              firstToken: r.lowerBound, endToken: r.upperBound))
        for t in r { covered[para.index, t] = true }
    }

    /// Whether a token's text is `connector`, one of the lowercase words that
    /// join an organisation's name (`of`, `for`, `the`): the word's facts rule
    /// out nearly every token before any text is compared.
    private func hasText(_ t: Token, _ connector: String, in para: ParagraphText) -> Bool {
        assert(NameRules.orgConnectors.contains(connector))
        return t.isInAsWritten(.orgConnector) && para.text(of: t) == connector
    }

    /// Whether two names (their words, neither empty) are one person's: the
    /// same last word and the same first word, or one of them a single word;
    /// or one name of two words or more begins or ends the other. (The same
    /// words are the same first and last word.) Compared word by word in
    /// place: slices of the names would retain them.
    private static func isSameName(_ a: [String], _ b: [String]) -> Bool {
        if a[a.count - 1] == b[b.count - 1] && (a.count == 1 || b.count == 1 || a[0] == b[0]) { return true }
        if b.count >= 2 && a.count > b.count { return begins(a, with: b) || ends(a, with: b) }
        if a.count >= 2 && b.count > a.count { return ends(b, with: a) || begins(b, with: a) }
        return false
    }

    private static func begins(_ whole: [String], with part: [String]) -> Bool {
        for k in part.indices where whole[k] != part[k] { return false }
        return true
    }

    private static func ends(_ whole: [String], with part: [String]) -> Bool {
        let offset = whole.count - part.count
        for k in part.indices where whole[offset + k] != part[k] { return false }
        return true
    }

    /// A role given in apposition: `Anna Kowalski, Poland's deputy foreign minister,`
    /// or `…, the foreign minister of Peru.` — a short phrase holding a title word.
    private func appositiveRole(after end: Int, in para: ParagraphText) -> String? {
        let toks = para.tokens
        guard end + 1 < toks.count, toks[end].isMark(",") else { return nil }
        var i = end + 1
        if Self.articles.contains(para.lower(of: toks[i])) { i += 1 }
        let start = i
        var hasTitle = false
        while i < toks.count, i - start < 8, toks[i].kind == .word || toks[i].kind == .possessive || toks[i].isMark("-") {
            if toks[i].isIn(.title) { hasTitle = true }
            if toks[i].isSpeechVerb || Self.relativePronouns.contains(para.lower(of: toks[i])) { return nil }
            i += 1
        }
        // (`,`, `.` or `;`, told by the mark)
        guard hasTitle, i > start, i == toks.count || toks[i].isMark(",") || toks[i].isMark(".") || toks[i].isSemicolon else { return nil }
        return para.text(toks[start].start, toks[i - 1].end)
    }

    /// The word with its apostrophes typed the other way (`'` ↔ `’`), or nil
    /// when it has none.
    /// (Asked of every name part, so the scalars are read: Foundation's
    /// `contains` would fold the text first.)
    static func otherApostrophe(_ word: String) -> String? {
        var curly = false, straight = false
        for s in word.unicodeScalars {
            if s == "\u{2019}" { curly = true } else if s == "'" { straight = true }
        }
        guard curly || straight else { return nil }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { s in
            s == "\u{2019}" ? "'" : s == "'" && !curly ? "\u{2019}" : s
        }))
    }

    /// `Mr. X`, `Mrs X`: an honorific, with or without its full stop, right before token `i`.
    private func isAfterHonorific(_ i: Int, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        if i >= 2, toks[i - 1].isMark("."), toks[i - 2].kind == .word { return Self.honorifics.contains(para.lower(of: toks[i - 2])) }
        return i >= 1 && toks[i - 1].kind == .word && Self.honorifics.contains(para.lower(of: toks[i - 1]))
    }

    // (a few words: compared in turn, cheaper than hashing the word)
    static let articles = ["the", "a", "an"]
    static let relativePronouns = ["who", "which", "whose"]
    static let honorifics = ["mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "miss"]

    /// `Vann R. Newkirk II`: a generation after a name, written in capitals.
    static let generationSuffixes: Set<String> = ["II", "III", "IV"]

    /// `P.J.`, `J.R.`: initials, a name part although written in capitals.
    @inline(never)
    static func isDottedInitials(_ text: String) -> Bool {
        var expectLetter = true
        for u in text.unicodeScalars {
            if expectLetter { guard u.properties.isUppercase else { return false } } else { guard u == "." else { return false } }
            expectLetter.toggle()
        }
        return expectLetter && text.count >= 2
    }

    /// The role words right before a name (`Kremlin spokesman`, `Ukrainian
    /// President`), and the gender an honorific gives.
    private func titleBefore(_ i: Int, in para: ParagraphText) -> (isTitled: Bool, isStrong: Bool, role: String?, gender: PersonGender?) {
        let toks = para.tokens
        var j = i - 1
        var isTitled = false
        var gender: PersonGender? = nil
        var roleStart: Int? = nil
        while j >= 0 {
            let t = toks[j]
            // (`elect` is a personal title: the word's facts rule out the rest before the text is compared)
            if t.kind == .word && (t.isIn(.title) || t.isIn(.personalTitle) && para.lower(of: t) == "elect") {
                isTitled = true
                if t.isIn(.maleTitle) { gender = gender ?? .male }
                if t.isIn(.femaleTitle) { gender = gender ?? .female }
                roleStart = j
            } else if t.kind == .word && (gazetteer.country(para.scalars, t.start, t.end) != nil || t.isCapitalised && (t.isIn(.orgConnector) && para.lower(of: t) == "of" || t.isIn(.organisationHead))) {
                if roleStart == nil { break }
                roleStart = j
            } else if t.kind == .word && (hasText(t, "of", in: para) || hasText(t, "the", in: para)) && roleStart != nil {
                // `Secretary of State`
            } else if t.kind == .punctuation && t.isMark("."), j > 0, toks[j - 1].end == t.start, toks[j - 1].isIn(.title) {
                // `Sen.`, `Gov.`, `Mr.`: the abbreviation's full stop
            } else if t.kind == .punctuation && t.isMark("-") {
                // `President-elect`
            } else if t.kind == .word, t.isCapitalised, roleStart == nil || roleStart == j + 1,
                      let of = (max(0, j - 4)..<j).last(where: { hasText(toks[$0], "of", in: para) }), of > 0,
                      toks[of - 1].isIn(.title) {
                // the portfolio of a title: `Minister of Natural Resources`
                roleStart = of - 1
                isTitled = true
                j = of - 1
            } else {
                break
            }
            j -= 1
        }
        guard let rs = roleStart else { return (false, false, nil, nil) }
        let titleWord = i > 1 && toks[i - 1].isMark(".") ? i - 2 : i - 1
        let strong = titleWord >= 0 && toks[titleWord].isIn(.personalTitle)
        var first = rs
        while first < i, hasText(toks[first], "of", in: para) || hasText(toks[first], "the", in: para) { first += 1 }
        let role = first < i ? para.text(toks[first].start, toks[i - 1].end) : nil
        // (an honorific has at most four scalars, and lowercasing never makes fewer)
        let honorificOnly = role.map { toks[i - 1].end - toks[first].start <= 4 && Self.honorifics.contains($0.lowercased()) } ?? false
            || (i - first == 2 && toks[i - 1].isMark(".") && Self.honorifics.contains(para.lower(of: toks[first])))
        return (isTitled, strong, honorificOnly ? nil : role, gender)
    }

    // MARK: Assembly

    private func assemble(people: [PersonDraft], raw: [RawMention], paragraphCount: Int) -> Result {
        // draft → entity index: people by number, countries by record, organisations by lowercase name
        var personEntity = [Int?](repeating: nil, count: people.count)
        var countryEntity = [Int?](repeating: nil, count: gazetteer.countries.records.count)
        var organisationEntity: [String: Int] = [:]
        var entities: [Entity] = []
        var genders: [Int: PersonGender] = [:]
        genders.reserveCapacity(people.count)
        // the mentions in text order, by index (sorting the mentions themselves
        // would copy each one's strings)
        let order = raw.indices.sorted { (raw[$0].paragraph, raw[$0].start) < (raw[$1].paragraph, raw[$1].start) }
        // each mention's entity, made on first mention
        var entityOf = [Int](repeating: 0, count: raw.count)
        for ri in order {
            let index: Int
            switch raw[ri].draft {
            case .person(let p):
                if let e = personEntity[p] { index = e } else {
                    index = entities.count
                    personEntity[p] = index
                    // (the draft read in place: a copy would retain its lists)
                    entities.append(Entity(kind: .person, name: people[p].fullestForm ?? people[p].tokens.joined(separator: " "), aliases: [],
                                           role: people[p].role))
                    if let g = people[p].gender { genders[index] = g }
                }
            case .country(let c):
                if let e = countryEntity[c] { index = e } else {
                    index = entities.count
                    countryEntity[c] = index
                    let record = gazetteer.countries.records[c]
                    entities.append(Entity(kind: .country, name: record.name, code: record.code))
                }
            case .organisation(let o):
                let key = Tokenizer.lowercase(o)
                if let e = organisationEntity[key] { index = e } else {
                    index = entities.count
                    organisationEntity[key] = index
                    entities.append(Entity(kind: .organisation, name: o))
                }
            }
            entityOf[ri] = index
        }
        // the lists of mentions, each made at its size: counted first
        var entityMentions = [Int](repeating: 0, count: entities.count)
        var paragraphMentions = [Int](repeating: 0, count: paragraphCount)
        var demonymCount = 0
        for ri in raw.indices {
            entityMentions[entityOf[ri]] += 1
            paragraphMentions[raw[ri].paragraph] += 1
            if raw[ri].isDemonym { demonymCount += 1 }
        }
        for e in entities.indices { entities[e].mentions.reserveCapacity(entityMentions[e]) }
        var mentions: [[EntityMention]] = paragraphMentions.map { count in
            var list: [EntityMention] = []
            if count > 0 { list.reserveCapacity(count) }
            return list
        }
        var demonyms = Set<Mention>(minimumCapacity: demonymCount)
        for ri in order {
            // (the mention's fields read in place: a copy of it would retain its strings)
            let index = entityOf[ri], paragraph = raw[ri].paragraph, start = raw[ri].start, end = raw[ri].end
            entities[index].mentions.append(Mention(paragraph: paragraph, start: start, end: end))
            if raw[ri].isDemonym { demonyms.insert(Mention(paragraph: paragraph, start: start, end: end)) }
            mentions[paragraph].append(EntityMention(entity: index, start: start, end: end, firstToken: raw[ri].firstToken, endToken: raw[ri].endToken))
        }
        // aliases: the other forms used, in order of first use
        for pi in people.indices {
            guard let index = personEntity[pi] else { continue }
            let name = entities[index].name
            entities[index].aliases = people[pi].forms.filter { $0 != name }
        }
        // organisations: named by the fullest form the article uses
        for ri in raw.indices where !raw[ri].surface.isEmpty {
            guard case .organisation = raw[ri].draft else { continue }
            let index = entityOf[ri]
            if raw[ri].surface.count > entities[index].name.count { entities[index].name = raw[ri].surface }
        }
        // (appended in text order already: sorting is left for any that are not)
        for p in mentions.indices where !Self.isSortedByStart(mentions[p]) {
            mentions[p].sort { $0.start < $1.start }
        }
        return Result(entities: entities, genders: genders, mentions: mentions, demonymMentions: demonyms)
    }

    private static func isSortedByStart(_ mentions: [EntityMention]) -> Bool {
        for i in mentions.indices.dropFirst() where mentions[i - 1].start > mentions[i].start { return false }
        return true
    }
}
