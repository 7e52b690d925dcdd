import BylineKit
import Foundation

/// How the feed reader turns a field's text into a title, an address, an
/// author or markup: pure functions of the text.
extension FeedXMLReader {
    /// Fields whose children are markup, not structure.
    static func holdsMarkup(_ name: String, ns: String) -> Bool {
        switch (name, ns) {
        case ("description", _), ("encoded", Namespace.content), ("body", _), ("fullitem", _), ("title", _),
             ("summary", _), ("content", Namespace.atom), ("subtitle", _): true
        default: false
        }
    }

    /// An Atom text construct's type as text, html or xhtml (MIME types
    /// included), or base64 for any other type, which Atom sends encoded so
    /// (base64-text or base64-html: what the decoded text is).
    /// Atom 0.3's `mode` says how the content is written: `escaped` (markup
    /// as text), `base64`, or `xml` (the default: as the type says).
    static func constructType(_ type: String?, mode: String? = nil) -> String? {
        switch mode?.lowercased() {
        case "base64": return constructType(type) == "text" ? "base64-text" : "base64-html"
        case "escaped": return constructType(type) == "text" ? "text" : "html"
        default: break
        }
        let lower = (type ?? "text").lowercased().trimmingCharacters(in: .whitespaces)
        switch lower {
        case "text", "text/plain", "": return "text"
        case "html", "text/html": return "html"
        case "xhtml", "application/xhtml+xml": return "xhtml"
        default: return lower.hasPrefix("text/") ? "text" : lower.hasSuffix("xml") ? "html" : "base64-html"
        }
    }

    /// The text when it is itself an http(s) address (not one made by
    /// resolving it against the feed's: an id like `1234` is no link).
    static func webAddress(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else { return nil }
        return url.absoluteString
    }

    /// RSS `<author>` is an e-mail address with the name in parentheses, or a name.
    static func authorName(fromRSS text: String) -> String? {
        let clean = ArticleTextFormat.oneLine(text)
        if let open = clean.firstIndex(of: "("), clean.hasSuffix(")") {
            let name = clean[clean.index(after: open)..<clean.index(before: clean.endIndex)].trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        if clean.isEmpty || (clean.contains("@") && !clean.contains(" ")) { return nil }
        return clean
    }

    /// A title as plain text: tags dropped, entities decoded and scripts left
    /// out when it is HTML.
    static func plainText(_ text: String, isHTML: Bool) -> String? {
        var result = text
        if isHTML && (text.contains("<") || text.contains("&")) {
            result = markupToText(text)
        }
        let clean = ArticleTextFormat.oneLine(result)
        return clean.isEmpty ? nil : clean
    }

    /// A title's markup as text: tags dropped, scripts' and styles' text left
    /// out, references decoded. A scan of its own rather than libxml2's HTML
    /// parser: titles are read inside `XMLParser`'s callbacks, and entering
    /// libxml2 again there upsets the feed's own parse (they share libxml2's
    /// global state), so that every later `&amp;` is an error.
    static func markupToText(_ markup: String) -> String {
        let s = Array(markup.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func starts(_ word: String, at k: Int) -> Bool {
            let w = Array(word.unicodeScalars)
            guard k + w.count <= s.count else { return false }
            return (0..<w.count).allSatisfy { String(s[k + $0]).lowercased() == String(w[$0]) }
        }
        while i < s.count {
            let c = s[i]
            if c == "<", i + 1 < s.count, s[i + 1].properties.isAlphabetic || s[i + 1] == "/" || s[i + 1] == "!" {
                var j = i + 1
                while j < s.count, s[j] != ">" { j += 1 }
                let code = ["script", "style"].first { starts($0, at: i + 1) && (i + 1 + $0.count == s.count || !s[i + 1 + $0.count].properties.isAlphabetic) }
                i = j + 1
                if let code {
                    // to the end tag, or the end
                    while i < s.count, !(s[i] == "<" && i + 1 < s.count && s[i + 1] == "/" && starts(code, at: i + 2)) { i += 1 }
                    while i < s.count, s[i] != ">" { i += 1 }
                    i += 1
                }
                continue
            }
            if c == "&", let (scalar, next) = reference(s, at: i) {
                out.append(contentsOf: scalar.unicodeScalars)
                i = next
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// The reference at `s[start]` (an `&`) and the index after it, or nil
    /// when it is none (`&` stays).
    static func reference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < s.count, end - start <= 33, s[end] != ";", s[end] != "&", s[end] != " " { end += 1 }
        guard end < s.count, s[end] == ";", end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(s[(start + 1)..<end]))
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value else { return nil }
            let decoded = (0x80...0x9F).contains(value) ? ArticleTextDecoder.windows1252(UInt8(value)) : value
            let scalar = value == 0 ? nil : Unicode.Scalar(decoded)
            return (String(scalar ?? "\u{FFFD}"), end + 1)
        }
        let predefined = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        guard let text = predefined[body] ?? HTMLCharacterReference.named(body) else { return nil }
        return (text, end + 1)
    }

    /// Text as markup: `&` and `<` escaped (one pass, and none at all for
    /// text without them, the common case).
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
