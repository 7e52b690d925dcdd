import BylineKit
@testable import BylineUI

/// A small library for quote, speaker, mention, filter and search tests,
/// built by hand (invented people and places' real names only), so that
/// every offset is known:
///
/// 0. harbour: Dragan, Okafor, Dragan, Okafor quoted; Malta as Valletta and Malta
/// 1. market: Ines Palo quoted once; Portugal as Lisbon
/// 2. ferry: Dragan quoted once; Malta as Gozo
/// 3. budget: Dragan quoted once (by her surname only), and a quote nobody is named for
enum NavigationFixtures {
    static func span(_ needle: String, in text: String, paragraph: Int, nth: Int = 0) -> Mention {
        ReaderFixtures.span(needle, in: text, paragraph: paragraph, nth: nth)
    }

    static func quote(_ text: String, by speaker: String?, in paragraphs: [String], paragraph: Int) -> Quote {
        Quote(text: text, speaker: speaker, speakerKind: speaker == nil ? nil : .person,
              mention: span(text, in: paragraphs[paragraph], paragraph: paragraph))
    }

    static let harbourParagraphs = [
        "Mirela Dragan said the harbour deal \"is within reach\" after talks in Valletta.",
        "Tomas Okafor, the port chief, said: \"We need another week.\" Dragan added that Malta \"will not sign a bad deal\".",
        "Okafor later told reporters \"the ships are waiting\".",
    ]

    static let harbour: Article = {
        let p = harbourParagraphs
        return Article(
            file: "harbour.txt", title: "Harbour talks resume in Valletta",
            header: ArticleHeader(source: "Wire"),
            paragraphs: p.map { Paragraph(kind: .body, text: $0) },
            entities: [
                Entity(kind: .person, name: "Mirela Dragan", aliases: ["Dragan"], mentions: [
                    span("Mirela Dragan", in: p[0], paragraph: 0), span("Dragan", in: p[1], paragraph: 1),
                ]),
                Entity(kind: .country, name: "Malta", code: "MT", mentions: [
                    span("Valletta", in: p[0], paragraph: 0), span("Malta", in: p[1], paragraph: 1),
                ]),
                Entity(kind: .person, name: "Tomas Okafor", aliases: ["Okafor"], mentions: [
                    span("Tomas Okafor", in: p[1], paragraph: 1), span("Okafor", in: p[2], paragraph: 2),
                ]),
            ],
            quotes: [
                quote("is within reach", by: "Mirela Dragan", in: p, paragraph: 0),
                quote("We need another week.", by: "Tomas Okafor", in: p, paragraph: 1),
                quote("will not sign a bad deal", by: "Mirela Dragan", in: p, paragraph: 1),
                quote("the ships are waiting", by: "Tomas Okafor", in: p, paragraph: 2),
            ])
    }()

    static let marketParagraphs = ["Ines Palo said \"prices will fall\" in Lisbon before the summer."]

    static let market: Article = {
        let p = marketParagraphs
        return Article(
            file: "market.txt", title: "Lisbon market expects cheaper fruit",
            paragraphs: p.map { Paragraph(kind: .body, text: $0) },
            entities: [
                Entity(kind: .person, name: "Ines Palo", aliases: ["Palo"], mentions: [span("Ines Palo", in: p[0], paragraph: 0)]),
                Entity(kind: .country, name: "Portugal", code: "PT", mentions: [span("Lisbon", in: p[0], paragraph: 0)]),
            ],
            quotes: [quote("prices will fall", by: "Ines Palo", in: p, paragraph: 0)])
    }()

    static let ferryParagraphs = ["Ferry crews in Gozo heard Mirela Dragan say \"the crossings stay open\"."]

    static let ferry: Article = {
        let p = ferryParagraphs
        return Article(
            file: "ferry.txt", title: "Gozo ferries keep sailing",
            paragraphs: p.map { Paragraph(kind: .body, text: $0) },
            entities: [
                Entity(kind: .country, name: "Malta", code: "MT", mentions: [span("Gozo", in: p[0], paragraph: 0)]),
                Entity(kind: .person, name: "Mirela Dragan", mentions: [span("Mirela Dragan", in: p[0], paragraph: 0)]),
            ],
            quotes: [quote("the crossings stay open", by: "Mirela Dragan", in: p, paragraph: 0)])
    }()

    static let budgetParagraphs = [
        "\"Budgets are choices,\" Dragan said in Brussels.",
        "\"Nobody asked us,\" one resident said.",
    ]

    static let budget: Article = {
        let p = budgetParagraphs
        return Article(
            file: "budget.txt", title: "Budget choices",
            paragraphs: p.map { Paragraph(kind: .body, text: $0) },
            entities: [
                Entity(kind: .person, name: "Mirela Dragan", aliases: ["Dragan"], mentions: [span("Dragan", in: p[0], paragraph: 0)]),
            ],
            quotes: [
                quote("Budgets are choices,", by: "Mirela Dragan", in: p, paragraph: 0),
                quote("Nobody asked us,", by: nil, in: p, paragraph: 1),
            ])
    }()

    static let library = [harbour, market, ferry, budget]

    static func state(_ width: Int = 80, _ height: Int = 24, articles: [Article] = library, initialQuery: String? = nil) -> ReaderState {
        ReaderState(articles: articles, size: Size(width: width, height: height), initialQuery: initialQuery, unread: []).started()
    }

    /// The emphasised quote's text, for short expectations.
    static func focusedQuote(_ state: ReaderState) -> String? {
        guard let i = state.emphasis?.quoteIndex else { return nil }
        return state.openArticle?.quotes[i].text
    }
}
