import Foundation
import Testing
@testable import BylineKit

/// The generated gazetteer data and its lookups.
struct GazetteerTests {
    let countries = CountryGazetteer.shared
    let organisations = OrganisationGazetteer.shared

    /// The 193 members of the United Nations (ISO alpha-2 codes).
    static let unMembers = """
        AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
        CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
        FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
        KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR
        NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST
        SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG
        UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    func expectCountry(_ form: String, _ name: String, via kind: FormKind, sourceLocation: SourceLocation = #_sourceLocation) {
        let hit = countries.country(forForm: form)
        #expect(hit?.record.name == name, "\(form)", sourceLocation: sourceLocation)
        #expect(hit?.via == kind, "\(form)", sourceLocation: sourceLocation)
    }

    @Test func placesMetonymsAndDemonyms() {
        expectCountry("Kyiv", "Ukraine", via: .place)
        expectCountry("Kiev", "Ukraine", via: .place)
        expectCountry("Kremlin", "Russia", via: .metonym)
        expectCountry("White House", "United States", via: .metonym)
        expectCountry("Downing Street", "United Kingdom", via: .metonym)
        expectCountry("Ukrainian", "Ukraine", via: .demonym)
        expectCountry("Ukrainians", "Ukraine", via: .demonym)
        expectCountry("Saudi", "Saudi Arabia", via: .demonym)
        expectCountry("Saudis", "Saudi Arabia", via: .demonym)
        expectCountry("Riyadh", "Saudi Arabia", via: .place)
        expectCountry("Texas", "United States", via: .place)
        expectCountry("Bogota", "Colombia", via: .place)
        expectCountry("Bogotá", "Colombia", via: .place)
    }

    @Test func namesAndShortForms() {
        for form in ["US", "U.S.", "USA", "America", "United States"] {
            expectCountry(form, "United States", via: .name)
        }
        for form in ["England", "Britain", "UK", "Scotland"] {
            expectCountry(form, "United Kingdom", via: .name)
        }
        expectCountry("Türkiye", "Turkey", via: .name)
        expectCountry("DRC", "Democratic Republic of the Congo", via: .name)
        expectCountry("Congo", "Republic of the Congo", via: .name)
        expectCountry("Holland", "Netherlands", via: .name)
        expectCountry("Côte d'Ivoire", "Ivory Coast", via: .name)
        expectCountry("Georgia", "Georgia", via: .name)
    }

    @Test func formsAreCaseSensitive() {
        #expect(countries.country(forForm: "kyiv") == nil)
        #expect(countries.country(forForm: "us") == nil)
    }

    @Test func everyUNMemberIsPresent() {
        #expect(Self.unMembers.count == 193)
        for code in Self.unMembers {
            #expect(countries.country(code: code) != nil, "\(code)")
        }
        #expect(countries.records.count >= 193)
        for code in ["TW", "PS", "VA", "XK", "HK", "PR", "GL", "EH", "VG"] {
            #expect(countries.country(code: code) != nil, "\(code)")
        }
    }

    @Test func canonicalNamesFollowNewsUsage() {
        let expected = ["US": "United States", "GB": "United Kingdom", "RU": "Russia", "KR": "South Korea",
                        "KP": "North Korea", "IR": "Iran", "SY": "Syria", "TR": "Turkey", "VN": "Vietnam",
                        "CZ": "Czechia", "LA": "Laos", "TW": "Taiwan", "PS": "Palestine", "CI": "Ivory Coast",
                        "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
                        "VG": "British Virgin Islands", "NL": "Netherlands", "MD": "Moldova", "XK": "Kosovo"]
        for (code, name) in expected { #expect(countries.country(code: code)?.name == name) }
    }

    @Test func falseFriendsAreNotPlaces() {
        for word in ["Reading", "Split", "Nice", "March", "Mobile", "Bath", "Of", "Florence", "Victoria",
                     "Lincoln", "Jackson", "Austin", "Charlotte", "Sale", "Orange", "Surprise", "Independence"] {
            #expect(countries.country(forForm: word) == nil, "\(word)")
        }
    }

    @Test func looseLookup() {
        #expect(countries.lookup(loose: "ukraine")?.code == "UA")
        #expect(countries.lookup(loose: "UA")?.code == "UA")
        #expect(countries.lookup(loose: "ua")?.code == "UA")
        #expect(countries.lookup(loose: "kyiv")?.code == "UA")
        #expect(countries.lookup(loose: "Saudi Arabia")?.code == "SA")
        #expect(countries.lookup(loose: "cote d’ivoire")?.code == "CI")
        #expect(countries.lookup(loose: "turkiye")?.code == "TR")
        #expect(countries.lookup(loose: "the kremlin")?.code == "RU")
        #expect(countries.lookup(loose: "us")?.code == "US")
        #expect(countries.lookup(loose: "gb")?.code == "GB")
        #expect(countries.lookup(loose: "nowhere-land") == nil)
        #expect(countries.lookup(loose: "  ") == nil)
    }

    @Test func givenNameGenders() {
        #expect(GivenNames.gender(of: "Vladimir") == .male)
        #expect(GivenNames.gender(of: "Olena") == .female)
        #expect(GivenNames.gender(of: "maria") == .female)
        #expect(GivenNames.gender(of: "Donald") == .male)
        #expect(GivenNames.gender(of: "José") == .male)
        #expect(GivenNames.gender(of: "Andrea") == nil)
        #expect(GivenNames.gender(of: "Zxqv") == nil)
        #expect(GivenNames.count > 3000)
    }

    @Test func organisationLookups() {
        #expect(organisations.organisation(forForm: "NATO") == "NATO")
        #expect(organisations.organisation(forForm: "EU") == "European Union")
        #expect(organisations.organisation(forForm: "European Union") == "European Union")
        #expect(organisations.organisation(forForm: "AFP") == "Agence France-Presse")
        #expect(organisations.organisation(forForm: "PAHO") == "Pan American Health Organization")
        #expect(organisations.organisation(forForm: "Nato") == "NATO")
        #expect(organisations.organisation(forForm: "nato") == nil)
        #expect(organisations.allForms.contains("IAEA"))
        #expect(organisations.names.count >= 300)
    }

    @Test func formsDoNotOverlapBetweenKinds() {
        // A country form is never an organisation form: the recogniser would not know which to pick.
        let orgForms = Set(organisations.allForms)
        let clashes = countries.allForms.filter { orgForms.contains($0) }.sorted()
        #expect(clashes.isEmpty, "\(clashes)")
    }

    @Test func lookAheadCoversEveryForm() {
        #expect(countries.maxFormWords >= 3)
        for form in countries.allForms { #expect(GazetteerForms.wordCount(form) <= countries.maxFormWords) }
        #expect(GazetteerForms.tokenCount("Rostov-on-Don") == 5)
        #expect(GazetteerForms.tokenCount("U.S.") == 1)
        #expect(organisations.maxFormTokens >= organisations.maxFormWords)
    }

    @Test func loadsQuickly() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = CountryGazetteer(tsv: GeneratedCountries.tsv)
            _ = OrganisationGazetteer(tsv: GeneratedOrganisations.tsv)
            _ = GivenNames.count
        }
        // Debug builds are several times slower than release; this only guards against a blow-up.
        #expect(elapsed < .seconds(2))
    }
}
