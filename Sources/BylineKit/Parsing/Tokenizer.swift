/// A word or punctuation mark of a paragraph, with its place in Unicode
/// scalars. A plain value: its text is the paragraph's scalars `start..<end`,
/// and its word (text, lowercase text) is `word` in the parse's `WordTable`;
/// what is asked about nearly every token is copied here from the table.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word, number, punctuation
        /// `'s` or `’s` after a name: `Russia's`.
        case possessive
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// The first scalar of the text: quote marks and sentence ends are told by it.
    var first: Unicode.Scalar
    /// The word's id in the parse's `WordTable`.
    var word: WordTable.ID
    var info: WordTable.Info

    /// The token is the one-scalar ASCII mark `mark` (`.`, `,`, `-`), told by
    /// its id: an ASCII mark's id is its scalar value. Exact for every mark
    /// but `;` and `` ` ``, which other scalars equal as Strings (`isSemicolon`).
    @inline(__always)
    func isMark(_ mark: Unicode.Scalar) -> Bool { word == WordTable.ID(mark.value) }

    /// The text equals `;` as a String: the ASCII mark, or the Greek question
    /// mark U+037E, whose canonical form `;` is.
    var isSemicolon: Bool { isMark(";") || (end - start == 1 && first == "\u{037E}") }

    /// The text has no uppercase letter (text == lowercase): lists of lowercase
    /// words that are matched case-sensitively hold only such tokens.
    @inline(__always) var isLowercase: Bool { info.isLowercase }
    /// What the word lists say about the lowercase text, looked up once per word.
    @inline(__always) var facts: WordFacts { info.facts }

    /// The lowercase text is in a list (any case of the word as written).
    @inline(__always)
    func isIn(_ list: WordFacts.Lists) -> Bool { info.facts.lists.contains(list) }

    /// The text itself is in a list of lowercase words (the word as written in lowercase).
    @inline(__always)
    func isInAsWritten(_ list: WordFacts.Lists) -> Bool { info.isLowercase && info.facts.lists.contains(list) }

    /// The lemma tests of `SpeechCues.lemma(of: text)`: a speech verb written in lowercase.
    var isSpeechVerb: Bool { isInAsWritten(.speechForm) }

    /// `text.count == 1`.
    var isOneCharacter: Bool { info.characterCount == 1 }

    /// `text.count` (Characters).
    var characterCount: Int { Int(info.characterCount) }

    /// Starts with an uppercase letter (`Kyiv`, `U.S.`, `NATO`).
    var isCapitalised: Bool { kind == .word && info.startsUppercase }

    /// Written in capitals throughout (`NATO`).
    var isAllCaps: Bool { isCapitalised && info.hasNoLowercase }
}

/// Splits a paragraph (as Unicode scalars) into tokens. Words keep inner
/// apostrophes (`don't`, `O'Neill`) and dotted abbreviations (`U.S.`, `D.C.`);
/// hyphens split words (`Trump-Putin` → `Trump`, `-`, `Putin`) so each part can
/// be recognised; a final `'s` is its own possessive token.
enum Tokenizer {
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    // The scalar tests answer ASCII inline and ask the scalar properties in
    // functions kept out of line: `Unicode.Scalar.Properties` and its
    // categories are resilient types, and a function that inlines a question
    // about them sets up their metadata on every call, even when it only ever
    // meets ASCII.

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return isWordScalarBeyondASCII(s)
    }

    @inline(never)
    private static func isWordScalarBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if isGeneralPunctuation(v) { return false }
        if v < 0x250 { return latinWordScalars[Int(v) - 0x80] }
        return isWordScalarByProperties(s)
    }

    /// What makes a scalar part of a word, asked of its Unicode properties:
    /// a letter, a digit or a combining mark. The tests above answer the
    /// commonest scalars of news text first and agree with this (tested).
    static func isWordScalarByProperties(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// U+2000–U+206F, the block of the typographic marks of news text (`’`,
    /// `“`, `—`, `…`): no letters, digits, marks or case in it; spaces only
    /// at U+2000–U+200A, U+2028, U+2029, U+202F and U+205F. A curly quote
    /// costs a Unicode property look-up per question otherwise, and an
    /// article has dozens.
    @inline(__always)
    static func isGeneralPunctuation(_ v: UInt32) -> Bool { v &- 0x2000 < 0x70 }

    /// `isWordScalarByProperties` for U+0080–U+024F (Latin-1 and Latin
    /// Extended: the accented letters of names), worked out once.
    private static let latinWordScalars: [Bool] = (0x80..<0x250).map { isWordScalarByProperties(Unicode.Scalar(UInt32($0))!) }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return isSpaceBeyondASCII(s)
    }

    @inline(never)
    private static func isSpaceBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if isGeneralPunctuation(v) { return v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return isDigitBeyondASCII(s)
    }

    @inline(never)
    private static func isDigitBeyondASCII(_ s: Unicode.Scalar) -> Bool { !isGeneralPunctuation(s.value) && s.properties.numericType != nil }

    /// A string from a run of scalars, written straight into the string's
    /// UTF-8 storage: much cheaper than appending scalars one at a time.
    static func makeString(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { makeString($0, start, end) }
    }

    static func makeString(_ scalars: TextRun<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        precondition(start >= 0 && end <= scalars.count)
        return scalars.withUnsafeBufferPointer { makeString($0, start, end) }
    }

    static func makeString(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        var length = 0
        for i in start..<end { length += UTF8.width(scalars[i]) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var o = 0
            for i in start..<end {
                let v = scalars[i].value
                if v < 0x80 {
                    buffer[o] = UInt8(truncatingIfNeeded: v)
                    o += 1
                } else {
                    for byte in UTF8.encode(scalars[i])! {
                        buffer[o] = byte
                        o += 1
                    }
                }
            }
            return o
        }
    }

    static func lowercase(_ text: String) -> String { lowercaseAndCheck(text).lower }

    /// `text` in lowercase, and whether it already was. ASCII text (most words)
    /// is lowered byte by byte; other text goes through `lowercased()`.
    static func lowercaseAndCheck(_ text: String) -> (lower: String, unchanged: Bool) {
        switch text.utf8.withContiguousStorageIfAvailable({ asciiLowercase($0) }) ?? .notASCII {
        case .lowered(let lower): return (lower, false)
        case .unchanged: return (text, true)
        case .notASCII: return lowercaseNonASCII(text)
        }
    }

    private enum ASCIILowercase {
        case unchanged, lowered(String), notASCII
    }

    /// ASCII bytes in lowercase, read straight from the string's storage.
    private static func asciiLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIILowercase {
        var hasUpper = false
        for b in bytes {
            if b >= 0x80 { return .notASCII }
            if b >= 0x41 && b <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return .unchanged }
        return .lowered(String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for i in 0..<bytes.count {
                let b = bytes[i]
                buffer[i] = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b
            }
            return bytes.count
        })
    }

    /// `lowercased()` maps each scalar to its lowercase mapping and joins the
    /// results. The same is done here with a shortcut for the scalars whose
    /// mapping is themselves (ASCII other than capitals, and any scalar that
    /// does not change when lowercased: `’`, `—`, `東`), which are most.
    @inline(never)
    private static func lowercaseNonASCII(_ text: String) -> (lower: String, unchanged: Bool) {
        // most such words (`Zürich`, `’`) have no capital: then nothing is built
        guard text.unicodeScalars.contains(where: changesWhenLowercased) else { return (text, true) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 4)
        var unchanged = true
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A {
                    bytes.append(UInt8(v + 0x20))
                    unchanged = false
                } else {
                    bytes.append(UInt8(v))
                }
            } else if !changesWhenLowercased(s) {
                appendUTF8(s, to: &bytes)
            } else {
                bytes.append(contentsOf: s.properties.lowercaseMapping.utf8)
                unchanged = false
            }
        }
        // nothing changed: the bytes are the text's own
        if unchanged { return (text, true) }
        let lower = String(decoding: bytes, as: UTF8.self)
        // a mapping may give back the same scalar; compare only then
        return (lower, lower == text)
    }

    @inline(__always)
    private static func changesWhenLowercased(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return !isCaseless(v) && changesWhenLowercasedBeyondASCII(s)
    }

    @inline(never)
    private static func changesWhenLowercasedBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.changesWhenLowercased }

    /// General punctuation (`’`, `“`, `—`, `…`): no letter there has case, so
    /// the scalar properties need not be asked.
    @inline(__always)
    private static func isCaseless(_ v: UInt32) -> Bool { isGeneralPunctuation(v) }

    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    static let topLevelDomains: [[Unicode.Scalar]] = ["com", "org", "net", "gov", "edu", "io", "co.uk", "co"].map { Array($0.unicodeScalars) }

    static func topLevelDomain(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from i: Int) -> Int? {
        for t in topLevelDomains {
            guard i + t.count <= scalars.count, matches(scalars, at: i, t) else { continue }
            if i + t.count == scalars.count || !isWordScalar(scalars[i + t.count]) { return i + t.count }
        }
        return nil
    }

    /// `scalars[i...]` begins with `word`, compared in place.
    private static func matches(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, _ word: [Unicode.Scalar]) -> Bool {
        for k in 0..<word.count where scalars[i + k] != word[k] { return false }
        return true
    }

    /// ASCII as a byte, lowercased.
    @inline(__always)
    private static func lowerByte(_ s: Unicode.Scalar) -> UInt8 {
        let b = UInt8(truncatingIfNeeded: s.value)
        return b &- 0x41 < 26 ? b + 0x20 : b
    }

    /// A word's Strings and facts straight from its scalars when they are all
    /// ASCII (nil otherwise): one pass finds whether it has capitals and
    /// hashes its lowercase bytes, its facts are looked up from that hash
    /// against the scalars themselves, and its text (and lowercase text, only
    /// if different) is written once.
    static func asciiWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> (text: String, lower: String, isLowercase: Bool, facts: WordFacts)? {
        var hash = FNV1a.offset
        var hasUpper = false
        for i in start..<end {
            let v = scalars[i].value
            if v >= 0x80 { return nil }
            if v &- 0x41 < 26 { hasUpper = true }
            hash = FNV1a.add(lowerByte(scalars[i]), to: hash)
        }
        let count = end - start
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count { buffer[k] = UInt8(truncatingIfNeeded: scalars[start + k].value) }
            return count
        }
        let lower = !hasUpper ? text : String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count { buffer[k] = lowerByte(scalars[start + k]) }
            return count
        }
        let facts = WordFacts.byteTable.value(hash: hash, count: count) { lowerByte(scalars[start + $0]) } ?? .none
        return (text, lower, !hasUpper, facts)
    }

    /// The first letter is uppercase.
    static func startsUppercase(_ text: String) -> Bool {
        guard let b = text.utf8.first else { return false }
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return startsUppercaseBeyondASCII(text)
    }

    @inline(never)
    private static func startsUppercaseBeyondASCII(_ text: String) -> Bool {
        let f = text.unicodeScalars.first!
        return f.properties.isUppercase || f.properties.generalCategory == .titlecaseLetter
    }

    /// One-scalar ASCII marks (`.`, `,`, `"`), made once: a mark token is a copy
    /// with its offsets set. Indexed by the scalar's value; nil for word scalars.
    /// Their word ids are their scalar values in every `WordTable`.
    static let asciiMarks: [Token?] = {
        let words = WordTable()
        return (0..<128).map { v in
            let s = Unicode.Scalar(UInt8(v))
            guard !isWordScalar(s), !isSpace(s) else { return nil }
            return Token(kind: .punctuation, start: 0, end: 1, first: s, word: WordTable.ID(v), info: words.info(WordTable.ID(v)))
        }
    }()

    /// A possessive is the word `'s` however it is written (`’s`, `'S`).
    private static let possessiveScalars: [Unicode.Scalar] = ["'", "s"]

    private static func possessive(at i: Int, words: inout WordTable) -> Token {
        let id = possessiveScalars.withUnsafeBufferPointer { words.id($0, 0, 2) }
        return Token(kind: .possessive, start: i, end: i + 2, first: "'", word: id, info: words.info(id))
    }

    /// A token of `scalars[start..<end]`, its word found in (or added to) `words`.
    @inline(__always)
    private static func token(_ kind: Token.Kind, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, words: inout WordTable) -> Token {
        let id = words.id(scalars, start, end)
        return Token(kind: kind, start: start, end: end, first: scalars[start], word: id, info: words.info(id))
    }

    static func tokenize(_ scalars: [Unicode.Scalar], words: inout WordTable) -> [Token] {
        var tokens = TokenBuffer(capacity: scalars.count / 3 + 4)
        scalars.withUnsafeBufferPointer { tokenize($0, into: &tokens, words: &words) }
        return tokens.array
    }

    /// Appends the tokens of `scalars` (token offsets count from its start) to `tokens`.
    static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into tokens: inout TokenBuffer, words: inout WordTable) {
        let asciiMarks = Self.asciiMarks
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
                let kind: Token.Kind = isDigit(scalars[start]) ? .number : .word
                tokens.append(token(kind, scalars, start, j, words: &words))
                i = j
                continue
            }
            if isApostrophe(s), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= n || !isWordScalar(scalars[i + 2]), i > 0, isWordScalar(scalars[i - 1]) {
                tokens.append(possessive(at: i, words: &words))
                i += 2
                continue
            }
            // runs of the same punctuation (`...`, `--`) are one token
            var j = i + 1
            while j < n, scalars[j] == s, s == "." || s == "-" { j += 1 }
            if j == i + 1, s.value < 0x80, var mark = asciiMarks[Int(s.value)] {
                mark.start = i
                mark.end = j
                tokens.append(mark)
                i = j
                continue
            }
            tokens.append(token(.punctuation, scalars, i, j, words: &words))
            i = j
        }
    }
}
