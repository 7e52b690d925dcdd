extension Gazetteer {
    /// The gazetteer built from the generated world data (see
    /// Scripts/generate-world-data.py), loaded once on first use.
    static let standard: Gazetteer = {
        var countries: [String: CountryRef] = [:]
        var maxTokens = 1
        func formTokens(_ form: String) -> Int {
            Tokenizer.tokenize(Array(form.unicodeScalars)).count
        }
        for line in WorldData.countries.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 6 else { continue }
            let code = f[0], name = f[1]
            func add(_ form: String, demonym: Bool) {
                guard !form.isEmpty, countries[form] == nil else { return }
                countries[form] = CountryRef(code: code, name: name, isDemonym: demonym)
                maxTokens = max(maxTokens, formTokens(form))
            }
            add(name, demonym: false)
            for form in f[2].split(separator: ";") { add(String(form), demonym: false) }
            for form in f[3].split(separator: ";") { add(String(form), demonym: true) }
            for form in f[4].split(separator: ";") { add(String(form), demonym: false) }
            for form in f[5].split(separator: ";") { add(String(form), demonym: false) }
        }
        var organisations: [String: String] = [:]
        for line in WorldData.organisations.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let name = f.first, !name.isEmpty else { continue }
            organisations[name] = name
            maxTokens = max(maxTokens, formTokens(name))
            if f.count > 1 {
                for form in f[1].split(separator: ";") where organisations[String(form)] == nil {
                    organisations[String(form)] = name
                    maxTokens = max(maxTokens, formTokens(String(form)))
                }
            }
        }
        var given: [String: PersonGender?] = [:]
        for line in WorldData.givenNames.split(separator: "\n") {
            let f = line.split(separator: "\t")
            guard f.count == 2 else { continue }
            // updateValue keeps a name whose gender is unknown (a nil value)
            given.updateValue(f[1] == "m" ? .male : f[1] == "f" ? .female : nil, forKey: f[0].lowercased())
        }
        return Gazetteer(countryForms: countries, organisationForms: organisations, givenNames: given,
                         commonWords: commonWords, maxFormTokens: min(maxTokens, 8))
    }()
}
