/// One piece of an HTML document: a start tag, an end tag, or text (with its
/// character references decoded). Comments, doctypes and processing
/// instructions are skipped.
public enum HTMLToken: Sendable, Equatable {
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    case text(String)
}

/// Splits HTML into tokens in one pass, forgiving as browsers are: a `<` that
/// opens no tag is text, an unterminated tag or comment ends the document, and
/// the contents of `script`, `style`, `title` and the like are raw text up to
/// their end tag. Tag and attribute names are lowercased.
public struct HTMLTokenizer: Sequence, IteratorProtocol {
    /// Elements whose contents are not markup.
    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "template"]

    private let s: [Unicode.Scalar]
    private var i = 0
    private var rawTextEnd: String?

    public init(_ html: String) {
        s = Array(html.unicodeScalars)
    }

    public mutating func next() -> HTMLToken? {
        if let name = rawTextEnd {
            rawTextEnd = nil
            return rawText(until: name)
        }
        guard i < s.count else { return nil }
        if s[i] == "<", let token = tag() { return token }
        // text up to the next `<` that could open something
        let start = i
        i += 1
        while i < s.count, s[i] != "<" { i += 1 }
        return .text(HTMLEntities.decode(string(start, i)))
    }

    private func string(_ a: Int, _ b: Int) -> String {
        String(String.UnicodeScalarView(s[a..<b]))
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}"
    }

    /// A tag, comment or declaration at `i` (a `<`); nil when the `<` is text.
    private mutating func tag() -> HTMLToken? {
        let open = i
        guard open + 1 < s.count else { return nil }
        let c = s[open + 1]
        if c == "!" || c == "?" {
            if c == "!", open + 3 < s.count, s[open + 2] == "-", s[open + 3] == "-" {
                i = find("-->", from: open + 4).map { $0 + 3 } ?? s.count
            } else if c == "!", matches("[CDATA[", at: open + 2) {
                let end = find("]]>", from: open + 9) ?? s.count
                let text = string(open + 9, end)
                i = Swift.min(s.count, end + 3)
                return .text(text)
            } else {
                i = find(">", from: open + 2).map { $0 + 1 } ?? s.count
            }
            return .text("")
        }
        let closing = c == "/"
        var j = open + (closing ? 2 : 1)
        guard j < s.count, Self.isLetter(s[j]) else { return nil }
        let nameStart = j
        while j < s.count, !Self.isSpace(s[j]), s[j] != "/", s[j] != ">" { j += 1 }
        let name = string(nameStart, j).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        // attributes: name, optional = and a quoted or bare value
        while j < s.count, s[j] != ">" {
            if Self.isSpace(s[j]) { j += 1; continue }
            if s[j] == "/" { selfClosing = true; j += 1; continue }
            selfClosing = false
            let attrStart = j
            while j < s.count, !Self.isSpace(s[j]), s[j] != "=", s[j] != ">", !(s[j] == "/" && j > attrStart) { j += 1 }
            if j == attrStart { j += 1; continue }
            let attrName = string(attrStart, j).lowercased()
            while j < s.count, Self.isSpace(s[j]) { j += 1 }
            var value = ""
            if j < s.count, s[j] == "=" {
                j += 1
                while j < s.count, Self.isSpace(s[j]) { j += 1 }
                if j < s.count, s[j] == "\"" || s[j] == "'" {
                    let quote = s[j]
                    let valueStart = j + 1
                    j = valueStart
                    while j < s.count, s[j] != quote { j += 1 }
                    value = string(valueStart, Swift.min(j, s.count))
                    j = Swift.min(s.count, j + 1)
                } else {
                    let valueStart = j
                    while j < s.count, !Self.isSpace(s[j]), s[j] != ">" { j += 1 }
                    value = string(valueStart, j)
                }
            }
            if !closing, attributes[attrName] == nil { attributes[attrName] = HTMLEntities.decode(value) }
        }
        i = Swift.min(s.count, j + 1)
        if closing { return .end(name: name) }
        if Self.rawTextElements.contains(name), !selfClosing { rawTextEnd = name }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// The raw contents of an element up to `</name` (any case); then its end tag.
    private mutating func rawText(until name: String) -> HTMLToken {
        let start = i
        var j = i
        let target = Array(("</" + name).unicodeScalars)
        while j < s.count {
            if s[j] == "<", j + target.count <= s.count,
               zip(s[j..<(j + target.count)], target).allSatisfy({ a, b in a == b || (Self.isLetter(a) && a.properties.lowercaseMapping == String(b)) }) {
                break
            }
            j += 1
        }
        i = j
        let text = string(start, j)
        // the end tag itself is read as a tag next time; an element never closed
        // swallows the rest of the document, as in a browser
        return .text(name == "title" || name == "textarea" ? HTMLEntities.decode(text) : text)
    }

    private func matches(_ literal: String, at position: Int) -> Bool {
        var k = position
        for c in literal.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }

    private func find(_ literal: String, from position: Int) -> Int? {
        let first = literal.unicodeScalars.first!
        var k = position
        while k < s.count {
            if s[k] == first, matches(literal, at: k) { return k }
            k += 1
        }
        return nil
    }
}
