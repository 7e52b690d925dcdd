import Foundation
import Testing
@testable import BylineKit

/// The article the project started from, kept unchanged in Articles/: its ten
/// quotations and their speakers are the parser's regression test.
struct StartingArticleTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles/riyadh-talks-afp.txt").path

    static func article() throws -> Article {
        try ArticleLibrary.readArticle(at: path).get()
    }

    @Test func tenQuotesWithTheirSpeakers() throws {
        let a = try Self.article()
        let pairs = a.quotes.map { (String($0.text.prefix(30)), $0.speaker ?? "-") }
        let expected: [(String, String)] = [
            ("did not know anything about", "Volodymyr Zelensky"),
            ("cannot recognise any things or", "Volodymyr Zelensky"),
            ("abnormal relations", "Russia"),
            ("primarily devoted to restoring", "Dmitry Peskov"),
            ("possible negotiations on a Ukr", "Dmitry Peskov"),
            ("I don't think that people shou", "Tammy Bruce"),
            ("how to start negotiations on U", "Yuri Ushakov"),
            ("The tasks are more or less cle", "Yuri Ushakov"),
            ("I don't know what they would d", "Sergei Lavrov"),
            ("direct contact between the Ame", "Germany"),
        ]
        #expect(pairs.count == expected.count)
        for (got, want) in zip(pairs, expected) {
            #expect(got.0 == want.0)
            #expect(got.1 == want.1, "speaker of \"\(want.0)…\"")
        }
    }

    @Test func peopleCountriesAndOrganisations() throws {
        let a = try Self.article()
        #expect(Set(a.people.map(\.name)) == [
            "Volodymyr Zelensky", "Donald Trump", "Vladimir Putin", "Sergei Lavrov", "Yuri Ushakov", "Marco Rubio",
            "Mike Waltz", "Steve Witkoff", "Dmitry Peskov", "Tammy Bruce", "Recep Tayyip Erdogan",
        ])
        #expect(Set(a.countries.map(\.name)) == ["United States", "Russia", "Saudi Arabia", "Ukraine", "France", "Turkey", "Germany"])
        let orgs = Set(a.organisations.map(\.name))
        #expect(orgs.contains("NATO"))
        #expect(orgs.contains("US State Department"))
        #expect(a.people.first { $0.name == "Dmitry Peskov" }?.role == "Kremlin spokesman")
    }

    @Test func newsletterFooterIsBoilerplate() throws {
        let a = try Self.article()
        let first = a.paragraphs.firstIndex { $0.kind == .boilerplate }
        #expect(first.map { a.paragraphs[$0].text } == "Sign up to our free newsletters")
        #expect(a.paragraphs[first!...].allSatisfy { $0.kind == .boilerplate })
        #expect(a.paragraphs.contains(Paragraph(kind: .heading, text: "Possible Trump-Putin summit")))
    }

    /// The JSON contract of DESIGN.md, decoded back and checked field by field.
    @Test func jsonContractRoundTrips() throws {
        let a = try Self.article()
        let json = ArticleJSON.encode([a])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        let obj = decoded[0]
        #expect(obj["file"] as? String == Self.path)
        #expect(obj["title"] as? String == a.title)
        let paragraphs = obj["paragraphs"] as! [[String: Any]]
        #expect(paragraphs.count == a.paragraphs.count)
        #expect(Set(paragraphs.compactMap { $0["kind"] as? String }) == ["body", "heading", "boilerplate"])
        let people = obj["people"] as! [[String: Any]]
        let zelensky = people.first { $0["name"] as? String == "Volodymyr Zelensky" }!
        #expect(zelensky["aliases"] as? [String] == ["Zelensky"])
        #expect(zelensky["role"] as? String == "Ukrainian President")
        let mention = (zelensky["mentions"] as! [[String: Int]])[0]
        let text = a.paragraphs[mention["paragraph"]!].text
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention["start"]!..<mention["end"]!])) == "Volodymyr Zelensky")
        let countries = obj["countries"] as! [[String: Any]]
        #expect(countries.contains { $0["name"] as? String == "Ukraine" && $0["code"] as? String == "UA" })
        let quotes = obj["quotes"] as! [[String: Any]]
        #expect(quotes.count == 10)
        let q = quotes[1]
        #expect(q["speaker"] as? String == "Volodymyr Zelensky")
        #expect(q["speakerKind"] as? String == "person")
        let qp = a.paragraphs[q["paragraph"] as! Int].text
        let qs = Array(qp.unicodeScalars)
        #expect(String(String.UnicodeScalarView(qs[(q["start"] as! Int)..<(q["end"] as! Int)])) == q["text"] as? String)
        let organisations = obj["organisations"] as! [[String: Any]]
        #expect(organisations.contains { $0["name"] as? String == "NATO" })
    }

    @Test func jsonEscapesControlCharacters() {
        let s = ArticleJSON.string("a\u{1B}[2Jb\u{07}\u{9B}\u{202E}")
        #expect(!s.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
    }
}
