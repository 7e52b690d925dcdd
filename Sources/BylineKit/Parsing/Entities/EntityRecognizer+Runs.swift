/// Runs of capitalised words and what their words are: gazetteer forms,
/// organisations by their head words, titles, and the free words left for people.
extension EntityRecognizer {


    /// The maximal run of capitalised words from `i`, with name particles and
    /// organisation connectors inside it and hyphens joining capitalised words.
    func capitalisedRun(_ para: ParagraphText, from i: Int) -> Range<Int> {
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
            // `National Women’s Institute`, `the Veterans' Trust`: a plural noun for
            // people, in the possessive, inside a capitalised name
            if let next = possessiveInName(after: j, in: para) { j = next; continue }
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

    /// The index after `’s` (or a bare `’` after an `s`) at token `j` when the
    /// word before it is a plural noun for people (`Women`, `Veterans`) and a
    /// capitalised word follows: the possessive is inside a body's name.
    func possessiveInName(after j: Int, in para: ParagraphText) -> Int? {
        let toks = para.tokens
        guard j >= 1, j + 1 < toks.count,
              toks[j].kind == .possessive || (toks[j].kind == .punctuation && (toks[j].first == "'" || toks[j].first == "’") && toks[j].end == toks[j].start + 1),
              toks[j].start == toks[j - 1].end, toks[j - 1].isCapitalised, toks[j + 1].isCapitalised, toks[j + 1].start <= toks[j].end + 1
        else { return nil }
        guard toks[j - 1].isIn(.peopleNoun) else { return nil }
        return toks[j].kind == .possessive || para.scalars[toks[j - 1].end - 1] == "s" ? j + 1 : nil
    }

    /// Decides what the words of one run are.
    /// `kinds`, `lengths`: buffers for the run's slots and the form lengths
    /// tried at a word, kept by the caller from run to run.
    func classify(run: Range<Int>, in para: ParagraphText, slots kinds: inout [Slot], lengths: inout [(len: Int, form: Gazetteer.Form)],
                          people: inout [PersonDraft], raw: inout [RawMention],
                          covered: inout Coverage, singles: inout [(paragraph: Int, token: Int, titled: Bool, gender: PersonGender?)],
                          orgStems: inout [String: String], all paragraphs: [ParagraphText]) {
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
                        if namesAThing(at: run.lowerBound + end, in: para) {
                            for m in k..<end { kinds[m] = .other }
                            k = end
                            matched = true
                            break
                        }
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
                  let c = gazetteer.country(para.scalars, tokenAt(m).start, tokenAt(m).end) else { continue }
            // (a demonym only right after a given name that is no common word: `Mark Cuban`)
            if c.kind == .demonym {
                let given = tokenAt(m - 1)
                if m - 1 == 0 || kinds[m - 2] != .free || tokenAt(m - 2).isIn(.title),
                   gazetteer.isGivenName(given), !given.isIn(.nonEntity) { kinds[m] = .free }
                continue
            }
            var first = m - 1
            while first > 0, kinds[first - 1] == .free, !tokenAt(first - 1).isIn(.title) { first -= 1 }
            // (a country's own name, `Jordan`, only right after the given name: `Michael Jordan`)
            if gazetteer.isGivenName(tokenAt(first)), countryName(c) != para.text(of: tokenAt(m)) || first == m - 1 { kinds[m] = .free }
            // (`Chief Chuck Jordan said`: one capitalised word and the place, in a speaker's slot)
            else if first == m - 1, m + 1 == run.count, c.kind != .metonym, tokenAt(first).kind == .word,
                    !tokenAt(first).isIn(.determiner), !tokenAt(first).isIn(.nonEntity), isSpeakerSlot(run, in: para) { kinds[m] = .free }
        }

        // `the Paris Agreement`, `the Geneva Convention`: a city naming a treaty or
        // another named thing is part of its name, not a mention of its country
        if let head = (1..<max(1, run.count)).first(where: { tokenAt($0).isCapitalised && tokenAt($0).isIn(.thingHead) }) {
            for m in 0..<head {
                guard case .country(_, let s) = kinds[m], s == m,
                      gazetteer.country(para.scalars, tokenAt(m).start, tokenAt(m).end)?.kind == .place else { continue }
                var e = m
                while e < head, case .country(_, let s2) = kinds[e], s2 == s { kinds[e] = .other; e += 1 }
            }
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
            // (`A.` in `Julie A. Diaz`: a middle initial, though `A` opens sentences)
            if t.isIn(.nonEntity), !(m > 0 && t.isOneCharacter && m + 1 < run.count && tokenAt(m + 1).isMark(".")) { kinds[m] = .other; continue }
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

        // 4. a name announced by a common noun (`the company Nordlink Data`), by
        // where it is based (`Leeds-based Marrow Analytics`), or followed by its
        // shops (`Fenwick Grocers stores`) is a body
        if isAnnouncedBody(run, in: para) {
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

        // 4c. `told WKRQ`, `Marlow.com`: a word in capitals that names an outlet,
        // and a name written as a web address, are bodies
        if let end = bodyByForm(run, kinds: kinds, in: para) {
            emit(.organisation(para.text(toks[run.lowerBound].start, toks[end - 1].end)), run.lowerBound, end, para, &raw, &covered)
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
            considerPerson(tokens: first..<end, in: para, people: &people, raw: &raw, covered: &covered, singles: &singles, all: paragraphs)
            s = e + 1
        }
    }

    /// Whether the words around a run say it names a body: a common noun
    /// before it (`the company …`), `-based` right before it, or a noun for a
    /// business's premises or trade right after it (`… stores`, `… customers`).
    func isAnnouncedBody(_ run: Range<Int>, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        if run.lowerBound > 0, toks[run.lowerBound - 1].isIn(.organisationNoun), !toks[run.lowerBound - 1].isCapitalised { return true }
        // (the word facts answer: no text is made for a run)
        if run.lowerBound >= 2, toks[run.lowerBound - 1].isInAsWritten(.basedWord), toks[run.lowerBound - 2].isMark("-"),
           toks[run.lowerBound - 1].start == toks[run.lowerBound - 2].end { return true }
        return run.upperBound < toks.count && toks[run.upperBound].kind == .word && toks[run.upperBound].isInAsWritten(.businessNoun)
    }

    /// The end of a body's name that its form alone shows, for a run of one
    /// word no other rule took: a web address (`Marlow.com`), or an unknown
    /// word of three to five capitals where an outlet stands (`told WKRQ`,
    /// `according to KZTV`, `WKRQ reported`).
    func bodyByForm(_ run: Range<Int>, kinds: [Slot], in para: ParagraphText) -> Int? {
        let toks = para.tokens
        guard run.count == 1, kinds[0] == .free, toks[run.lowerBound].kind == .word else { return nil }
        let i = run.lowerBound
        let t = toks[i]
        // (the tokenizer keeps `Marlow.com` one word; the text is made only for a word with a dot near its end)
        if let dot = (max(t.start + 1, t.end - 5)..<t.end).last(where: { para.scalars[$0] == "." }),
           Self.webDomains.contains(para.text(dot + 1, t.end)) {
            return i + 1
        }
        guard t.isAllCaps, (3...5).contains(t.characterCount), !gazetteer.isGivenName(t) else { return nil }
        if i >= 1, para.text(of: toks[i - 1]) == "told" { return i + 1 }
        if isAfterAccordingTo(i, in: para) { return i + 1 }
        if i + 1 < toks.count, ["reported", "reports"].contains(para.text(of: toks[i + 1])) { return i + 1 }
        return nil
    }

    /// The endings of web addresses that name a body (`Marlow.com`).
    static let webDomains: Set<String> = ["com", "org", "net", "co", "io", "news", "info"]

    /// A title word that is a surname: last in its run, right after a given
    /// name (`Charlie King`, `Ann Marshal`), or alone after an honorific
    /// (`Mr. King`, `Ms. Bishop`), where no title can stand.
    func isSurnameThoughTitle(_ m: Int, run: Range<Int>, in para: ParagraphText, kinds: [Slot]) -> Bool {
        let toks = para.tokens
        guard m == run.count - 1 else { return false }
        if m > 0 {
            guard kinds[m - 1] == .free, !toks[run.lowerBound + m - 1].isIn(.title) else { return false }
            return gazetteer.isGivenName(toks[run.lowerBound + m - 1]) || isSpeakerSlot(run, in: para)
        }
        return isAfterHonorific(run.lowerBound, in: para)
    }

    /// What a word of a run was found to be. A country holds its record's
    /// index in the gazetteer, an organisation the index of its name in
    /// `classify`'s list of names; both the run index where their form starts.
    enum Slot: Equatable {
        case free, title, connector, other
        case country(Int, Int)
        case organisation(Int, Int)
    }

    /// The organisations a run names by their head words, as token ranges
    /// relative to the run: `US State Department`, `Church of Scientology`,
    /// `Massachusetts Institute of Technology` and `Colorado State University`
    /// as two. A head takes the capitalised words before it (not across `and`)
    /// and `of …`/`for …` phrases after it, but not a trailing `of the US`.
    func organisationSpans(run: Range<Int>, kinds: [Slot], in para: ParagraphText) -> [Range<Int>] {
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
                if start >= 2, possessiveInName(after: run.lowerBound + start - 1, in: para) != nil { start -= 1; continue }
                guard t.kind == .word else { break }
                // not back across `of`: in `Matthew Ingram of The Globe and Mail` the name
                // before `of` is a person; a body's `of` phrase follows its head instead
                // (a heading in title case capitalises its verbs: `Roe Says Museum …` names no `Roe Says Museum`)
                if para.isHeadlineCase, (gazetteer.commonWordRank(t) ?? Int.max) < 1000, !t.isIn(.organisationHead) { break }
                if (t.isCapitalised && (prev == .free || isCountrySlot(prev) || prev == .title)) || Self.frenchParticles.contains(para.text(of: t)) {
                    start -= 1
                } else { break }
            }
            while start < h, (tok(start).isIn(.nonEntity) && !tok(start).isIn(.regionWord))
                || Self.leadingConnectors.contains(para.text(of: tok(start))) || (start == 0 && para.isSentenceStart[run.lowerBound] && para.text(of: tok(start)) == "The") {
                start += 1
            }
            // a lone head (`Post`, `Office`, `Court`) is not a name of its own,
            // nor is a body's name that opens a thing's (`the Writers Guild Awards`)
            if !(start == h && end == h + 1), !namesAThing(at: run.lowerBound + end, in: para) {
                spans.append(start..<end)
                floor = end
            }
            m = end
        }
        return spans
    }

    /// Whether token `i` goes on a body's name into the name of a thing: a
    /// thing's head (`… Guild Awards`, `… Council Prize`), or a bill with its
    /// number (`Senate Bill 14`, `House Resolution 5`).
    func namesAThing(at i: Int, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        guard i < toks.count, toks[i].kind == .word, toks[i].isCapitalised else { return false }
        if toks[i].isIn(.thingHead) && !toks[i].isIn(.organisationHead) { return true }
        return i + 1 < toks.count && toks[i + 1].kind == .number && NameRules.numberedBills.contains(para.lower(of: toks[i]))
    }

    /// `… of …`, `… for the …`, `… and …`: phrases that may continue a body's name after its head.
    static let headPhraseConnectors: Set<String> = ["of", "for", "and", "&"]

    static let frenchParticles: Set<String> = ["de", "du", "des"]

    /// Words a body's name does not start with.
    static let leadingConnectors: Set<String> = ["of", "the", "for"]

    /// The name of the country a form refers to.
    func countryName(_ c: CountryGazetteer.Entry) -> String { gazetteer.countries.records[c.index].name }

    func isCountrySlot(_ s: Slot) -> Bool {
        if case .country = s { return true }
        return false
    }

    func emit(_ draft: Draft, _ first: Int, _ end: Int, _ para: ParagraphText, _ raw: inout [RawMention], _ covered: inout Coverage) {
        let toks = para.tokens
        var mention = RawMention(draft: draft, paragraph: para.index, start: toks[first].start, end: toks[end - 1].end, firstToken: first, endToken: end)
        if case .organisation = draft { mention.surface = para.text(mention.start, mention.end) }
        raw.append(mention)
        for t in first..<end { covered[para.index, t] = true }
    }
}
