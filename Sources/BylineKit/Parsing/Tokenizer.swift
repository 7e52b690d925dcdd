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
    /// `text` in lowercase, computed once: the recognisers compare it often.
    var lower: String

    init(kind: Kind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.lower = Tokenizer.lowercase(text)
    }

    /// Starts with an uppercase letter (`Kyiv`, `U.S.`, `NATO`).
    var isCapitalised: Bool {
        guard kind == .word, let f = text.unicodeScalars.first else { return false }
        if f.value < 0x80 { return f.value >= 0x41 && f.value <= 0x5A }
        return f.properties.isUppercase || f.properties.generalCategory == .titlecaseLetter
    }

    var isAllCaps: Bool {
        guard kind == .word, isCapitalised else { return false }
        return text == text.uppercased()
    }
}

/// Splits a paragraph (as Unicode scalars) into tokens. Words keep inner
/// apostrophes (`don't`, `O'Neill`) and dotted abbreviations (`U.S.`, `D.C.`);
/// hyphens split words (`Trump-Putin` → `Trump`, `-`, `Putin`) so each part can
/// be recognised; a final `'s` is its own possessive token.
enum Tokenizer {
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType != nil
    }

    /// A string from a run of scalars; ASCII runs (most words) are copied byte
    /// by byte, which is much cheaper than appending scalars one at a time.
    static func makeString(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var ascii = true
        for i in start..<end where scalars[i].value >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for i in start..<end { buffer[i - start] = UInt8(truncatingIfNeeded: scalars[i].value) }
                return end - start
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    static func lowercase(_ text: String) -> String {
        var hasUpper = false
        for b in text.utf8 {
            if b >= 0x80 { return text.lowercased() }
            if b >= 0x41 && b <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var i = 0
            for b in text.utf8 {
                buffer[i] = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b
                i += 1
            }
            return i
        }
    }

    /// The end of `com` in `Amazon.com` when a common top-level domain follows
    /// the dot and ends the word.
    static func topLevelDomain(_ scalars: [Unicode.Scalar], from i: Int) -> Int? {
        for tld in ["com", "org", "net", "gov", "edu", "io", "co.uk", "co"] {
            let t = Array(tld.unicodeScalars)
            guard i + t.count <= scalars.count, Array(scalars[i..<(i + t.count)]) == t else { continue }
            if i + t.count == scalars.count || !isWordScalar(scalars[i + t.count]) { return i + t.count }
        }
        return nil
    }

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let n = scalars.count
        var i = 0
        while i < n {
            let s = scalars[i]
            if isSpace(s) { i += 1; continue }
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
                    // web addresses: Amazon.com, Scientology.org
                    if c == ".", j + 1 < n, let tld = Tokenizer.topLevelDomain(scalars, from: j + 1) {
                        j = tld
                        continue
                    }
                    // decimal numbers and thousands: 1,000 / 3.5
                    if (c == "," || c == "."), j + 1 < n, isDigit(scalars[j + 1]), isDigit(scalars[j - 1]) {
                        j += 1
                        continue
                    }
                    break
                }
                // keep the final period of a dotted abbreviation (U.S.)
                if j < n, scalars[j] == ".", j - start >= 3, scalars[j - 2] == "." { j += 1 }
                let text = makeString(scalars, start, j)
                let isNumber = isDigit(scalars[start])
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
            tokens.append(Token(kind: .punctuation, text: makeString(scalars, i, j), start: i, end: j))
            i = j
        }
        return tokens
    }
}
