import Testing
@testable import BylineKit

/// TOML files too big or too deeply nested are refused before the TOML
/// library (whose parser a 200,000-part key crashes) sees them.
@Suite struct TOMLShapeTests {
    @Test func ordinaryFilesPass() {
        #expect(TOMLShape.check("theme = \"light\"\n[keys]\nmove-down = [\"j\", \"Down\"]\n[roles]\nperson = { fg = 1.5, attrs = [\"bold\"] }\n") == nil)
        #expect(TOMLShape.check("a = \"\(String(repeating: ".", count: 500))\" # \(String(repeating: "[", count: 100))\n") == nil,
                "dots and brackets in strings and comments count for nothing")
        #expect(TOMLShape.check("s = '''\n[[[[[[\n'''\n") == nil)
    }

    @Test func aKeyOfThousandsOfPartsIsRefusedWithItsLine() {
        let key = (0..<100_000).map { _ in "k" }.joined(separator: ".")
        let refusal = TOMLShape.check("theme = \"x\"\n\(key) = 1\n")
        #expect(refusal?.line == 2)
        #expect(refusal?.reason == "a key of more than 32 dotted parts")
    }

    @Test func deepNestingAndHugeFilesAreRefused() {
        #expect(TOMLShape.check("a = " + String(repeating: "[", count: 10_000) + "\n")?.reason == "nested more than 32 deep")
        #expect(TOMLShape.check(String(repeating: "# filler\n", count: 200_000))?.reason.hasPrefix("the file is") == true)
    }
}
