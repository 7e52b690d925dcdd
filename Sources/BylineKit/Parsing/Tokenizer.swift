/// A word or punctuation mark of a paragraph, with its place in Unicode scalars.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word, number, punctuation
        /// `'s` or `’s` after a name: `Russia's`.
        case possessive
    }

    var kind: Kind
    var text: String
    var start: Int
    var end: Int

    /// Starts with an uppercase letter (`Kyiv`, `U.S.`, `NATO`).
    var isCapitalised: Bool {
        guard kind == .word, let f = text.unicodeScalars.first else { return false }
        return f.properties.isUppercase || f.properties.generalCategory == .titlecaseLetter
    }

    var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.contains { $0.properties.isUppercase }
            && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    var lower: String { text.lowercased() }
}

/// Splits a paragraph (as Unicode scalars) into tokens. Words keep inner
/// apostrophes (`don't`, `O'Neill`) and dotted abbreviations (`U.S.`, `D.C.`);
/// hyphens split words (`Trump-Putin` → `Trump`, `-`, `Putin`) so each part can
/// be recognised; a final `'s` is its own possessive token.
enum Tokenizer {
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let n = scalars.count
        var i = 0
        while i < n {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            if isWordScalar(s) {
                let start = i
                var j = i + 1
                while j < n {
                    let c = scalars[j]
                    if isWordScalar(c) { j += 1; continue }
                    // inner apostrophe followed by a letter, but not a final 's
                    if isApostrophe(c), j + 1 < n, isWordScalar(scalars[j + 1]) {
                        let isPossessive = (scalars[j + 1] == "s" || scalars[j + 1] == "S")
                            && (j + 2 >= n || !isWordScalar(scalars[j + 2]))
                        if isPossessive { break }
                        j += 1
                        continue
                    }
                    // dotted abbreviation: U.S. / D.C. / a.m.
                    if c == ".", j + 1 < n, isWordScalar(scalars[j + 1]), j - start <= 2,
                       j + 2 >= n || !isWordScalar(scalars[j + 2]) || scalars[j + 2] == "." {
                        j += 1
                        continue
                    }
                    // decimal numbers and thousands: 1,000 / 3.5
                    if (c == "," || c == "."), j + 1 < n, scalars[j + 1].properties.numericType != nil,
                       scalars[j - 1].properties.numericType != nil {
                        j += 1
                        continue
                    }
                    break
                }
                // keep the final period of a dotted abbreviation (U.S.)
                if j < n, scalars[j] == ".", j - start >= 3, scalars[j - 2] == "." { j += 1 }
                let text = String(String.UnicodeScalarView(scalars[start..<j]))
                let isNumber = scalars[start].properties.numericType != nil
                tokens.append(Token(kind: isNumber ? .number : .word, text: text, start: start, end: j))
                i = j
                continue
            }
            if isApostrophe(s), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= n || !isWordScalar(scalars[i + 2]), i > 0, isWordScalar(scalars[i - 1]) {
                tokens.append(Token(kind: .possessive, text: "'s", start: i, end: i + 2))
                i += 2
                continue
            }
            // runs of the same punctuation (`...`, `--`) are one token
            var j = i + 1
            while j < n, scalars[j] == s, s == "." || s == "-" { j += 1 }
            tokens.append(Token(kind: .punctuation, text: String(String.UnicodeScalarView(scalars[i..<j])), start: i, end: j))
            i = j
        }
        return tokens
    }
}
