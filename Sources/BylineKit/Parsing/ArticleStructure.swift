import Foundation

/// Header block, title, paragraphs, headings and trailing boilerplate: the
/// shape of an article before any of its words are understood.
public struct ArticleStructure: Sendable, Equatable {
    public var header: ArticleHeader
    public var title: String
    public var paragraphs: [Paragraph]

    /// Splits sanitised text (LF line ends) into the article's parts. The text
    /// is read as UTF-8 bytes, once: each block's String is made from them.
    public static func parse(_ text: String, markdown: Bool = false) -> ArticleStructure {
        var text = text
        let (header, bodyStart) = takeHeader(&text)
        var blocks = text.withUTF8 { splitBlocks($0, from: bodyStart) }
        let isMarkdown = markdown || blocks.first.map { $0.hasPrefix("# ") } == true
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(blocks.count)
        var title = header.title
        for (i, block) in blocks.enumerated() {
            if isMarkdown, let heading = markdownHeading(block) {
                if title == nil && i == 0 && heading.level == 1 { title = heading.text }
                paragraphs.append(Paragraph(kind: .heading, text: heading.text))
                continue
            }
            let text = isMarkdown ? stripMarkdown(block) : block
            if let crosshead = crosshead(text) {
                paragraphs.append(Paragraph(kind: .heading, text: crosshead))
            } else if i == 0 && title == nil && header.isEmpty && looksLikeTitle(text) && blocks.count > 1 {
                title = text
                paragraphs.append(Paragraph(kind: .heading, text: text))
            } else {
                paragraphs.append(Paragraph(kind: .body, text: text))
            }
        }
        blocks.removeAll()
        markBoilerplate(&paragraphs)
        let derived = title ?? paragraphs.first { $0.kind == .body }.map { derivedTitle(from: $0.text) } ?? ""
        return ArticleStructure(header: header, title: derived, paragraphs: paragraphs)
    }

    /// Lines split on the UTF-8 newline byte: far cheaper than splitting on
    /// Characters, which has to find grapheme boundaries. The newlines are found
    /// in the contiguous bytes; only the line boundaries become string indices.
    static func splitLines(_ text: String) -> [Substring] {
        var text = text
        var ends: [Int] = []
        text.withUTF8 { bytes in
            for i in 0..<bytes.count where bytes[i] == 0x0A { ends.append(i) }
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = utf8.startIndex
        for end in ends {
            let newline = utf8.index(utf8.startIndex, offsetBy: end)
            lines.append(text[start..<newline])
            start = utf8.index(after: newline)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The end of the line that starts at byte `start` (its newline, or the end
    /// of the text) and whether joining leaves the line as it is: it neither
    /// starts nor ends with a separator, its only separators are single spaces,
    /// and it holds no tab, CR or NBSP (nor is it empty). Most lines are tidy.
    /// Sixteen bytes are looked at together, for a newline and for what makes
    /// a line untidy: a tab, CR, C2 (which NBSP starts with) or two spaces.
    static func scanLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, tidy: Bool) {
        let n = bytes.count
        // an empty line (the most common) ends at once
        if start < n && bytes[start] == 0x0A { return (start, false) }
        var tidy = start == n || bytes[start] != 0x20
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            typealias Bytes = SIMD16<UInt8>   // (lanes of a named type: the compiler makes vector code of them)
            let space = Bytes(repeating: 0x20)
            while i + 17 <= n {
                let chunk = raw.loadUnaligned(fromByteOffset: i, as: Bytes.self)
                let next = raw.loadUnaligned(fromByteOffset: i + 1, as: Bytes.self)
                let newline = chunk .== Bytes(repeating: 0x0A)
                let untidy = (chunk .== space) .& (next .== space) .| (chunk .== Bytes(repeating: 0x09))
                    .| (chunk .== Bytes(repeating: 0x0D)) .| (chunk .== Bytes(repeating: 0xC2))
                // most sixteen bytes hold neither: one test tells
                guard ByteLanes(newline .| untidy).any else {
                    i += 16
                    continue
                }
                guard let k = ByteLanes(newline).first else {
                    tidy = false
                    i += 16
                    continue
                }
                // the newline is no space: a pair that ends on it is no double space
                if ByteLanes(untidy).before(k).any { tidy = false }
                i += k
                break
            }
        }
        // the last bytes of the text (and the newline found above)
        var lastWasSpace = i == start || bytes[i - 1] == 0x20
        while i < n {
            let b = bytes[i]
            if b == 0x0A { break }
            if b == 0x20 {
                if lastWasSpace { tidy = false }
                lastWasSpace = true
            } else {
                lastWasSpace = false
                if b == 0x09 || b == 0x0D || b == 0xC2 { tidy = false }
            }
            i += 1
        }
        return (i, tidy && i > start && !lastWasSpace)
    }

    // MARK: Header block

    static func headerField(_ key: String) -> WritableKeyPath<ArticleHeader, String?>? {
        switch key {
        case "title": \.title
        case "source": \.source
        case "author", "by": \.author
        case "date", "published": \.date
        case "url", "link": \.url
        default: nil
        }
    }

    /// The header block, if the text opens with one, and the byte offset where
    /// the rest of the text starts. A header's first line holds a colon; when
    /// the first non-blank line has no colon byte (nearly always) there is no
    /// header, known without reading Characters (a colon Character is a colon byte).
    static func takeHeader(_ text: inout String) -> (ArticleHeader, bodyStart: Int) {
        guard text.withUTF8({ firstLineHasColon($0) }) else { return (ArticleHeader(), 0) }
        var lines = splitLines(text)
        let header = takeHeader(&lines)
        let bodyStart = lines.first.map { text.utf8.distance(from: text.utf8.startIndex, to: $0.startIndex) } ?? text.utf8.count
        return (header, bodyStart)
    }

    /// Whether the first line that is not blank holds a colon byte.
    private static func firstLineHasColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while true {
            var end = start, colon = false
            while end < bytes.count, bytes[end] != 0x0A {
                if bytes[end] == UInt8(ascii: ":") { colon = true }
                end += 1
            }
            if !isBlank(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return colon }
            if end == bytes.count { return false }
            start = end + 1
        }
    }

    /// `Key: value` lines at the very top, ended by a blank line, with at least one
    /// known key; anything else means there is no header block.
    static func takeHeader(_ lines: inout [Substring]) -> ArticleHeader {
        var header = ArticleHeader()
        var i = 0
        while i < lines.count, isBlank(lines[i].utf8) { i += 1 }
        let start = i
        var found = 0
        while i < lines.count {
            let line = lines[i]
            if isBlank(line.utf8) { break }
            guard let colon = line.firstIndex(of: ":") else { return ArticleHeader() }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard let path = headerField(key) else { return ArticleHeader() }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty && header[keyPath: path] == nil { header[keyPath: path] = value }
            found += 1
            i += 1
        }
        guard found > 0, i < lines.count || found == lines.count - start else { return ArticleHeader() }
        lines.removeFirst(i)
        return header
    }

    // MARK: Blocks

    /// Blocks are separated by blank lines; the lines of a block are joined with a
    /// space (hard-wrapped text), runs of blanks become one space, and the block
    /// is trimmed. Works on UTF-8 bytes, from byte `start` on: every separator is
    /// ASCII or NBSP. A block of one tidy line (most) is made straight from the
    /// text's bytes; others are joined in one buffer reused for every block.
    static func splitBlocks(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [String] {
        var blocks: [String] = []
        var current: [UInt8] = []
        var pendingSpace = false
        // the block's first line while it is tidy and the block's only line
        var lone: Range<Int>?
        func flush() {
            if let lone {
                blocks.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lone]), as: UTF8.self))
            } else if !current.isEmpty {
                blocks.append(String(decoding: current, as: UTF8.self))
            }
            lone = nil
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        var lineStart = start
        while true {
            let (end, tidy) = scanLine(bytes, from: lineStart)
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
            if tidy && lone == nil && current.isEmpty {
                lone = lineStart..<end
            } else if !tidy && isBlank(line) {
                flush()
            } else {
                if let first = lone {
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first]))
                    lone = nil
                }
                if !current.isEmpty { pendingSpace = true }
                appendJoined(line, tidy: tidy, to: &current, pendingSpace: &pendingSpace)
            }
            if end == bytes.count { break }
            lineStart = end + 1
        }
        flush()
        return blocks
    }

    /// Whether byte `i` starts a separator: space, tab, CR, or NBSP (C2 A0).
    @inline(__always)
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0D { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Appends one line to a block: runs of separators become one pending space
    /// (written only before more text), other bytes are copied a run at a time.
    /// A C2 lead byte always has its continuation byte on the same line (the
    /// text is valid UTF-8 and a newline is no continuation byte).
    private static func appendJoined(_ bytes: UnsafeBufferPointer<UInt8>, tidy: Bool, to current: inout [UInt8], pendingSpace: inout Bool) {
        let n = bytes.count
        if tidy {
            // nothing to squeeze, so copy it whole
            if pendingSpace { current.append(0x20); pendingSpace = false }
            current.append(contentsOf: bytes)
            return
        }
        var i = 0
        while i < n {
            let separator = separatorLength(bytes, i)
            if separator > 0 {
                if !current.isEmpty { pendingSpace = true }
                i += separator
                continue
            }
            var j = i + 1
            while j < n, separatorLength(bytes, j) == 0 { j += 1 }
            if pendingSpace { current.append(0x20); pendingSpace = false }
            current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
            i = j
        }
    }

    /// A line of separators only (or none).
    static func isBlank<Bytes: Sequence<UInt8>>(_ line: Bytes) -> Bool {
        var afterC2 = false
        for b in line {
            if afterC2 { if b != 0xA0 { return false }; afterC2 = false; continue }
            if b == 0xC2 { afterC2 = true; continue }
            if b != 0x20 && b != 0x09 && b != 0x0D { return false }
        }
        return !afterC2
    }

    // MARK: Headings and titles

    /// A wire-style crosshead: `- Possible Trump-Putin summit -`.
    static func crosshead(_ text: String) -> String? {
        // most blocks neither start nor end with a dash scalar, which a dash
        // Character needs (no other scalar sequence is equivalent to one); the
        // bytes tell first: a dash scalar starts with 2D or E2 and ends with 2D, 93 or 94
        guard let b = text.utf8.first, b == 0x2D || b == 0xE2, let e = text.utf8.last, e == 0x2D || e == 0x93 || e == 0x94,
              let f = text.unicodeScalars.first, let l = text.unicodeScalars.last, isDash(f), isDash(l) else { return nil }
        let dashes: Set<Character> = ["-", "–", "—"]
        guard let first = text.first, let last = text.last, dashes.contains(first), dashes.contains(last), text.count > 4 else { return nil }
        let inner = text.drop { dashes.contains($0) || $0 == " " }
        let trimmed = String(inner.reversed().drop { dashes.contains($0) || $0 == " " }.reversed())
        guard !trimmed.isEmpty, trimmed.count <= 120 else { return nil }
        return trimmed
    }

    private static func isDash(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2013}" || s == "\u{2014}" }

    static func markdownHeading(_ block: String) -> (level: Int, text: String)? {
        let level = block.prefix { $0 == "#" }.count
        guard level >= 1, level <= 6, block.dropFirst(level).first == " " else { return nil }
        return (level, stripMarkdown(String(block.dropFirst(level + 1)).trimmingCharacters(in: .whitespaces)))
    }

    /// Removes the Markdown that would otherwise show: emphasis marks and link
    /// targets (`[text](url)` → `text`).
    static func stripMarkdown(_ text: String) -> String {
        var s = text
        while let open = s.range(of: "]("), let lb = s[..<open.lowerBound].lastIndex(of: "["),
              let close = s[open.upperBound...].firstIndex(of: ")") {
            s.replaceSubrange(lb...close, with: s[s.index(after: lb)..<open.lowerBound])
        }
        for mark in ["**", "__"] { s = s.replacingOccurrences(of: mark, with: "") }
        if s.hasPrefix("> ") { s.removeFirst(2) }
        return s
    }

    /// A short first line with no final full stop is a headline. A Character is
    /// at least one byte, and every `" "` Character is a space byte, so a text of
    /// at most 160 bytes in at most 25 runs between spaces is short enough
    /// (nearly every title), known without finding its Characters.
    static func looksLikeTitle(_ text: String) -> Bool {
        switch text.last {
        case nil, ":", ";", ",": return false
        // (a headline written in title case is one whatever its last mark: some
        // sources end every block, headlines too, with a full stop)
        case ".": if !isTitleCase(text) && !isOneShortSentence(text) { return false }
        default: break
        }
        if text.utf8.count <= 160, let runs = text.utf8.withContiguousStorageIfAvailable({ spaceSeparatedRuns($0, upTo: 26) }),
           runs <= 25 { return true }
        return text.count <= 160 && text.split(separator: " ").count <= 25
    }

    /// Written in title case: every word capitalised but the minor ones
    /// (`of`, `to`, `with`), and at least three capitalised words longer than
    /// three letters. (A sentence has a lowercase verb or noun: `Ana Ribeiro
    /// spoke on Monday.` is none.) Asked of one block an article, so from its
    /// Characters.
    static func isTitleCase(_ text: String) -> Bool {
        var capitalised = 0
        for word in text.split(separator: " ") {
            let letters = word.drop { !$0.isLetter }
            guard let first = letters.first else { continue }
            if first.isUppercase {
                if letters.prefix(while: { $0.isLetter }).count > 3 { capitalised += 1 }
            } else if !QuoteFilter.minorWords.contains(String(letters.prefix(while: { $0.isLetter }))) {
                return false
            }
        }
        return capitalised >= 3
    }

    /// Three to 16 words and one sentence (a full stop inside follows only an
    /// abbreviation or an initial: `U.S.`, `Sen.`): a headline, as sources that
    /// end every block with a full stop print it. A first paragraph of news runs
    /// longer, or to more than one sentence.
    static func isOneShortSentence(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 3, words.count <= 16 else { return false }
        for word in words.dropLast() where word.hasSuffix(".") || word.hasSuffix("?") || word.hasSuffix("!") {
            let stem = word.dropLast()
            // (`U.S.`, `Sen.`, `Mr.`, `J.`: an abbreviation or an initial)
            guard stem.contains(".") || (stem.count <= 3 && stem.first?.isUppercase == true) else { return false }
        }
        return true
    }


    /// The runs of bytes between space bytes, counted up to `limit`.
    private static func spaceSeparatedRuns(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var runs = 0
        var inRun = false
        for b in bytes {
            if b == 0x20 {
                inRun = false
            } else if !inRun {
                inRun = true
                runs += 1
                if runs >= limit { break }
            }
        }
        return runs
    }

    /// The first sentence, shortened to about eighty characters at a word boundary.
    static func derivedTitle(from text: String) -> String {
        var sentence = Substring(text)
        if let end = text.range(of: ". ") { sentence = text[..<end.lowerBound] }
        if sentence.count <= 80 { return String(sentence) }
        let cut = sentence.prefix(80)
        let words = cut.split(separator: " ").dropLast()
        return words.joined(separator: " ") + "…"
    }

    // MARK: Boilerplate

    /// Phrases that open a trailing block of page furniture rather than story.
    static let boilerplateOpeners: [String] = [
        "sign up", "subscribe", "get the best", "newsletter", "related articles", "related stories", "related coverage",
        "related:", "related content", "read more", "more on this", "see also", "recommended", "more from",
        "©", "(c) ", "copyright", "all rights reserved", "cookie", "we use cookies", "additional reporting by",
        "reporting by", "editing by", "writing by", "compiled by", "share this", "share on", "follow us", "follow the",
        "advertisement", "advertise with us", "our standards", "topics", "tags:", "categories", "sources", "source:",
        "filed under", "this article was", "this story was", "click here", "download the app", "join our",
        "listen to", "watch:", "most read", "most popular", "trending", "about the author",
    ]

    /// Marks the tail of the article that is page furniture. The first paragraph
    /// in the second half that opens like boilerplate (or is a credit line ending
    /// "contributed to this report") starts it; everything after it follows.
    static func markBoilerplate(_ paragraphs: inout [Paragraph]) {
        let n = paragraphs.count
        guard n >= 3 else { return }
        let earliest = max(2, n / 2)
        for i in earliest..<n where isBoilerplateOpener(paragraphs[i].text) {
            for j in i..<n { paragraphs[j].kind = .boilerplate }
            return
        }
    }

    static func isBoilerplateOpener(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isBoilerplateOpener) ?? Array(text.utf8).withUnsafeBufferPointer(isBoilerplateOpener)
    }

    /// `isBoilerplateOpener` on the text's UTF-8 bytes. The opening is looked at
    /// before the words are counted: it is cheaper and nearly always says no.
    private static func isBoilerplateOpener(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // credit lines end the article: "… contributed to this report."
        if let last = bytes.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "t"), endsWithCreditLine(bytes) { return true }
        // page furniture is short: count words only up to the limit
        return opensLikeBoilerplate(bytes) && countSpaces(bytes, upTo: 40) < 40
    }

    /// Spaces in the bytes, counted up to `limit`.
    private static func countSpaces(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var spaces = 0
        for b in bytes where b == 0x20 {
            spaces += 1
            if spaces >= limit { break }
        }
        return spaces
    }

    static let creditPhrase = Array("contributed to this report".utf8)

    /// `… contributed to this report.`, in any case. ASCII endings (nearly all)
    /// are compared as bytes; others take the string comparison, which also
    /// knows grapheme boundaries and non-ASCII lowercasing. Most endings differ
    /// from the phrase in their last ASCII bytes, which says no at once.
    static func endsWithCreditLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if asciiEndingDiffers(bytes) { return false }
        if let answer = asciiEndsWithCreditLine(bytes) { return answer }
        let tail = Tokenizer.lowercase(String(decoding: UnsafeBufferPointer(rebasing: bytes.suffix(30)), as: UTF8.self))
        return tail.hasSuffix("contributed to this report.") || tail.hasSuffix("contributed to this report")
    }

    /// Whether the bytes after the last non-ASCII one (without one final full
    /// stop), lowercased, differ from the end of the phrase. Those bytes are
    /// whole Characters of one scalar each (an ASCII scalar joins nothing that
    /// follows it but a CR's LF), so a difference there is one in the last
    /// Characters, whatever comes before.
    private static func asciiEndingDiffers(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = bytes.count
        if i > 0, bytes[i - 1] == UInt8(ascii: ".") { i -= 1 }
        return creditPhrase.withUnsafeBufferPointer { phrase in
            var k = phrase.count
            while k > 0 && i > 0 {
                let b = bytes[i - 1]
                if b >= 0x80 { return false }
                if asciiLowercase(b) != phrase[k - 1] { return true }
                k -= 1
                i -= 1
            }
            return false
        }
    }

    /// `endsWithCreditLine` read from the string's bytes when its last thirty
    /// are ASCII (nil otherwise): the same tail, lowercased and without one
    /// final full stop, compared byte by byte in place.
    private static func asciiEndsWithCreditLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let tailStart = max(0, bytes.count - 30)
        for i in tailStart..<bytes.count where bytes[i] >= 0x80 { return nil }
        var end = bytes.count
        if end > tailStart, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return creditPhrase.withUnsafeBufferPointer { phrase in
            guard end - tailStart >= phrase.count else { return false }
            let from = end - phrase.count
            for k in 0..<phrase.count {
                let b = bytes[from + k]
                if (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) != phrase[k] { return false }
            }
            return true
        }
    }

    /// How each opener must match, worked out once: the text it must begin
    /// with (a short word like `sources` needs a space after it, or must be the
    /// whole opening; `related:` or `© 2026` may run on), as bytes and as a string.
    struct OpenerRule {
        var prefix: String
        var bytes: [UInt8]
        /// Matches also when the opening is exactly the opener.
        var whole: [UInt8]?
    }

    static let openerRules: [OpenerRule] = boilerplateOpeners.map { opener in
        let runsOn = opener.count > 6 || opener.hasSuffix(":") || opener.hasPrefix("©") || opener.hasPrefix("(")
        let prefix = runsOn ? opener : opener + " "
        return OpenerRule(prefix: prefix, bytes: Array(prefix.utf8), whole: runsOn ? nil : Array(opener.utf8))
    }

    /// Whether the first forty bytes, lowercased, open like page furniture.
    /// An opening with more ASCII letters than any bare or whole-word opener
    /// (nearly all) can only match a rule's prefix, which its first bytes decide.
    static func opensLikeBoilerplate(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let opening = UnsafeBufferPointer(rebasing: text.prefix(40))
        if hasMoreLetters(opening, than: longestOpenerWord) {
            if let answer = prefixOpensLikeBoilerplate(opening) { return answer }
        } else if let answer = asciiOpensLikeBoilerplate(opening) {
            return answer
        }
        return stringOpensLikeBoilerplate(opening)
    }

    /// `opensLikeBoilerplate` on the opening as a string, lowercased as such:
    /// right for any opening, and needed only for some with non-ASCII scalars.
    private static func stringOpensLikeBoilerplate(_ opening: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = Tokenizer.lowercase(String(decoding: opening, as: UTF8.self))
        let bytes = Array(lower.utf8)
        let bare = String(decoding: bytes.filter { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 }, as: UTF8.self)
        if bareOpeners.contains(bare) { return true }
        // most openings begin with a letter no opener begins with
        guard let first = bytes.first, openerFirstBytes.contains(first) else { return false }
        return openerRules.indices.contains { opens(lower, bytes, rule: $0) }
    }

    /// The most letters and spaces in a bare opener or a whole-word opener.
    /// Lowercasing keeps each ASCII letter or space one byte, a–z or space, so an
    /// opening with more of them is neither, whatever its other scalars become.
    static let longestOpenerWord = max(bareOpeners.map(\.utf8.count).max() ?? 0, openerRules.compactMap { $0.whole?.count }.max() ?? 0)

    /// Whether the bytes hold more than `limit` ASCII letters and spaces.
    private static func hasMoreLetters(_ bytes: UnsafeBufferPointer<UInt8>, than limit: Int) -> Bool {
        var letters = 0
        for b in bytes where b == 0x20 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) {
            letters += 1
            if letters > limit { return true }
        }
        return false
    }

    /// `opensLikeBoilerplate` for an opening that is no bare or whole-word
    /// opener: whether it begins with a rule's prefix, read from its bytes while
    /// they are ASCII (lowercased byte by byte, as lowercasing maps each scalar
    /// on its own). Nil when a non-ASCII scalar comes within or right after a
    /// prefix the ASCII bytes match, which the string comparison decides.
    private static func prefixOpensLikeBoilerplate(_ opening: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = opening.first else { return false }
        if first >= 0x80 {
            // a first scalar that lowercasing leaves as it is begins the lowercase
            // opening: then only a rule that begins with its lead byte can match
            guard rulesByFirstByte[Int(first)].isEmpty, !firstScalarChangesWhenLowercased(opening) else { return nil }
            return false
        }
        let lowerFirst = asciiLowercase(first)
        // most openings' first two bytes begin no prefix
        if opening.count > 1, opening[1] < 0x80, !openerSecondBytes[Int(lowerFirst)].contains(asciiLowercase(opening[1])) {
            return false
        }
        for i in rulesByFirstByte[Int(lowerFirst)] {
            guard let matched = asciiPrefixMatch(opening, rule: i) else { return nil }
            if matched { return true }
        }
        return false
    }

    /// Whether the opening, lowercased, begins with rule `i`'s prefix and no
    /// non-ASCII scalar follows it; nil when the bytes cannot tell.
    private static func asciiPrefixMatch(_ opening: UnsafeBufferPointer<UInt8>, rule i: Int) -> Bool? {
        let range = openerRanges[i]
        return openerBytes.withUnsafeBufferPointer { o in
            for k in 0..<range.count {
                // an opening of ASCII bytes shorter than the prefix
                guard k < opening.count else { return false }
                let b = opening[k]
                if b >= 0x80 { return nil }
                if asciiLowercase(b) != o[range.lowerBound + k] { return false }
            }
            // a non-ASCII scalar right after the prefix may join its last character
            if range.count < opening.count && opening[range.count] >= 0x80 { return nil }
            return true
        }
    }

    @inline(__always)
    private static func asciiLowercase(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// Whether the opening's first scalar changes when lowercased (as
    /// `Tokenizer.lowercase` lowercases it), or cannot be read.
    private static func firstScalarChangesWhenLowercased(_ opening: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = opening.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let s) = decoder.decode(&iterator) else { return true }
        return s.properties.changesWhenLowercased
    }

    /// `opensLikeBoilerplate` for an opening of ASCII bytes only (nearly all),
    /// lowercased byte by byte into a buffer on the stack; nil for any other
    /// opening, which takes the string path. (For ASCII, lowercasing is the
    /// byte mapping and no scalar can join a prefix's last character.)
    private static func asciiOpensLikeBoilerplate(_ raw: UnsafeBufferPointer<UInt8>) -> Bool? {
        for b in raw where b >= 0x80 { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(raw.count, 1)) { lower in
            var bareCount = 0
            var bare: (UInt64, UInt64) = (0, 0)
            for i in 0..<raw.count {
                let b = raw[i]
                let l = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b
                lower[i] = l
                if (l >= 0x61 && l <= 0x7A) || l == 0x20 {
                    // the first sixteen bare bytes, packed; longer bare texts match no bare opener
                    if bareCount < 8 { bare.0 |= UInt64(l) << (8 * UInt64(bareCount)) }
                    else if bareCount < 16 { bare.1 |= UInt64(l) << (8 * UInt64(bareCount - 8)) }
                    bareCount += 1
                }
            }
            if bareCount <= 16, bareOpenerKeys.contains(where: { $0.count == bareCount && $0.packed == bare }) { return true }
            let bytes = UnsafeBufferPointer(rebasing: lower[0..<raw.count])
            // only rules that begin with the opening's first byte can match it
            guard let first = bytes.first, first < 0x80 else { return false }
            return rulesByFirstByte[Int(first)].contains { asciiOpens(bytes, rule: $0) }
        }
    }

    /// The bare openers packed as `asciiOpensLikeBoilerplate` packs an opening.
    static let bareOpenerKeys: [(count: Int, packed: (UInt64, UInt64))] = bareOpeners.map { word in
        var packed: (UInt64, UInt64) = (0, 0)
        for (i, b) in word.utf8.enumerated() {
            if i < 8 { packed.0 |= UInt64(b) << (8 * UInt64(i)) } else { packed.1 |= UInt64(b) << (8 * UInt64(i - 8)) }
        }
        return (word.utf8.count, packed)
    }

    /// `opens` for ASCII lowercase bytes, where bytes alone decide.
    private static func asciiOpens(_ bytes: UnsafeBufferPointer<UInt8>, rule i: Int) -> Bool {
        let range = openerRanges[i]
        let matched = openerBytes.withUnsafeBufferPointer { o in
            guard bytes.count >= range.count else { return false }
            for k in 0..<range.count where bytes[k] != o[range.lowerBound + k] { return false }
            return true
        }
        if matched { return true }
        guard bytes.count == range.count - 1, let whole = openerRules[i].whole else { return false }
        return bytes.elementsEqual(whole)
    }

    /// All the rules' prefix bytes end to end, so that matching touches no
    /// array per rule: rule `i` is `openerBytes[openerRanges[i]]`.
    static let openerBytes: [UInt8] = openerRules.flatMap(\.bytes)
    static let openerRanges: [Range<Int>] = {
        var start = 0
        return openerRules.map { rule in
            defer { start += rule.bytes.count }
            return start..<(start + rule.bytes.count)
        }
    }()

    /// Whether the lowercase opening matches rule `i`: begins with its prefix, or
    /// is exactly its word (for rules that allow that). Compared as bytes, which
    /// is what `lower.hasPrefix(prefix)` gives but for a non-ASCII scalar right
    /// after the prefix that joins its last character (a combining accent): then
    /// the string comparison decides. (No other text is equivalent to the ASCII
    /// and `©` openers once lowercased.)
    private static func opens(_ lower: String, _ bytes: [UInt8], rule i: Int) -> Bool {
        let range = openerRanges[i]
        let matched = bytes.withUnsafeBufferPointer { b in
            openerBytes.withUnsafeBufferPointer { o in
                guard b.count >= range.count else { return false }
                for k in 0..<range.count where b[k] != o[range.lowerBound + k] { return false }
                return true
            }
        }
        if matched {
            // a non-ASCII scalar right after the prefix may join its last character
            if bytes.count > range.count && bytes[range.count] >= 0x80 { return lower.hasPrefix(openerRules[i].prefix) }
            return true
        }
        guard bytes.count == range.count - 1, let whole = openerRules[i].whole else { return false }
        return bytes == whole
    }

    /// Openings that are page furniture once reduced to letters and spaces (`Tags:`, `Share`).
    static let bareOpeners: Set<String> = ["topics", "tags", "sources", "categories", "related", "share", "more"]

    /// The rules by the first byte of their prefix (indexed by byte): a
    /// rule matches only an opening that starts with that byte, as its prefix
    /// or as its whole word.
    static let rulesByFirstByte: [[Int]] = {
        var rules = [[Int]](repeating: [], count: 256)
        for (i, rule) in openerRules.enumerated() { rules[Int(rule.bytes[0])].append(i) }
        return rules
    }()

    /// For each ASCII first byte, the second bytes of the prefixes that begin
    /// with it (every byte, for a prefix whose second byte is not ASCII).
    static let openerSecondBytes: [ASCIISet] = {
        var sets = [ASCIISet](repeating: ASCIISet(), count: 128)
        for rule in openerRules where rule.bytes[0] < 0x80 {
            if rule.bytes.count > 1 && rule.bytes[1] < 0x80 {
                sets[Int(rule.bytes[0])].insert(rule.bytes[1])
            } else {
                sets[Int(rule.bytes[0])] = ASCIISet(low: ~0, high: ~0)
            }
        }
        return sets
    }()

    /// A set of ASCII bytes, a bit each.
    struct ASCIISet {
        var low: UInt64 = 0, high: UInt64 = 0

        mutating func insert(_ b: UInt8) {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }

        func contains(_ b: UInt8) -> Bool {
            b < 64 ? low & (1 << UInt64(b)) != 0 : high & (1 << UInt64(b - 64)) != 0
        }
    }

    /// The first bytes of the openers: an opening that starts otherwise matches none.
    static let openerFirstBytes = Set(openerRules.map { $0.bytes[0] })
}
