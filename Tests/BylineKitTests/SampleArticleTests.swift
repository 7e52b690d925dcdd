import Foundation
import Testing
@testable import BylineKit

/// The sample articles written for the project, with their quotations and
/// people written down by hand (Fixtures/sample-expectations.json).
struct SampleArticleTests {
    struct Expectation: Decodable {
        struct Quote: Decodable { var text: String; var speaker: String? }
        var quotes: [Quote]
        var people: [String]
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let expectations: [String: Expectation] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sample-expectations.json")
        return (try? JSONDecoder().decode([String: Expectation].self, from: Data(contentsOf: url))) ?? [:]
    }()

    @Test func expectationsAreThere() {
        #expect(Self.expectations.count >= 4)
    }

    @Test(arguments: expectations.keys.sorted())
    func quotesAndSpeakers(file: String) throws {
        let expected = try #require(Self.expectations[file])
        let article = try ArticleLibrary.readArticle(at: Self.root.appendingPathComponent("Articles/\(file)").path).get()
        let found = Dictionary(article.quotes.map { ($0.text, $0.speaker) }, uniquingKeysWith: { a, _ in a })
        for q in expected.quotes {
            #expect(found.keys.contains(q.text), "quote not found: \(q.text)")
            if let speaker = found[q.text] {
                #expect(speaker == q.speaker, "speaker of “\(q.text.prefix(40))…”")
            }
        }
        let people = Set(article.people.map(\.name))
        for name in expected.people {
            #expect(people.contains(name), "person not found: \(name)")
        }
    }
}
