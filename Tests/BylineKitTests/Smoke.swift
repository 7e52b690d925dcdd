import Testing
@testable import BylineKit
@Test func smoke() { #expect(ArticleParser.parse("a\n\nb", file: "x").paragraphs.count == 2) }
