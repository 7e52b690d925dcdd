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

    struct PersonDraft {
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

    enum Draft {
        /// A country by its record's index in the gazetteer's `countries.records`.
        case person(Int), country(Int), organisation(String)
    }

    struct RawMention {
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
                         orgStems: &orgStems, all: paragraphs)
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
        transcriptLabels(paragraphs, people: &people, partOwners: partOwners, raw: &raw, covered: &covered)
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
        shortFormsOfBodies(&raw)
        return assemble(people: people, raw: raw, paragraphCount: paragraphs.count)
    }

    /// Which tokens a mention already covers, for every paragraph in one
    /// buffer: one allocation for the parse instead of one per paragraph.
    struct Coverage {
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
    static func isNamePart(_ t: Token, lowered: Bool) -> Bool {
        !lowered && !t.isInAsWritten(.nameParticle) && t.characterCount > 1
    }

    /// The people a name part (a word of a name, not a particle or an initial)
    /// belongs to, as pass 2 asks after them: the first one named, and the
    /// first whose surname it is. Worked out as the parts are listed, so
    /// nothing is filtered for each word met.
    struct PartOwners {
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

    // (a few words: compared in turn, cheaper than hashing the word)

}
