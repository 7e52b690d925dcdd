/// What the word lists say about one word, looked up once per token (by its
/// lowercase form) instead of once per question: the recognisers ask many
/// questions about the same token — is it a title, a particle, a speech verb,
/// an everyday word — and each would otherwise hash the word again.
struct WordFacts: Sendable, Equatable {
    /// The lists a word belongs to, as bits.
    struct Lists: OptionSet, Sendable, Equatable {
        let rawValue: UInt64

        static let title = Lists(rawValue: 1 << 0)
        static let personalTitle = Lists(rawValue: 1 << 1)
        static let maleTitle = Lists(rawValue: 1 << 2)
        static let femaleTitle = Lists(rawValue: 1 << 3)
        static let nonEntity = Lists(rawValue: 1 << 4)
        static let regionWord = Lists(rawValue: 1 << 5)
        static let nameParticle = Lists(rawValue: 1 << 6)
        static let orgConnector = Lists(rawValue: 1 << 7)
        static let organisationHead = Lists(rawValue: 1 << 8)
        static let corporateSuffix = Lists(rawValue: 1 << 9)
        static let placeHead = Lists(rawValue: 1 << 10)
        static let placeNoun = Lists(rawValue: 1 << 11)
        static let organisationNoun = Lists(rawValue: 1 << 12)
        static let abbreviation = Lists(rawValue: 1 << 13)
        /// A form of a speech verb (`said`), and what kind of verb its lemma is.
        static let speechForm = Lists(rawValue: 1 << 14)
        static let weakSpeech = Lists(rawValue: 1 << 15)
        static let directiveSpeech = Lists(rawValue: 1 << 16)
        static let beliefSpeech = Lists(rawValue: 1 << 17)
        /// A form of a belief verb (`thinks`).
        static let beliefForm = Lists(rawValue: 1 << 18)
        static let institutionNoun = Lists(rawValue: 1 << 19)
        static let determiner = Lists(rawValue: 1 << 20)
        static let timeWord = Lists(rawValue: 1 << 21)
        static let functionWord = Lists(rawValue: 1 << 22)
        static let adjunct = Lists(rawValue: 1 << 23)
        static let minorWord = Lists(rawValue: 1 << 24)
        static let pronoun = Lists(rawValue: 1 << 25)
        static let clauseEndMark = Lists(rawValue: 1 << 26)
        static let clauseOpener = Lists(rawValue: 1 << 27)
        static let passiveAdverb = Lists(rawValue: 1 << 28)
        static let formOfBe = Lists(rawValue: 1 << 29)
        static let bodyNoun = Lists(rawValue: 1 << 30)
        static let asideOpener = Lists(rawValue: 1 << 31)
        static let pluralOrganisationHead = Lists(rawValue: 1 << 32)
        /// The head of a named thing that is no person (`… Study`, `… Choir`).
        static let thingHead = Lists(rawValue: 1 << 33)
        /// A plural that follows a business's name (`… stores`), and `based` (`Leeds-based …`).
        static let businessNoun = Lists(rawValue: 1 << 34)
        static let basedWord = Lists(rawValue: 1 << 35)
        /// A plural noun for people, in the possessive inside a body's name (`Women’s`).
        static let peopleNoun = Lists(rawValue: 1 << 36)
    }

    var lists: Lists = []
    /// Frequency rank among everyday English words (0 = most frequent), or `Int32.max`.
    var rank: Int32 = .max
    /// The usual gender of the word as a given name, matched exactly (the
    /// accent-folded fallback is left to `GivenNames`).
    var gender: PersonGender? = nil

    static let none = WordFacts()

    /// The facts of a lowercase word.
    static func of(_ lower: String) -> WordFacts { table[lower] ?? .none }

    /// `table` for ASCII words looked up by their bytes: what most tokens ask.
    static let byteTable = ByteKeyTable(table.map { (key: $0.key, value: $0.value) })

    /// Keys made of punctuation only (`&`): the only lookups a punctuation token needs.
    static let punctuationKeys: [String] = table.keys.filter { key in
        key.unicodeScalars.allSatisfy { !Tokenizer.isWordScalar($0) }
    }

    static let table: [String: WordFacts] = {
        var table: [String: WordFacts] = [:]
        table.reserveCapacity(Gazetteer.commonWordRanks.count + GivenNames.genders.count)
        for (word, rank) in Gazetteer.commonWordRanks { table[word, default: .none].rank = Int32(rank) }
        for (name, gender) in GivenNames.genders { table[name, default: .none].gender = gender }
        func add<S: Sequence>(_ words: S, _ list: Lists) where S.Element == String {
            for w in words { table[w, default: .none].lists.insert(list) }
        }
        add(NameRules.titles, .title)
        // (`Senators Ana Roe and Eli Vo`: a plural title before names is a title too)
        add(NameRules.titles.filter { !$0.hasSuffix("s") && !$0.hasSuffix(".") }.map { $0 + "s" }, .title)
        add(NameRules.personalTitles, .personalTitle)
        add(NameRules.maleTitles, .maleTitle)
        add(NameRules.femaleTitles, .femaleTitle)
        add(NameRules.nonEntities, .nonEntity)
        add(NameRules.regionWords, .regionWord)
        add(NameRules.nameParticles, .nameParticle)
        add(NameRules.orgConnectors, .orgConnector)
        add(NameRules.organisationHeads, .organisationHead)
        add(NameRules.corporateSuffixes, .corporateSuffix)
        add(NameRules.placeHeads, .placeHead)
        add(NameRules.thingHeads, .thingHead)
        add(NameRules.businessNouns, .businessNoun)
        add(["based"], .basedWord)
        add(NameRules.peopleNouns, .peopleNoun)
        add(NameRules.placeNouns, .placeNoun)
        add(NameRules.organisationNouns, .organisationNoun)
        add(NameRules.pluralOrganisationHeads.keys, .pluralOrganisationHead)
        add(NameRules.abbreviations, .abbreviation)
        for (form, lemma) in SpeechCues.forms {
            var lists: Lists = .speechForm
            if SpeechCues.weakLemmas.contains(lemma) { lists.insert(.weakSpeech) }
            if SpeechCues.directiveLemmas.contains(lemma) { lists.insert(.directiveSpeech) }
            if SpeechCues.beliefLemmas.contains(lemma) { lists.insert(.beliefSpeech) }
            table[form, default: .none].lists.formUnion(lists)
        }
        add(SpeechCues.beliefForms.keys, .beliefForm)
        add(QuoteAttributor.institutionNouns, .institutionNoun)
        add(QuoteAttributor.determiners, .determiner)
        add(QuoteAttributor.timeWords, .timeWord)
        add(QuoteAttributor.functionWords, .functionWord)
        add(QuoteAttributor.adjunctWords, .adjunct)
        add(QuoteFilter.minorWords, .minorWord)
        add(QuoteAttributor.pronouns, .pronoun)
        add(QuoteAttributor.clauseEndMarks, .clauseEndMark)
        add(QuoteAttributor.clauseOpeners, .clauseOpener)
        add(QuoteAttributor.passiveAdverbs, .passiveAdverb)
        add(QuoteAttributor.formsOfBe, .formOfBe)
        add(QuoteAttributor.bodyNouns, .bodyNoun)
        add(QuoteAttributor.asideOpeners, .asideOpener)
        return table
    }()
}
