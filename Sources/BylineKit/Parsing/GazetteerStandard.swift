extension Gazetteer {
    /// Interim table until the generated data lands.
    static let standard: Gazetteer = {
        var forms: [String: CountryRef] = [:]
        let rows: [(String, String, [String], [String], [String])] = [
            ("US", "United States", ["United States", "US", "U.S.", "USA", "America", "Washington", "White House", "Pentagon"], ["American", "Americans"], []),
            ("RU", "Russia", ["Russia", "Moscow", "Kremlin"], ["Russian", "Russians"], []),
            ("UA", "Ukraine", ["Ukraine", "Kyiv", "Kiev"], ["Ukrainian", "Ukrainians"], []),
            ("SA", "Saudi Arabia", ["Saudi Arabia", "Riyadh"], ["Saudi", "Saudis"], []),
            ("FR", "France", ["France", "Paris"], ["French"], []),
            ("DE", "Germany", ["Germany", "Berlin"], ["German", "Germans"], []),
            ("TR", "Turkey", ["Turkey", "Ankara"], ["Turkish"], []),
        ]
        for (code, name, names, demonyms, _) in rows {
            for n in names { forms[n] = CountryRef(code: code, name: name) }
            for d in demonyms { forms[d] = CountryRef(code: code, name: name, isDemonym: true) }
        }
        forms["Kursk"] = CountryRef(code: "RU", name: "Russia")
        return Gazetteer(countryForms: forms, organisationForms: ["NATO": "NATO"],
                         givenNames: ["volodymyr": .male, "donald": .male, "vladimir": .male, "sergei": .male, "yuri": .male,
                                      "marco": .male, "mike": .male, "steve": .male, "dmitry": .male, "tammy": .female, "recep": .male],
                         commonWords: commonWords, maxFormTokens: 4)
    }()
}
