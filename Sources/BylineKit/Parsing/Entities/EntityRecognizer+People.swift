/// Whether a stretch of capitalised words is a person, and whose name it is:
/// given names, titles and honorifics, a speaker's slot, a surname the text
/// uses again; and the name's forms, which later mentions are linked by.
extension EntityRecognizer {
    /// A stretch of two or three words, none an everyday one of the commonest
    /// thousand, whose last word the text also writes capitalised on its own
    /// inside a sentence (`Dana Ortiz` … `, Ortiz said`): a person's name and
    /// surname, though its words are in the word list.
    /// (Asked only of stretches no other rule took, so the text is searched
    /// then rather than counted for every parse.)
    func surnameRecurs(_ r: Range<Int>, in para: ParagraphText, all paragraphs: [ParagraphText], meaningfulCount: Int) -> Bool {
        let toks = para.tokens
        guard meaningfulCount >= 2, meaningfulCount <= 3, let last = r.last(where: { toks[$0].kind == .word }) else { return false }
        guard !toks[last].isIn(.placeHead), !toks[last].isIn(.organisationHead), !toks[last].isIn(.title),
              r.allSatisfy({ toks[$0].kind != .word || ((gazetteer.commonWordRank(toks[$0]) ?? Int.max) >= 1000 && !toks[$0].isIn(.title)) })
        else { return false }
        // the word written capitalised inside a sentence elsewhere (the paragraphs of
        // one parse share their word ids)
        let w = toks[last].word
        for p in paragraphs where p.words === para.words {
            for ti in p.tokens.indices where p.tokens[ti].word == w && !(p.index == para.index && ti == last)
                && p.tokens[ti].isCapitalised && !p.isSentenceStart[ti] {
                return true
            }
        }
        return false
    }


    /// A run right before a speech verb (`X said`) or right after one (`said
    /// X,`, `said X.`): where a news sentence names who spoke, so its words
    /// name someone even when they are everyday words (`Charlie King`).
    func isSpeakerSlot(_ r: Range<Int>, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        if r.upperBound < toks.count, toks[r.upperBound].kind == .word, toks[r.upperBound].isSpeechVerb,
           !toks[r.upperBound].isIn(.beliefSpeech) { return true }
        // `as X put it`
        if SpeechCues.isPutIt(at: r.upperBound, in: para) { return true }
        // `X, 25, said`: an age between the name and the verb
        if r.upperBound + 3 < toks.count, toks[r.upperBound].isMark(","), toks[r.upperBound + 1].kind == .number,
           toks[r.upperBound + 2].isMark(","), toks[r.upperBound + 3].isSpeechVerb { return true }
        // `"…," X, a nurse, said` / `"…," X said`: a name right after a quote that a comma closed
        if r.lowerBound >= 2, toks[r.lowerBound - 1].kind == .punctuation, QuoteFinder.isDoubleMark(toks[r.lowerBound - 1].first),
           toks[r.lowerBound - 2].isMark(",") || toks[r.lowerBound - 2].isMark("?") || toks[r.lowerBound - 2].isMark("!"),
           r.upperBound < toks.count, toks[r.upperBound].isMark(",") { return true }
        // `"…" ― X` ending its paragraph (or before `, a teacher`): a dash credit
        if r.lowerBound >= 2, toks[r.lowerBound - 1].kind == .punctuation, Self.isCreditDash(toks[r.lowerBound - 1].first),
           toks[r.lowerBound - 2].kind == .punctuation, QuoteFinder.isDoubleMark(toks[r.lowerBound - 2].first),
           r.upperBound == toks.count || toks[r.upperBound].isMark(",") || (toks[r.upperBound].isMark(".") && r.upperBound + 1 == toks.count) {
            return true
        }
        // (a title between: `said Sen. X`, `said Rep. X`)
        var b = r.lowerBound - 1
        while b >= 0, b >= r.lowerBound - 4, toks[b].isIn(.title) || toks[b].isMark(".") { b -= 1 }
        guard b >= 0, toks[b].kind == .word, toks[b].isSpeechVerb, !toks[b].isIn(.beliefSpeech), !toks[b].isCapitalised else { return false }
        // (`said X "…"`: X is what was spoken of, not who spoke)
        return r.upperBound == toks.count || toks[r.upperBound].isMark(",") || toks[r.upperBound].isMark(".")
            || toks[r.upperBound].isSemicolon || toks[r.upperBound].isMark("(")
    }

    /// The dashes that credit a quote to its author: em dash, horizontal bar, en dash.
    static func isCreditDash(_ s: Unicode.Scalar) -> Bool { s == "\u{2014}" || s == "\u{2015}" || s == "\u{2013}" }

    /// `according to` right before token `i`.
    func isAfterAccordingTo(_ i: Int, in para: ParagraphText) -> Bool {
        i >= 2 && para.lower(of: para.tokens[i - 1]) == "to" && para.lower(of: para.tokens[i - 2]) == "according"
    }

    /// Whether a stretch of capitalised words is a person's name, and whose.
    func considerPerson(tokens r: Range<Int>, in para: ParagraphText, people: inout [PersonDraft], raw: inout [RawMention],
                                covered: inout Coverage, singles: inout [(paragraph: Int, token: Int, titled: Bool, gender: PersonGender?)],
                                all paragraphs: [ParagraphText]) {
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
                || (isSpeakerSlot(r, in: para) && !para.isSentenceStart[r.lowerBound] && !gazetteer.isVeryCommonWord(t) && !t.isIn(.title))
                // `"…," Clinton said`: right after a quote and before its cue, any name
                || (followedBySpeech && r.lowerBound >= 2 && toks[r.lowerBound - 1].kind == .punctuation
                    && QuoteFinder.isDoubleMark(toks[r.lowerBound - 1].first) && toks[r.lowerBound - 2].isMark(",") && !t.isIn(.title)) {
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
        // (initials and a generation, `R.` and `II` in `Vann R. Newkirk II`, are no words to judge by)
        func isCore(_ i: Int) -> Bool {
            isMeaningful(i) && toks[i].characterCount > 1 && !(toks[i].isAllCaps && Self.generationSuffixes.contains(para.text(of: toks[i])))
        }
        let uncommon = r.allSatisfy { !isCore($0) || !gazetteer.isVeryCommonWord(toks[$0]) || gazetteer.isGivenName(toks[$0]) }
            && r.contains { isMeaningful($0) && !gazetteer.isCommonWord(toks[$0]) }
            && !toks[r.last(where: isMeaningful)!].isIn(.placeHead)
        let anyUncommon = r.contains { isMeaningful($0) && !gazetteer.isVeryCommonWord(toks[$0]) }
        // (in a speaker slot, any stretch of two or three capitalised words mid-sentence: `said Charlie King`)
        let namedSpeaker = r.count(where: isCore) <= 3 && !para.isSentenceStart[r.lowerBound] && isSpeakerSlot(r, in: para)
        guard givenFirst || uncommon || ((titleBefore.isTitled || followedBySpeech) && anyUncommon) || namedSpeaker
            || surnameRecurs(r, in: para, all: paragraphs, meaningfulCount: meaningfulCount) else { return }
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
    func hasText(_ t: Token, _ connector: String, in para: ParagraphText) -> Bool {
        assert(NameRules.orgConnectors.contains(connector))
        return t.isInAsWritten(.orgConnector) && para.text(of: t) == connector
    }

    /// Whether two names (their words, neither empty) are one person's: the
    /// same last word and the same first word, or one of them a single word;
    /// or one name of two words or more begins or ends the other. (The same
    /// words are the same first and last word.) Compared word by word in
    /// place: slices of the names would retain them.
    static func isSameName(_ a: [String], _ b: [String]) -> Bool {
        if a[a.count - 1] == b[b.count - 1] && (a.count == 1 || b.count == 1 || a[0] == b[0]) { return true }
        if b.count >= 2 && a.count > b.count { return begins(a, with: b) || ends(a, with: b) }
        if a.count >= 2 && b.count > a.count { return ends(b, with: a) || begins(b, with: a) }
        return false
    }

    static func begins(_ whole: [String], with part: [String]) -> Bool {
        for k in part.indices where whole[k] != part[k] { return false }
        return true
    }

    static func ends(_ whole: [String], with part: [String]) -> Bool {
        let offset = whole.count - part.count
        for k in part.indices where whole[offset + k] != part[k] { return false }
        return true
    }

    /// A role given in apposition: `Anna Kowalski, Poland's deputy foreign minister,`
    /// or `…, the foreign minister of Peru.` — a short phrase holding a title word.
    func appositiveRole(after end: Int, in para: ParagraphText) -> String? {
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
    func isAfterHonorific(_ i: Int, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        if i >= 2, toks[i - 1].isMark("."), toks[i - 2].kind == .word { return Self.honorifics.contains(para.lower(of: toks[i - 2])) }
        return i >= 1 && toks[i - 1].kind == .word && Self.honorifics.contains(para.lower(of: toks[i - 1]))
    }

    /// `WALLACE: Let's start …` / `"PENCE: Well, …`: an interview printed as a
    /// transcript opens each turn with the speaker's name in capitals and a
    /// colon. A label that opens two paragraphs or more is a person: the one
    /// the text already names so (`Pence` of `Mike Pence`), or one of its own,
    /// named as the label is, in title case (`Wallace`). A label that is an
    /// everyday word (`WATCH:`, `UPDATE:`) names no one new.
    func transcriptLabels(_ paragraphs: [ParagraphText], people: inout [PersonDraft], partOwners: [String: PartOwners],
                          raw: inout [RawMention], covered: inout Coverage) {
        var labels: [(paragraph: Int, first: Int, end: Int)] = []
        for para in paragraphs {
            let toks = para.tokens
            var k = 0
            while k < toks.count, k < 2, toks[k].kind == .punctuation, QuoteFinder.isDoubleMark(toks[k].first) { k += 1 }
            let first = k
            while k < toks.count, k - first < 2, toks[k].kind == .word, toks[k].isAllCaps, toks[k].characterCount > 1 { k += 1 }
            guard k > first, k < toks.count, toks[k].isMark(":"), (first..<k).allSatisfy({ !covered[para.index, $0] }) else { continue }
            labels.append((para.index, first, k))
        }
        guard labels.count >= 2 else { return }
        func titleCase(_ word: Substring) -> String { word.prefix(1) + word.dropFirst().lowercased() }
        var counts: [String: Int] = [:]
        for l in labels { counts[paragraphs[l.paragraph].text(paragraphs[l.paragraph].tokens[l.first].start, paragraphs[l.paragraph].tokens[l.end - 1].end), default: 0] += 1 }
        var made: [String: Int] = [:]
        for l in labels {
            let para = paragraphs[l.paragraph]
            let label = para.text(para.tokens[l.first].start, para.tokens[l.end - 1].end)
            guard counts[label, default: 0] >= 2 else { continue }
            let name = label.split(separator: " ").map(titleCase).joined(separator: " ")
            let person: Int
            if let known = made[label] {
                person = known
            } else if let owners = partOwners[name.split(separator: " ").last.map(String.init) ?? name], let owner = owners.surname ?? owners.first {
                person = owner
            } else {
                guard !(l.first..<l.end).contains(where: { gazetteer.isVeryCommonWord(para.tokens[$0]) }) else { continue }
                person = people.count
                people.append(PersonDraft(tokens: name.split(separator: " ").map(String.init), nameParts: l.end - l.first == 1 ? 1 : 3,
                                          forms: [name], role: nil, gender: nil))
            }
            made[label] = person
            raw.append(RawMention(draft: .person(person), paragraph: l.paragraph, start: para.tokens[l.first].start,
                                  end: para.tokens[l.end - 1].end, firstToken: l.first, endToken: l.end))
            for t in l.first..<l.end { covered[l.paragraph, t] = true }
        }
    }

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
    func titleBefore(_ i: Int, in para: ParagraphText) -> (isTitled: Bool, isStrong: Bool, role: String?, gender: PersonGender?) {
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
        // (`Presidents Ana Roe and …`: a plural title is shared, no one's own role)
        let pluralTitle = titleWord >= 0 && toks[titleWord].kind == .word && !NameRules.titles.contains(para.lower(of: toks[titleWord]))
            && toks[titleWord].isIn(.title)
        return (isTitled, strong, honorificOnly || pluralTitle ? nil : role, gender)
    }
}
