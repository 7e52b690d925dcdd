import Foundation

/// A filter over the library, as typed in the reader or given to `--query`:
/// terms separated by spaces must all hold; commas inside a value mean "any of";
/// `-` negates a term. `person:zelensky country:UA,"saudi arabia" -org:nato riyadh "peace talks"`.
/// `source:` names the feed or outlet an article came from (its `Source:`).
public struct LibraryQuery: Sendable, Equatable {
    public enum Field: String, Sendable, Equatable, CaseIterable {
        case person, speaker, country, org, source, `is`
    }

    public enum Term: Sendable, Equatable {
        /// `field:value,value` — any of the values.
        case field(Field, [String])
        /// A plain word or a quoted phrase the article's text must contain.
        case text(String)
    }

    public struct Clause: Sendable, Equatable {
        public var term: Term
        public var negated: Bool
    }

    public var clauses: [Clause]
    /// The query as typed, for the status line.
    public var source: String

    public var isEmpty: Bool { clauses.isEmpty }

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var message: String
        /// Offset (in characters) in the query where the problem is.
        public var position: Int

        public var description: String { "\(message) (at column \(position + 1))" }
    }

    /// Parses a query; errors say what is wrong and where.
    public static func parse(_ text: String) throws(ParseError) -> LibraryQuery {
        var clauses: [Clause] = []
        let chars = Array(text)
        var i = 0
        func skipSpaces() { while i < chars.count, chars[i].isWhitespace { i += 1 } }
        /// A value: a quoted string or a run up to a space or a comma.
        func readValue() throws(ParseError) -> String {
            if i < chars.count, chars[i] == "\"" || chars[i] == "“" {
                let open = i
                i += 1
                var value = ""
                while i < chars.count, chars[i] != "\"" && chars[i] != "”" { value.append(chars[i]); i += 1 }
                guard i < chars.count else { throw ParseError(message: "unclosed quote", position: open) }
                i += 1
                return value
            }
            var value = ""
            while i < chars.count, !chars[i].isWhitespace, chars[i] != "," {
                if chars[i] == "\"" { throw ParseError(message: "a quote must start a value", position: i) }
                value.append(chars[i])
                i += 1
            }
            return value
        }
        skipSpaces()
        while i < chars.count {
            let termStart = i
            var negated = false
            if chars[i] == "-" {
                negated = true
                i += 1
                guard i < chars.count, !chars[i].isWhitespace else { throw ParseError(message: "'-' must be followed by a term", position: termStart) }
            }
            // field name?
            var j = i
            while j < chars.count, chars[j].isLetter { j += 1 }
            if j < chars.count, chars[j] == ":", j > i {
                let name = String(chars[i..<j]).lowercased()
                guard let field = Field(rawValue: name == "organisation" || name == "organization" ? "org" : name) else {
                    throw ParseError(message: "unknown field '\(name):' — use person:, speaker:, country:, org:, source: or is:", position: i)
                }
                i = j + 1
                var values: [String] = []
                repeat {
                    if i < chars.count, chars[i] == "," { i += 1 }
                    let valueStart = i
                    let v = try readValue()
                    guard !v.trimmingCharacters(in: .whitespaces).isEmpty else {
                        throw ParseError(message: "\(name): needs a value", position: valueStart)
                    }
                    values.append(v)
                } while i < chars.count && chars[i] == ","
                if field == .is {
                    for v in values where !["unread", "read", "bookmarked"].contains(v.lowercased()) {
                        throw ParseError(message: "unknown is:\(v) — use is:unread or is:bookmarked", position: termStart)
                    }
                }
                clauses.append(Clause(term: .field(field, values), negated: negated))
            } else {
                let v = try readValue()
                guard !v.isEmpty else { throw ParseError(message: "empty term", position: termStart) }
                clauses.append(Clause(term: .text(v), negated: negated))
            }
            if i < chars.count, !chars[i].isWhitespace {
                throw ParseError(message: "expected a space after the term", position: i)
            }
            skipSpaces()
        }
        return LibraryQuery(clauses: clauses, source: text)
    }
}
