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
    var givenNames: [String: PersonGender]
    var commonWords: Set<String>
    var maxFormTokens: Int

    func country(_ form: String) -> CountryRef? { countryForms[form] }
    func organisation(_ form: String) -> String? { organisationForms[form] }
    func gender(ofGivenName name: String) -> PersonGender? { givenNames[name.lowercased()] }
    func isGivenName(_ name: String) -> Bool { givenNames[name.lowercased()] != nil }
    func isCommonWord(_ word: String) -> Bool { commonWords.contains(word.lowercased()) }
}

extension Gazetteer {
    static let commonWords: Set<String> = {
        var set = Set<String>()
        for line in GeneratedLexicon.words.split(separator: "\n") { set.insert(String(line)) }
        return set
    }()
}
