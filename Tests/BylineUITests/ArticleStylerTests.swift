import BylineKit
import Testing
@testable import BylineUI

/// The speaker's mention lit beside each quote: the nearest outside it, in
/// its paragraph, the one before winning a tie.
@Suite struct ArticleStylerTests {
    static func m(_ start: Int, _ end: Int) -> Mention { Mention(paragraph: 0, start: start, end: end) }

    @Test func theNearestMentionOutsideTheQuoteIsTheSpeakers() {
        let mentions = [Self.m(0, 3), Self.m(10, 13), Self.m(18, 21), Self.m(40, 43)]
        // the quote 15..<30 holds 18..<21: 10..<13 is 2 before it, 40..<43 is 10 after
        #expect(ArticleStyler.nearest(mentions, to: 15..<30) == Self.m(10, 13))
        #expect(ArticleStyler.nearest(mentions, to: 4..<9) == Self.m(0, 3), "1 before and 1 after: the one before")
        #expect(ArticleStyler.nearest(mentions, to: 5..<8) == Self.m(0, 3), "a tie (2 and 2) goes to the mention before")
        #expect(ArticleStyler.nearest(mentions, to: 44..<50) == Self.m(40, 43))
        #expect(ArticleStyler.nearest([Self.m(5, 9)], to: 4..<12) == nil, "a mention inside the quote is not its speaker")
        #expect(ArticleStyler.nearest([], to: 0..<5) == nil)
    }

    @Test func everyQuoteOfALongOneParagraphArticleLightsItsOwnSpeakerMention() {
        let text = (0..<300).map { "\"Line \($0),\" said Kask." }.joined(separator: " ")
        let article = ArticleParser.parse("Title: Lines\n\n" + text + "\n", file: "lines.txt")
        #expect(article.quotes.count == 300)
        let roles = ArticleStyler.roles(ofParagraph: 0, in: article, spans: ArticleStyler.spans(article)[0])
        let scalars = Array(article.paragraphs[0].text.unicodeScalars)
        let speakerRuns = String(String.UnicodeScalarView(scalars.indices.filter { roles[$0] == .speaker }.map { scalars[$0] }))
        #expect(speakerRuns == String(repeating: "Kask", count: 300), "each quote's own 'Kask', the one after it")
    }
}
