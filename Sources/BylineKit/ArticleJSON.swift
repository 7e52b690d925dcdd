import Foundation

/// The `byline parse --json` contract of DESIGN.md: one object per article,
/// keys in a fixed order, offsets in Unicode scalars. Written by hand rather
/// than through `JSONEncoder` so that the key order is stable and every control
/// character is escaped (nothing in the output can drive a terminal).
public enum ArticleJSON {
    public static func encode(_ articles: [Article]) -> String {
        lines(articles.map(object))
    }

    /// The one way the commands print JSON (`parse`, `list`, `quotes`): an
    /// array with one object per line, and a final newline.
    public static func lines(_ objects: [String]) -> String {
        objects.isEmpty ? "[]\n" : "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    /// An object from its fields in order, each value already JSON (`string`, a number, `null`).
    public static func object(_ fields: [(String, String)]) -> String {
        obj(fields)
    }

    static func object(_ a: Article) -> String {
        var fields: [(String, String)] = [
            ("file", string(a.file)),
            ("title", string(a.title)),
        ]
        var header: [(String, String)] = []
        if let v = a.header.source { header.append(("source", string(v))) }
        if let v = a.header.author { header.append(("author", string(v))) }
        if let v = a.header.date { header.append(("date", string(v))) }
        if let v = a.header.url { header.append(("url", string(v))) }
        if !header.isEmpty { fields.append(("header", obj(header))) }
        fields.append(("paragraphs", array(a.paragraphs.map { p in
            var f = [("kind", string(p.kind.rawValue)), ("text", string(p.text))]
            if !p.references.isEmpty {
                f.append(("references", array(p.references.map { obj([("offset", String($0.offset)), ("number", String($0.number))]) })))
            }
            return obj(f)
        })))
        fields.append(("people", array(a.people.map { p in
            var f: [(String, String)] = [("name", string(p.name)), ("aliases", array(p.aliases.map(string)))]
            if let role = p.role { f.append(("role", string(role))) }
            f.append(("mentions", mentions(p.mentions)))
            return obj(f)
        })))
        fields.append(("countries", array(a.countries.map {
            obj([("name", string($0.name)), ("code", $0.code.map(string) ?? "null"), ("mentions", mentions($0.mentions))])
        })))
        fields.append(("organisations", array(a.organisations.map {
            obj([("name", string($0.name)), ("mentions", mentions($0.mentions))])
        })))
        fields.append(("quotes", array(a.quotes.map { q in
            obj([
                ("text", string(q.text)),
                ("speaker", q.speaker.map(string) ?? "null"),
                ("speakerKind", q.speakerKind.map { string($0.rawValue) } ?? "null"),
                ("paragraph", String(q.mention.paragraph)),
                ("start", String(q.mention.start)),
                ("end", String(q.mention.end)),
                ("speakerMention", q.speakerMention.map { "{\"paragraph\": \($0.paragraph), \"start\": \($0.start), \"end\": \($0.end)}" } ?? "null"),
                ("rule", q.rule.map(string) ?? "null"),
            ])
        })))
        if !a.notes.isEmpty { fields.append(("notes", array(a.notes.map(string)))) }
        return obj(fields)
    }

    static func mentions(_ ms: [Mention]) -> String {
        array(ms.map { "{\"paragraph\": \($0.paragraph), \"start\": \($0.start), \"end\": \($0.end)}" })
    }

    static func obj(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    /// A JSON string literal; every control character, DEL, C1 control and bidi
    /// override is written as a `\u` escape.
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if TextSafety.isUnsafeInLine(u) {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
