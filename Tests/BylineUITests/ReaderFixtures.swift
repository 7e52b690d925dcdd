import BylineKit
@testable import BylineUI

/// A small library of hand-built articles, independent of the parser: one
/// with a header, a heading, a quote and trailing boilerplate; one with CJK
/// and emoji; one with neither header nor entities.
enum ReaderFixtures {
    /// The scalar range of the `nth` occurrence of `needle` in `text`.
    static func span(_ needle: String, in text: String, paragraph: Int, nth: Int = 0) -> Mention {
        let hay = Array(text.unicodeScalars), pin = Array(needle.unicodeScalars)
        var found = 0
        for start in 0...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
            if found == nth { return Mention(paragraph: paragraph, start: start, end: start + pin.count) }
            found += 1
        }
        fatalError("\(needle) not in \(text)")
    }

    static let riyadhParagraphs = [
        "Top US and Russian diplomats will meet in Saudi Arabia on Tuesday for talks on ending the war in Ukraine, officials said.",
        "Zelensky said Kyiv \"did not know anything about\" the talks in Riyadh, and Ukraine would not accept any deal made without it.",
        "Possible summit",
        "NATO allies met in Paris as Zelensky asked for guarantees.",
        "Sign up to our free newsletters",
    ]

    static let riyadh: Article = {
        let p = riyadhParagraphs
        return Article(
            file: "Articles/riyadh.txt",
            title: "US, Russia to meet in Riyadh",
            header: ArticleHeader(source: "AFP", author: "Ana Ruiz", date: "2025-02-17T09:30:00Z"),
            paragraphs: [
                Paragraph(kind: .body, text: p[0]),
                Paragraph(kind: .body, text: p[1]),
                Paragraph(kind: .heading, text: p[2]),
                Paragraph(kind: .body, text: p[3]),
                Paragraph(kind: .boilerplate, text: p[4]),
            ],
            entities: [
                Entity(kind: .country, name: "Saudi Arabia", code: "SA", mentions: [span("Saudi Arabia", in: p[0], paragraph: 0)]),
                Entity(kind: .country, name: "Ukraine", code: "UA", mentions: [
                    span("Ukraine", in: p[0], paragraph: 0), span("Kyiv", in: p[1], paragraph: 1), span("Ukraine", in: p[1], paragraph: 1),
                ]),
                Entity(kind: .person, name: "Volodymyr Zelensky", aliases: ["Zelensky"], mentions: [
                    span("Zelensky", in: p[1], paragraph: 1), span("Zelensky", in: p[3], paragraph: 3),
                ]),
                Entity(kind: .organisation, name: "NATO", mentions: [span("NATO", in: p[3], paragraph: 3)]),
            ],
            quotes: [
                Quote(text: "did not know anything about", speaker: "Volodymyr Zelensky", speakerKind: .person,
                      mention: span("did not know anything about", in: p[1], paragraph: 1)),
            ])
    }()

    static let tokyoParagraphs = [
        "東京で首脳会談が開かれ、各国の代表が集まった。",
        "Leaders 👨‍👩‍👧 and flags 🇯🇵🇰🇷 met in 東京 on Monday.",
        "「平和が大切だ」と山田太郎首相は述べた。",
    ]

    static let tokyo: Article = {
        let p = tokyoParagraphs
        return Article(
            file: "Articles/tokyo.md",
            title: "東京 summit 🌏 draws leaders",
            header: ArticleHeader(source: "共同通信", date: "2025-02-01"),
            paragraphs: p.map { Paragraph(kind: .body, text: $0) },
            entities: [
                Entity(kind: .person, name: "山田太郎", mentions: [span("山田太郎", in: p[2], paragraph: 2)]),
                Entity(kind: .country, name: "Japan", code: "JP", mentions: [span("東京", in: p[1], paragraph: 1)]),
            ],
            quotes: [
                Quote(text: "平和が大切だ", speaker: "山田太郎", speakerKind: .person, mention: span("平和が大切だ", in: p[2], paragraph: 2)),
            ])
    }()

    static let genevaText = "Negotiators left the lakeside hotel without a statement after a third day of meetings, and the next round has not been scheduled. Diplomats on both sides described the atmosphere as cordial but unproductive."

    static let geneva = Article(
        file: "Articles/geneva.txt",
        title: "Trade talks stall in Geneva after three days of meetings",
        paragraphs: [
            Paragraph(kind: .body, text: genevaText),
            Paragraph(kind: .body, text: genevaText),
            Paragraph(kind: .body, text: genevaText),
        ])

    static let library = [riyadh, tokyo, geneva]

    /// A reader with every article already read, so the golden screens show
    /// no unread marks (ReadMarksTests draws those).
    static func state(_ width: Int, _ height: Int, articles: [Article] = library) -> ReaderState {
        ReaderState(articles: articles, size: Size(width: width, height: height), unread: []).started()
    }
}
