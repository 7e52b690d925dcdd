import Foundation

/// A deterministic (seeded) corpus of news-like articles for the benchmark:
/// about 400 words each, with invented people, real countries and cities, and
/// the quotation styles the parser meets (speaker after or before, partial
/// quotes, pronouns, institutions speaking).
struct CorpusGenerator {
    /// SplitMix64: small, fast and the same on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
    }

    static let givenNames = ["Maria", "John", "Olena", "Ahmed", "Li", "Kenji", "Fatima", "Pedro", "Anna", "Tomás", "Amina",
                             "Sergei", "Ingrid", "Rahul", "Chloé", "Dawit", "Yusuf", "Elena", "Marco", "Aisha", "Hiroshi", "Lucía"]
    static let surnames = ["Lopez", "Carter", "Kovalenko", "Haddad", "Wen", "Morita", "Diallo", "Souza", "Nowak", "Echeverría",
                           "Okafor", "Volkov", "Berntsen", "Mehta", "Fontaine", "Tesfaye", "Demir", "Petrova", "Rossi", "Rahman",
                           "Takahashi", "Ferreira", "Lindqvist", "Mwangi", "Kowalski", "Nguyen", "Castillo", "Sato"]
    static let countries = ["France", "Germany", "Ukraine", "Russia", "China", "Japan", "Brazil", "India", "Nigeria", "Kenya",
                            "Mexico", "Canada", "Turkey", "Egypt", "Poland", "Spain", "Italy", "Indonesia", "Vietnam", "Chile"]
    static let cities = ["Paris", "Berlin", "Kyiv", "Moscow", "Beijing", "Tokyo", "Brasilia", "New Delhi", "Lagos", "Nairobi",
                         "Mexico City", "Ottawa", "Ankara", "Cairo", "Warsaw", "Madrid", "Rome", "Jakarta", "Hanoi", "Santiago"]
    static let demonyms = ["French", "German", "Ukrainian", "Russian", "Chinese", "Japanese", "Brazilian", "Indian", "Nigerian",
                           "Kenyan", "Mexican", "Canadian", "Turkish", "Egyptian", "Polish", "Spanish", "Italian",
                           "Indonesian", "Vietnamese", "Chilean"]
    static let roles = ["Foreign Minister", "Trade Minister", "government spokesman", "central bank governor", "opposition leader",
                        "Deputy Prime Minister", "senior diplomat", "Health Minister", "union leader", "Energy Minister"]
    static let organisations = ["the United Nations", "NATO", "the European Union", "the World Bank", "the World Health Organization",
                                "the International Monetary Fund", "Reuters", "the African Union"]
    static let clauses = ["the talks would continue next week", "the deal was close", "prices had risen sharply",
                          "the border would reopen", "nobody had been consulted", "the plan needed more money",
                          "the vote would be held in the spring", "the ships had been delayed", "the ceasefire was holding"]
    static let quotes = ["We will not accept this", "The situation is difficult but not hopeless",
                         "Our position has not changed", "This is a step in the right direction",
                         "Nobody wants another crisis", "We came here to listen and to be heard",
                         "It is too early to say what will happen", "The numbers speak for themselves"]
    static let filler = ["Officials have met several times since the start of the year without an agreement.",
                         "Analysts said the outcome would depend on the next round of talks.",
                         "Markets reacted calmly to the news, with shares little changed by midday.",
                         "The meeting took place behind closed doors and lasted more than five hours.",
                         "Several delegations arrived late because of bad weather at the airport.",
                         "The previous round ended without a joint statement."]

    var random: Random

    init(seed: UInt64) { random = Random(state: seed) }

    mutating func person() -> (name: String, surname: String, gender: String) {
        let g = random.int(Self.givenNames.count)
        let s = Self.surnames[random.int(Self.surnames.count)]
        let female = ["Maria", "Olena", "Fatima", "Anna", "Amina", "Ingrid", "Chloé", "Elena", "Aisha", "Lucía"].contains(Self.givenNames[g])
        return ("\(Self.givenNames[g]) \(s)", s, female ? "she" : "he")
    }

    /// One article of about 400 words.
    mutating func article(number: Int) -> String {
        let c1 = random.int(Self.countries.count), c2 = random.int(Self.countries.count)
        var paragraphs: [String] = []
        let title = "\(Self.countries[c1]) and \(Self.countries[c2]) \(random.pick(["resume talks", "sign accord", "trade blame", "agree on aid"])) (\(number))"
        paragraphs.append(title)
        var words = 0
        while words < 400 {
            let p = person()
            let role = random.pick(Self.roles)
            let quote = random.pick(Self.quotes)
            let text: String
            switch random.int(8) {
            case 0: text = "\"\(quote),\" \(Self.demonyms[c1]) \(role) \(p.name) told reporters in \(Self.cities[c1])."
            case 1: text = "\(p.name), the \(Self.demonyms[c2]) \(role.lowercased()), said \(random.pick(Self.clauses)) and that it was \"\(quote.lowercased())\"."
            case 2: text = "According to \(p.name), \(random.pick(Self.clauses)). \"\(quote),\" \(p.gender) added."
            case 3: text = "\(Self.countries[c2]) on \(random.pick(["Monday", "Tuesday", "Friday"])) said \"\(quote.lowercased())\", while \(random.pick(Self.organisations)) called for calm."
            case 4: text = "“\(quote),” said \(p.name), who has led the \(Self.demonyms[c1]) delegation since 2021. “\(random.pick(Self.quotes)).”"
            case 5: text = "The Kremlin said the proposal was \"\(quote.lowercased())\", and officials in \(Self.cities[c2]) declined to comment."
            case 6: text = random.pick(Self.filler) + " " + random.pick(Self.filler)
            default: text = "\(Self.demonyms[c2]) \(role) \(p.name) said in a statement: \"\(quote). \(random.pick(Self.quotes)).\""
            }
            paragraphs.append(text)
            words += text.split(separator: " ").count
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// Writes `count` articles into `folder` (created if needed); returns the total size in bytes.
    mutating func write(count: Int, to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes = 0
        for i in 0..<count {
            let text = article(number: i)
            let data = Data(text.utf8)
            bytes += data.count
            // a hundred articles per sub-folder keeps folders small, as real libraries do
            let sub = folder.appendingPathComponent(String(format: "%04d", i / 100))
            if i % 100 == 0 { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
            try data.write(to: sub.appendingPathComponent(String(format: "article-%06d.txt", i)))
        }
        return bytes
    }
}
