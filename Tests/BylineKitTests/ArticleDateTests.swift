import Testing
@testable import BylineKit

/// The dates the reader sorts by, read the way headers and feeds write them.
@Suite("Article dates")
struct ArticleDateTests {
    @Test(arguments: [
        ("2026-03-14T09:30:00Z", Int64(1_773_480_600)),
        ("2026-03-14T10:30:00+01:00", 1_773_480_600),
        ("2026-03-14 09:30", 1_773_480_600),
        ("2026-03-14", 1_773_446_400),
        ("Sat, 14 Mar 2026 09:30:00 GMT", 1_773_480_600),
        ("14 Mar 2026 04:30:00 EST", 1_773_480_600),
        ("March 14, 2026", 1_773_446_400),
        ("Fri, 31 Dec 99 23:00:00 +0000", 946_681_200),
        ("2024-02-29T12:00:00Z", 1_709_208_000),
    ])
    func readsTheCommonForms(_ text: String, _ seconds: Int64) {
        #expect(ArticleDate.seconds(text) == seconds)
    }

    @Test func yearsAndOffsetsStayInRange() {
        #expect(ArticleDate.seconds("Mon, 01 Jan 0001 00:00:00 GMT") == -62_135_596_800, "the year 1, not 2001")
        #expect(ArticleDate.seconds("9999-12-31T23:00:00-24:00") == nil, "an offset past fourteen hours")
        #expect(ArticleDate.seconds("9999-12-31T23:00:00-02:00") == nil, "no year 10000")
        #expect(ArticleDate.seconds("14 Mar 26 09:30:00 GMT") == 1_773_480_600)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01", "32 Mar 2026", "2026-03-14T25:00:00Z"])
    func anythingElseIsNoDate(_ text: String) {
        #expect(ArticleDate.seconds(text) == nil)
    }
}
