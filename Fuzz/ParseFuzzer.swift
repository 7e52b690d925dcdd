// libFuzzer target over BylineKit's whole parse: bytes → decode → sanitise →
// structure → entities → quotes → JSON, and of the bytes as a web page. Built by Scripts/fuzz.sh with
//   swiftc -sanitize=fuzzer,address -parse-as-library Sources/BylineKit/**/*.swift Fuzz/ParseFuzzer.swift
// (BylineKit is compiled into the same module, so no `import BylineKit`).
// Besides crashes, the parser's invariants are checked and a violation traps:
// offsets inside their paragraph, quotes not overlapping, speakers among the
// article's entities, no control character left in the text, valid JSON.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func byline_fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    if ArticleLibrary.looksBinary(data) { return 0 }
    let decoded = ArticleTextDecoder.decode(data)
    check(ArticleParser.parse(decoded.text, file: "fuzz.txt"))
    if decoded.text.hasPrefix("#") {
        check(ArticleParser.parse(decoded.text, file: "fuzz.md"))
    }
    if decoded.text.contains("<") {
        // as a web page (libxml2, the story finder, the writer) and as a
        // feed item's content; references must point inside their paragraph
        for whole in [false, true] {
            let page = ArticleParser.parse(HTMLArticleExtractor.extract(decoded.text, wholeStory: whole).articleText(), file: "fuzz.html")
            check(page)
            for p in page.paragraphs {
                let length = p.text.unicodeScalars.count
                if p.references.contains(where: { $0.offset < 0 || $0.offset > length }) { violated("reference outside its paragraph") }
            }
        }
    }
    return 0
}

func violated(_ what: String) -> Never {
    fatalError("byline fuzz: invariant violated: \(what)")
}

func check(_ a: Article) {
    let lengths = a.paragraphs.map { $0.text.unicodeScalars.count }
    for text in [a.title] + a.paragraphs.map(\.text) where text.unicodeScalars.contains(where: { TextSafety.isRemovedFromText($0.value) }) {
        violated("unsafe scalar left in the text")
    }
    for e in a.entities {
        for m in e.mentions {
            guard m.paragraph >= 0, m.paragraph < lengths.count else { violated("mention paragraph \(m.paragraph) of \(lengths.count)") }
            guard m.start >= 0, m.start < m.end, m.end <= lengths[m.paragraph] else {
                violated("mention \(m.start)..<\(m.end) outside paragraph of \(lengths[m.paragraph])")
            }
        }
    }
    let names = Set(a.entities.map(\.name))
    for q in a.quotes {
        let m = q.mention
        guard m.paragraph >= 0, m.paragraph < lengths.count else { violated("quote paragraph \(m.paragraph) of \(lengths.count)") }
        guard m.start >= 0, m.start <= m.end, m.end <= lengths[m.paragraph] else {
            violated("quote \(m.start)..<\(m.end) outside paragraph of \(lengths[m.paragraph])")
        }
        if let s = q.speaker, !names.contains(s) { violated("speaker \(s) is not an entity") }
    }
    let sorted = a.quotes.map(\.mention).sorted()
    for (x, y) in zip(sorted, sorted.dropFirst()) where x.paragraph == y.paragraph && x.end > y.start {
        violated("quotes overlap: \(x) and \(y)")
    }
    let json = ArticleJSON.encode([a])
    if json.utf8.contains(where: { $0 == 0x1B || $0 == 0x07 }) { violated("control byte in JSON") }
    guard (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil else { violated("invalid JSON") }
}
