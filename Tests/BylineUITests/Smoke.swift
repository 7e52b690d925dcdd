import Testing
@testable import BylineKit
@Test func smokeUI() { #expect(ArticleParser.parse("a\n\nb", file: "x").paragraphs.count == 2) }
