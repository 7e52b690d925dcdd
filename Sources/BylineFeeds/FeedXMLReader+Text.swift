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

    /// Elements whose text is no part of a title: code, not words.
    static let codeElements: Set<String> = ["script", "style", "noscript", "template"]

    /// A title as plain text: tags dropped, entities decoded and scripts left
    /// out when it is HTML.
    static func plainText(_ text: String, isHTML: Bool) -> String? {
        var result = text
        if isHTML && (text.contains("<") || text.contains("&")) {
            var parts: [String] = []
            var inCode: String?
            for token in HTMLTokenizer(text) {
                switch token {
                case .start(let name, _, let selfClosing) where inCode == nil && !selfClosing && codeElements.contains(name): inCode = name
                case .end(let name) where name == inCode: inCode = nil
                case .text(let s) where inCode == nil: parts.append(s)
                default: break
                }
            }
            result = parts.joined()
        }
        let clean = ArticleTextFormat.oneLine(result)
        return clean.isEmpty ? nil : clean
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
