import BylineKit
import Foundation

/// Mends the slips that make a feed's XML ill-formed — the ones every other
/// reader forgives — in one pass over its UTF-8 bytes, before the XML parser
/// sees them, so that one slip does not cost the whole feed:
///
/// - a bare `&` (`?a=1&b=2`, `Q&A`) becomes `&amp;`;
/// - an HTML entity the document does not declare (`&nbsp;`, `&eacute;`)
///   becomes the numeric reference to its characters; one the document's
///   internal DTD subset declares as plain text (no markup, no references)
///   becomes that text, as XMLParser leaves such references out; the five
///   of XML and any other declared ones stay as they are (nothing is ever
///   read from an external DTD);
/// - a numeric reference to a character XML forbids becomes U+FFFD, one to
///   128–159 the Windows-1252 character, as HTML reads it, and a run of
///   references that spells UTF-8 the characters it spells (`flush`);
/// - control characters XML forbids are dropped;
/// - whitespace before the XML declaration is dropped, and so is a
///   declaration that is not at the start (after a comment);
/// - parameter-entity references in the DOCTYPE (`%latin;`), which could
///   only pull in an external file, are dropped;
/// - an end tag cut off at the very end (`</rss`) is closed.
///
/// Comments, CDATA sections, processing instructions and the DOCTYPE are
/// copied untouched (but for forbidden controls). A well-formed feed comes out
/// the same but for its character references, which are written as decimal
/// references to the same characters.
enum FeedXMLRepair {
    static func repair(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var declared: [String: [UInt8]?] = [:]
        var expanded = 0
        // the characters of consecutive references, written out together
        var run: [UInt32] = []
        var i = 0
        // whitespace before `<?xml`
        var start = 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        if start > 0, bytes[start...].starts(with: Array("<?xml".utf8)) { i = start }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "&") {
                i = reference(bytes, at: i, declared: declared, expanded: &expanded, run: &run, into: &out)
                continue
            }
            flush(&run, into: &out)
            if byte == UInt8(ascii: "<"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "!") || bytes[i + 1] == UInt8(ascii: "?") {
                let end = endOfMarkup(bytes, at: i)
                if bytes[i...].starts(with: Array("<!DOCTYPE".utf8)) {
                    declared.merge(entities(in: bytes[i..<end])) { first, _ in first }
                    out.append(contentsOf: withoutParameterReferences(bytes[i..<end]))
                } else if !out.isEmpty, isDeclaration(bytes[i..<end]) {
                    // (a declaration after a comment: the encoding is UTF-8 by now)
                } else {
                    out.append(contentsOf: bytes[i..<end].filter { !isForbiddenControl($0) })
                }
                i = end
            } else {
                if !isForbiddenControl(byte) { out.append(byte) }
                i += 1
            }
        }
        flush(&run, into: &out)
        closeCutOffEndTag(&out)
        return Data(out)
    }

    static func isDeclaration(_ markup: ArraySlice<UInt8>) -> Bool {
        markup.starts(with: Array("<?xml".utf8)) && markup.count > 5 && isSpace(markup[markup.startIndex + 5])
    }

    /// The DOCTYPE without `%name;` references outside quoted values.
    static func withoutParameterReferences(_ doctype: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(doctype.count)
        var quote: UInt8 = 0
        var i = doctype.startIndex
        while i < doctype.endIndex {
            let b = doctype[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "%") {
                var j = i + 1
                while j < doctype.endIndex, isNameByte(doctype[j]) { j += 1 }
                if j > i + 1, j < doctype.endIndex, doctype[j] == UInt8(ascii: ";") {
                    i = j + 1
                    continue
                }
            }
            if !isForbiddenControl(b) { out.append(b) }
            i += 1
        }
        return out
    }

    /// `…</rss` at the very end (whitespace aside) gets its `>`.
    static func closeCutOffEndTag(_ out: inout [UInt8]) {
        var end = out.count
        while end > 0, isSpace(out[end - 1]) { end -= 1 }
        var i = end
        while i > 0, isNameByte(out[i - 1]), end - i < 64 { i -= 1 }
        guard i < end, i >= 2, out[i - 1] == UInt8(ascii: "/"), out[i - 2] == UInt8(ascii: "<") else { return }
        out.insert(UInt8(ascii: ">"), at: end)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isForbiddenControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    /// The end (exclusive) of the comment, CDATA section, processing
    /// instruction or declaration starting at `start` (`<!` or `<?`); the
    /// end of the bytes when it is never closed.
    static func endOfMarkup(_ bytes: [UInt8], at start: Int) -> Int {
        let rest = bytes[start...]
        let terminator: [UInt8]
        if rest.starts(with: Array("<!--".utf8)) {
            terminator = Array("-->".utf8)
        } else if rest.starts(with: Array("<![CDATA[".utf8)) {
            terminator = Array("]]>".utf8)
        } else if bytes[start + 1] == UInt8(ascii: "?") {
            terminator = Array("?>".utf8)
        } else {
            // `<!DOCTYPE … [ … ]>` or `<!ENTITY …>`: the `>` outside brackets and quotes
            var depth = 0, quote: UInt8 = 0, i = start + 2
            while i < bytes.count {
                let b = bytes[i]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: "[") {
                    depth += 1
                } else if b == UInt8(ascii: "]") {
                    depth = max(0, depth - 1)
                } else if b == UInt8(ascii: ">") && depth == 0 {
                    return i + 1
                }
                i += 1
            }
            return bytes.count
        }
        var i = start + 2
        while i + terminator.count <= bytes.count {
            if bytes[i] == terminator[0] && bytes[i..<(i + terminator.count)].elementsEqual(terminator) { return i + terminator.count }
            i += 1
        }
        return bytes.count
    }

    /// The general entities a DOCTYPE's internal subset declares: their
    /// text when it is plain (at most 1 KB, no `&`, `%` or `<`), else nil.
    static func entities(in doctype: ArraySlice<UInt8>) -> [String: [UInt8]?] {
        var entities: [String: [UInt8]?] = [:]
        let keyword = Array("<!ENTITY".utf8)
        var i = doctype.startIndex
        while i + keyword.count < doctype.endIndex {
            guard doctype[i] == UInt8(ascii: "<"), doctype[i..<(i + keyword.count)].elementsEqual(keyword) else {
                i += 1
                continue
            }
            i += keyword.count
            while i < doctype.endIndex, isSpace(doctype[i]) { i += 1 }
            let nameStart = i
            while i < doctype.endIndex, isNameByte(doctype[i]) { i += 1 }
            guard i > nameStart else { continue }
            let name = String(decoding: doctype[nameStart..<i], as: UTF8.self)
            while i < doctype.endIndex, isSpace(doctype[i]) { i += 1 }
            var value: [UInt8]?
            if i < doctype.endIndex, doctype[i] == UInt8(ascii: "\"") || doctype[i] == UInt8(ascii: "'") {
                let quote = doctype[i]
                let valueStart = i + 1
                var j = valueStart
                while j < doctype.endIndex, doctype[j] != quote { j += 1 }
                let text = doctype[valueStart..<j]
                if text.count <= 1024, !text.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "<") }) {
                    value = Array(text)
                }
                i = j
            }
            if entities[name] == nil { entities[name] = value }
        }
        return entities
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
            || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b >= 0x80
    }

    static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// The reference at `start` (an `&`), mended, appended to `out`; the index after it.
    /// Plain declared entities are written out until they have added this
    /// much; references past it stay references.
    static let expansionLimit = 4 * 1024 * 1024

    /// Character references (numeric, or HTML names) add their characters
    /// to `run`; anything else writes the run out first.
    static func reference(_ bytes: [UInt8], at start: Int, declared: [String: [UInt8]?], expanded: inout Int,
                          run: inout [UInt32], into out: inout [UInt8]) -> Int {
        var i = start + 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "#") {
            i += 1
            let hex = i < bytes.count && (bytes[i] == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "X"))
            if hex { i += 1 }
            var value: UInt32 = 0, digits = 0
            while i < bytes.count, let digit = digitValue(bytes[i], hex: hex) {
                if value < 0x110000 { value = value * (hex ? 16 : 10) + digit }
                digits += 1
                i += 1
            }
            guard digits > 0 else {
                flush(&run, into: &out)
                out.append(contentsOf: Array("&amp;".utf8))
                return start + 1
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ";") { i += 1 }
            run.append(value)
            return i
        }
        let nameStart = i
        while i < bytes.count, i - nameStart <= 40, isNameByte(bytes[i]) { i += 1 }
        guard i > nameStart, i < bytes.count, bytes[i] == UInt8(ascii: ";") else {
            flush(&run, into: &out)
            out.append(contentsOf: Array("&amp;".utf8))
            return start + 1
        }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        let reference = "&" + name + ";"
        let decoded = predefined.contains(name) || declared[name] != nil ? reference : HTMLCharacterReference.named(name) ?? reference
        if decoded != reference {
            run.append(contentsOf: decoded.unicodeScalars.map(\.value))
            return i + 1
        }
        flush(&run, into: &out)
        if let value = declared[name], let text = value, expanded + text.count <= expansionLimit, !predefined.contains(name) {
            out.append(contentsOf: text)
            expanded += text.count
            return i + 1
        }
        if predefined.contains(name) || declared[name] != nil {
            out.append(contentsOf: bytes[start...i])
            return i + 1
        }
        out.append(contentsOf: Array("&amp;".utf8))
        return start + 1
    }

    /// Writes a run of referenced characters as numeric references. A run
    /// of characters below 256 that spells UTF-8 (`&#226;&#128;&#166;`,
    /// `&acirc;&#128;&brvbar;`) is text encoded twice over — UTF-8 read as
    /// Latin-1 — and is written as the characters it spells (`…`).
    static func flush(_ run: inout [UInt32], into out: inout [UInt8]) {
        guard !run.isEmpty else { return }
        var scalars = run
        if run.count >= 2, run.allSatisfy({ $0 <= 0xFF }), run.contains(where: { $0 >= 0x80 }),
           let text = String(validating: run.map { UInt8($0) }, as: UTF8.self) {
            scalars = text.unicodeScalars.map(\.value)
        }
        for value in scalars { out.append(contentsOf: Array("&#\(allowedScalar(value));".utf8)) }
        run.removeAll(keepingCapacity: true)
    }

    static func digitValue(_ b: UInt8, hex: Bool) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A character XML allows in place of `value`: itself, the Windows-1252
    /// reading of 128–159, else U+FFFD.
    static func allowedScalar(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0x7F, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: value
        case 0x80...0x9F: ArticleTextDecoder.windows1252(UInt8(value))
        default: 0xFFFD
        }
    }
}
