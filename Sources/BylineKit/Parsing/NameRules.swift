/// Word lists that decide what a run of capitalised words is. These are
/// properties of English news prose, not of any article.
enum NameRules {
    /// Titles and roles that stand before a name and are not part of it.
    static let titles: Set<String> = [
        "president", "vice", "prime", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess",
        "pope", "premier", "governor", "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman",
        "congresswoman", "ambassador", "envoy", "special", "adviser", "advisor", "director", "director-general",
        "chairman", "chairwoman", "chair", "chairperson", "ceo", "chief", "general", "gen", "gen.", "colonel",
        "col", "col.", "admiral", "commander", "judge", "justice", "mayor", "dr", "dr.", "mr", "mr.", "mrs",
        "mrs.", "ms", "ms.", "mx", "sir", "dame", "lord", "lady", "rabbi", "imam", "bishop", "archbishop",
        "cardinal", "father", "sheikh", "sheik", "emir", "sultan", "crown", "deputy", "acting", "former",
        "senior", "lieutenant", "lt", "lt.", "captain", "capt", "capt.", "coach", "head", "leader", "professor",
        "prof", "prof.", "speaker", "attorney", "officer", "spokesman", "spokeswoman", "spokesperson",
        "executive", "managing", "editor", "correspondent", "assistant", "inspector", "superintendent",
        "sergeant", "sgt", "detective", "constable", "commissioner", "foreign", "defence", "defense",
        "interior", "finance", "health", "trade", "economy", "energy", "justice", "education", "national",
        "security", "state", "undersecretary", "under-secretary", "secretary-general", "aide", "striker",
        "midfielder", "defender", "goalkeeper", "captain", "manager", "founder", "co-founder", "president-elect",
        "first", "mp", "mep", "councillor", "councilman", "councilwoman", "supreme", "leader", "grand",
        "ayatollah", "major", "marshal", "brigadier", "private", "corporal", "saint", "st", "st.", "reverend",
        "rev", "rev.", "pastor", "elder", "chancellor", "vice-president", "vice-chancellor", "delegate",
        "premier-elect", "prime-minister", "gov", "gov.", "sens", "sens.", "reps", "reps.", "miss", "insp", "insp.",
        "supt", "supt.", "det", "det.", "cllr", "cmdr", "cdr", "sgt.", "amb", "amb.", "opposition", "party", "labour", "conservative", "democrat",
        "democratic", "republican", "independent", "lawmaker", "legislator", "activist", "author", "analyst",
        "economist", "researcher", "scientist", "actor", "actress", "singer", "star", "director", "host",
        "honourable", "honorable", "hon", "hon.", "excellency", "ranger", "governor-general", "premier",
    ]

    /// US states that share a country's name: in a text about the United
    /// States that names the country in no other way (`Georgian`, `Tbilisi`),
    /// the name is the state's.
    static let statesNamedLikeCountries: [String] = ["Georgia"]

    /// Regions whose names contain a country form but are not countries.
    static let regionNames: Set<String> = [
        "South America", "North America", "Latin America", "Central America", "the Americas", "Americas",
        "South Asia", "East Asia", "Southeast Asia", "Central Asia", "West Africa", "East Africa", "North Africa",
        "Southern Africa", "Sub-Saharan Africa", "Middle East", "Far East", "Western Europe", "Eastern Europe",
        "Central Europe", "Northern Europe", "Southern Europe", "Asia Pacific", "Asia-Pacific", "South Pacific",
        "Horn of Africa", "Persian Gulf", "Gulf", "Balkans", "Caucasus", "Scandinavia", "Sahel", "Maghreb",
        "New England", "Korean Peninsula", "Arabian Peninsula", "Iberian Peninsula",
    ]

    /// Titles that stand only before a person's name, so that one unknown
    /// capitalised word after them is a surname (`Premier Fahie`, `Mr Kaur`).
    static let personalTitles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "premier", "minister", "senator", "sen.",
        "governor", "ambassador", "envoy", "chancellor", "king", "queen", "prince", "princess", "pope", "sheikh",
        "general", "gen.", "colonel", "admiral", "judge", "justice", "mayor", "spokesman", "spokeswoman",
        "spokesperson", "secretary", "sir", "dame", "lord", "lady", "professor", "prof.", "rabbi", "imam", "bishop",
        "archbishop", "cardinal", "coach", "captain", "striker", "goalkeeper", "midfielder", "defender", "director",
        "chairman", "chairwoman", "aide", "adviser", "advisor", "commissioner", "inspector", "detective", "sergeant",
        "lieutenant", "officer", "representative", "rep.", "congressman", "congresswoman", "lawmaker", "chief",
        "leader", "premier-elect", "elect", "deputy", "ceo", "gov", "gov.", "miss", "insp", "insp.", "supt", "det", "cllr",
    ]

    /// The most common Chinese, Korean and Vietnamese family names, which come
    /// first in a name (`Xi Jinping`, `Kim Min-jae`, `Nguyen Van An`): a
    /// capitalised stretch opening with one of them is a person's name.
    static let familyNamesFirst: Set<String> = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao",
        "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei",
        "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Cui", "Xi", "Qin", "Fu", "Kong", "Bai", "Mao", "Qian",
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Oh", "Seo", "Kwon",
        "Hwang", "Ahn", "Song", "Hong", "Yoo", "Moon", "Nam", "Baek", "Bae", "Ryu", "Ban", "Yun", "Jeon", "Go", "Son", "Nguyen", "Nguyễn", "Tran",
        "Trần", "Le", "Lê", "Pham", "Phạm", "Hoang", "Hoàng", "Vu", "Vũ", "Dang", "Đặng", "Bui", "Bùi", "Do", "Đỗ",
        "Ngo", "Ngô", "Duong", "Dương", "Ly", "Lý", "Phan", "Huynh", "Huỳnh", "Vo", "Võ",
    ]

    /// Honorifics that also tell a person's gender.
    static let maleTitles: Set<String> = ["mr", "mr.", "sir", "king", "prince", "lord", "father", "sheikh", "emir", "sultan",
                                          "congressman", "chairman", "spokesman", "councilman", "brother"]
    static let femaleTitles: Set<String> = ["mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess",
                                            "congresswoman", "chairwoman", "spokeswoman", "councilwoman", "sister"]

    /// Lowercase particles inside personal names: `Luiz Inácio Lula da Silva`,
    /// `Ursula von der Leyen`, `Mohammed bin Salman`.
    static let nameParticles: Set<String> = [
        "da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ter", "bin", "ibn",
        "bint", "al", "el", "la", "le", "du", "y", "ben", "abu", "zu", "af",
    ]

    /// Lowercase words inside organisation names: `Church of Scientology`.
    static let orgConnectors: Set<String> = ["of", "for", "and", "on", "the", "&", "de", "du", "des", "in"]

    /// The head words that make a capitalised run a named body.
    static let organisationHeads: Set<String> = [
        "ministry", "department", "agency", "party", "council", "commission", "committee", "university", "municipality",
        "institute", "institution", "church", "bank", "organization", "organisation", "association", "union",
        "court", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group", "foundation",
        "federation", "league", "office", "service", "services", "authority", "army", "navy", "forces", "force",
        "police", "museum", "college", "school", "network", "news", "times", "post", "journal", "centre",
        "center", "society", "board", "fund", "alliance", "front", "movement", "coalition", "trust", "company",
        "co", "co.", "airlines", "airways", "bureau", "parliament", "congress", "senate", "assembly", "cabinet",
        "guard", "academy", "programme", "program", "tribunal", "brigade", "brigades", "directorate", "secretariat",
        "council", "observatory", "laboratory", "laboratories", "hospital", "clinic", "club", "fc", "team", "tribe",
        "iwi", "holdings", "industries", "motors", "systems", "technologies", "pharmaceuticals",
        "rovers", "wanderers", "rangers", "athletic", "albion", "hotspur", "dynamo",
        "petroleum", "telecom", "s.a.", "sa", "ag", "gmbh", "nv", "n.v.", "bv", "spa", "s.p.a.", "llp", "pty",
        "instituto", "institut", "ministerio", "ministère", "ministério", "banco", "banque", "universidad",
        "universidade", "université", "universität", "partido", "parti", "partei", "fundación", "fundação",
        "fondation", "stiftung", "compañía", "companhia", "empresa", "gruppo", "groupe", "société", "agencia",
        "agência", "agence", "consejo", "conselho", "conseil", "comisión", "comissão", "tribunal", "corte", "media", "press", "broadcasting", "herald", "tribune", "gazette",
        "magazine", "channel", "radio", "tv", "television", "review", "monitor", "chronicle", "guardian",
        "telegraph", "express", "mail", "standard", "observer", "register", "daily", "weekly", "report",
        "cooperative", "consortium", "initiative", "taskforce", "force", "corps", "command", "secretariat",
        "system", "exchange", "reserve", "treasury", "guild", "chamber", "unions",
        "conference", "caucus", "watch", "international", "partners", "capital", "labs", "studios", "pictures",
        "records", "games", "stores", "bureau", "patrol", "unit", "division", "regiment", "battalion",
    ]

    /// Words that end the names of places and buildings, never of people.
    /// Heads of named things that are not people, though a given name may
    /// open them (`the Framingham Heart Study`, `the Hayden Planetarium`, `the
    /// Tabernacle Choir`, `Elm Street`, `the Clean Rivers Initiative`): a
    /// capitalised stretch ending in one is no person. (Words that are also
    /// common surnames, such as `Hall` or `Park`, are left out.)
    static let thingHeads: Set<String> = [
        "study", "studies", "survey", "planetarium", "choir", "chorus", "orchestra", "philharmonic", "ensemble",
        "quartet", "campaign", "initiative", "scheme", "treaty", "accord", "doctrine", "protocol", "street",
        "agreement", "agreements", "convention", "declaration", "pact", "accords", "consensus",
        "road", "avenue", "boulevard", "highway", "motorway", "expressway", "freeway", "stadium", "arena",
        "airport", "museum", "gallery", "theatre", "theater", "cathedral", "basilica", "mosque", "synagogue",
        "zoo", "aquarium", "monument", "memorial", "index", "report", "act", "festival", "prize", "award",
        "awards", "trophy", "cup", "marathon", "challenge", "expedition", "mission", "telescope", "satellite",
    ]

    static let placeHeads: Set<String> = [
        "island", "islands", "river", "lake", "mountain", "mountains", "mount", "bay", "beach", "valley", "sea",
        "ocean", "strait", "peninsula", "desert", "forest", "park", "street", "road", "avenue", "square", "bridge",
        "airport", "stadium", "arena", "hall", "palace", "tower", "building", "hotel", "prison", "station", "port",
        "harbour", "harbor", "canal", "dam", "province", "region", "district", "county", "city", "territory",
        "coast", "hills", "plateau", "reef", "glacier", "canyon", "falls", "cathedral", "mosque", "temple", "delta",
        "festival", "prize", "award", "awards", "cup", "games", "olympics", "summit", "forum", "week", "day",
        "obelisk", "medal", "trophy", "championship", "league_", "corridor", "pipeline", "route", "basin",
    ]

    /// Common nouns that introduce a place's name: `the town of …`.
    static let placeNouns: Set<String> = [
        "town", "city", "village", "province", "region", "district", "port", "island", "state", "county", "capital",
        "municipality", "suburb", "neighbourhood", "neighborhood", "commune", "prefecture", "oblast", "governorate",
    ]

    /// Company-form suffixes, which a second mention often drops.
    static let corporateSuffixes: Set<String> = [
        "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "s.a.", "sa", "ag", "gmbh", "nv", "n.v.", "bv",
        "spa", "s.p.a.", "co", "co.", "pty", "llp", "group", "holdings",
    ]

    /// Heads that may close an organisation name but never start a person's name.
    static let weakOrganisationHeads: Set<String> = ["news", "times", "post", "mail", "express", "standard", "review", "daily", "report", "watch", "international", "capital", "energy", "oil", "gas", "media", "press", "system", "states", "nations", "records", "games", "team", "unit", "division", "force"]

    /// Capitalised words that are never (part of) an entity name of their own:
    /// days, months, continents and regions, holidays, pronouns at a sentence start.
    static let nonEntities: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "europe", "asia", "africa", "america", "americas", "oceania", "antarctica", "arctic", "antarctic",
        "caribbean", "middle", "east", "west", "north", "south", "central", "eastern", "western", "northern",
        "southern", "european", "europeans", "asian", "african", "latin", "gulf", "balkans", "scandinavia",
        "pacific", "atlantic", "mediterranean", "internet", "christmas", "easter", "ramadan", "eid", "covid-19",
        "covid", "god", "allah", "jesus", "muslim", "muslims", "christian", "christians", "jewish", "jews",
        "catholic", "catholics", "islamic", "islam", "orthodox", "sunni", "shia", "shiite", "hindu", "buddhist",
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you",
        "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "if", "when", "while", "after",
        "before", "as", "at", "in", "on", "for", "from", "with", "by", "of", "to", "so", "yet", "also", "both",
        "some", "many", "most", "all", "one", "two", "three", "there", "here", "what", "who", "why", "how",
        "where", "which", "mr", "mrs", "ms", "dr", "am", "pm", "a.m.", "p.m.", "ok", "tv", "ceo", "gmt", "utc",
        "phd", "covid-19",
    ]

    /// Region and group words: not entities alone, but parts of names
    /// (`European Commission`, `African Union`).
    static let regionWords: Set<String> = [
        "europe", "asia", "africa", "america", "americas", "oceania", "arctic", "antarctic", "caribbean", "middle",
        "east", "west", "north", "south", "central", "eastern", "western", "northern", "southern", "european",
        "african", "asian", "latin", "gulf", "pacific", "atlantic", "mediterranean", "islamic", "catholic",
        "orthodox", "christian", "jewish", "arab", "nordic", "baltic",
    ]

    /// Plural heads that name several bodies at once, with the singular each
    /// one takes: `the ministries of Justice and Security` are the Ministry of
    /// Justice and the Ministry of Security. (Only heads whose `of …` is the
    /// body's own name: `the offices of Smith and Jones` are not Offices.)
    static let pluralOrganisationHeads: [String: String] = [
        "ministries": "Ministry", "departments": "Department", "universities": "University", "agencies": "Agency",
        "committees": "Committee", "commissions": "Commission", "institutes": "Institute",
    ]

    /// Common nouns that announce the name of a body right after them:
    /// `the company Nordlink Data`, `the Chilean producer Salar Andino`.
    /// Plural nouns for people that stand in the possessive inside a body's
    /// name (`National Women’s Institute`, `Veterans’ Association`).
    static let peopleNouns: Set<String> = [
        "women", "men", "children", "people", "workers", "veterans", "farmers", "teachers", "nurses", "doctors",
        "writers", "employees", "citizens", "students", "mothers", "fathers", "parents", "lawyers", "miners",
        "pensioners", "seniors", "taxpayers", "consumers", "physicians", "officers", "journalists", "actors",
        "musicians", "artists", "soldiers", "sailors", "retirees", "patients", "victims", "families", "girls", "boys",
    ]

    /// `Senate Bill 14`, `House Resolution 5`: words that, capitalised and
    /// followed by a number, name a measure rather than a body.
    static let numberedBills: Set<String> = ["bill", "resolution", "amendment", "file"]

    /// Lowercase plurals that follow a business's name (`… stores`, `… shareholders`).
    static let businessNouns: Set<String> = [
        "stores", "shops", "restaurants", "supermarkets", "outlets", "branches", "franchises", "dealerships",
        "shareholders", "stockholders", "subscribers", "customers", "shoppers",
    ]

    static let organisationNouns: Set<String> = [
        "company", "firm", "group", "operator", "producer", "maker", "manufacturer", "agency", "newspaper", "paper",
        "broadcaster", "bank", "lender", "carrier", "airline", "insurer", "retailer", "startup", "start-up",
        "developer", "publisher", "network", "charity", "organisation", "organization", "ngo", "party", "club",
        "conglomerate", "giant", "supplier", "contractor", "consultancy", "outlet", "channel", "website", "site",
        "brand", "exporter", "importer", "miner", "shipper", "shipping", "utility", "subsidiary", "unit", "fund",
        "investor", "watchdog", "regulator", "union", "coalition", "movement", "militia", "magazine", "journal",
        "daily", "weekly", "tabloid", "broadsheet", "agency", "band", "label", "studio",
    ]

    static let pronounGender: [String: PersonGender?] = [
        "he": .male, "him": .male, "his": .male, "she": .female, "her": .female, "hers": .female,
        "they": nil, "it": nil,
    ]

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "jr", "sr", "no", "vs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp",
        "ltd", "co", "prof", "rev", "sgt", "maj", "mt", "ft", "insp", "supt", "det", "cllr", "cmdr", "amb", "approx", "est", "dept", "univ", "etc", "e.g", "i.e",
    ]
}

public enum PersonGender: String, Sendable, Equatable {
    case male, female
}
