import Testing
@testable import BylineKit
@Test func smokeE2E() { #expect(ArticleParser.parse("a\n\nb", file: "x").paragraphs.count == 2) }
