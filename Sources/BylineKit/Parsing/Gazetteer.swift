import Foundation

/// What the recognisers know about the world: the forms of countries and
/// organisations, given names and their usual gender, and everyday English
/// words. Backed by generated data (Scripts/), looked up by exact form.
struct Gazetteer: Sendable {
    struct CountryRef: Sendable, Equatable {
        var code: String
        var name: String
        /// Reached through an adjective or people form (`Ukrainian`, `Saudis`).
        var isDemonym = false
    }

    var countryForms: [String: CountryRef]
    var organisationForms: [String: String]
    /// Given names, lowercased, with their usual gender when there is one.
    var givenNames: [String: PersonGender?]
    /// Everyday English words with their frequency rank (0 = most frequent).
    var commonWords: [String: Int]
    var maxFormTokens: Int
    var foldedCountryForms: [String: CountryRef] = [:]

    init(countryForms: [String: CountryRef], organisationForms: [String: String], givenNames: [String: PersonGender?],
         commonWords: [String: Int], maxFormTokens: Int) {
        self.countryForms = countryForms
        self.organisationForms = organisationForms
        self.givenNames = givenNames
        self.commonWords = commonWords
        self.maxFormTokens = maxFormTokens
        for (form, ref) in countryForms { foldedCountryForms[LibraryIndex.fold(form)] = ref }
    }

    func country(_ form: String) -> CountryRef? { countryForms[form] }

    /// A country as a person types it in a query: any form, code, case or accents.
    func lookup(query: String) -> CountryRef? {
        let key = LibraryIndex.fold(query.trimmingCharacters(in: .whitespaces))
        if let c = foldedCountryForms[key] { return c }
        if key.hasPrefix("the "), let c = foldedCountryForms[String(key.dropFirst(4))] { return c }
        let upper = query.uppercased()
        return countryForms.values.first { $0.code == upper }
    }
    func organisation(_ form: String) -> String? { organisationForms[form] }
    func gender(ofGivenName name: String) -> PersonGender? { givenNames[name.lowercased()] ?? nil }
    func isGivenName(_ name: String) -> Bool { givenNames[name.lowercased()] != nil }
    /// Any everyday English word (`Nevertheless`, `Preparations`).
    func isCommonWord(_ word: String) -> Bool { commonWords[word.lowercased()] != nil }
    /// One of the few thousand most frequent words: too ordinary to be read as
    /// part of a name without other evidence (`Global`, `Challenge`, `Arena`).
    func isVeryCommonWord(_ word: String) -> Bool { (commonWords[word.lowercased()] ?? Int.max) < 6000 }
}

extension Gazetteer {
    static let commonWords: [String: Int] = {
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(26000)
        for (rank, line) in GeneratedLexicon.words.split(separator: "\n").enumerated() { ranks[String(line)] = rank }
        return ranks
    }()
}
