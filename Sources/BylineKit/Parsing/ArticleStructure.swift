import Foundation

/// Header block, title, paragraphs, headings and trailing boilerplate: the
/// shape of an article before any of its words are understood.
public struct ArticleStructure: Sendable, Equatable {
    public var header: ArticleHeader
    public var title: String
    public var paragraphs: [Paragraph]

    /// Splits sanitised text (LF line ends) into the article's parts.
    public static func parse(_ text: String, markdown: Bool = false) -> ArticleStructure {
        var lines = splitLines(text)
        let header = takeHeader(&lines)
        var blocks = splitBlocks(lines)
        let isMarkdown = markdown || blocks.first.map { $0.hasPrefix("# ") } == true
        var paragraphs: [Paragraph] = []
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

    /// `Key: value` lines at the very top, ended by a blank line, with at least one
    /// known key; anything else means there is no header block.
    static func takeHeader(_ lines: inout [Substring]) -> ArticleHeader {
        var header = ArticleHeader()
        var i = 0
        while i < lines.count, isBlank(lines[i]) { i += 1 }
        let start = i
        var found = 0
        while i < lines.count {
            let line = lines[i]
            if isBlank(line) { break }
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
    /// is trimmed. Works on UTF-8 bytes: every separator is ASCII or NBSP.
    static func splitBlocks(_ lines: [Substring]) -> [String] {
        var blocks: [String] = []
        var current: [UInt8] = []
        var pendingSpace = false
        func flush() {
            if !current.isEmpty { blocks.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        for line in lines {
            if isBlank(line) { flush(); continue }
            if !current.isEmpty { pendingSpace = true }
            var line = line
            line.withUTF8 { bytes in appendJoined(bytes, to: &current, pendingSpace: &pendingSpace) }
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
    private static func appendJoined(_ bytes: UnsafeBufferPointer<UInt8>, to current: inout [UInt8], pendingSpace: inout Bool) {
        let n = bytes.count
        if isTidy(bytes) {
            // the common line: nothing to squeeze, so copy it whole
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

    /// A line that joining leaves as it is: it neither starts nor ends with a
    /// separator, its only separators are single spaces, and it holds no tab,
    /// CR or NBSP. Most lines are; they are copied in one go.
    private static func isTidy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
        var previousWasSpace = false
        for b in bytes {
            if b == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            if b == 0x09 || b == 0x0D || b == 0xC2 { return false }
        }
        return true
    }

    static func isBlank(_ line: Substring) -> Bool {
        var afterC2 = false
        for b in line.utf8 {
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
        // Character needs (no other scalar sequence is equivalent to one)
        guard let f = text.unicodeScalars.first, let l = text.unicodeScalars.last, isDash(f), isDash(l) else { return nil }
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

    /// A short first line with no final full stop is a headline.
    static func looksLikeTitle(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return text.count <= 160 && !".:;,".contains(last) && text.split(separator: " ").count <= 25
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
        // page furniture is short: count words only up to the limit
        let spaces = text.utf8.withContiguousStorageIfAvailable { countSpaces($0, upTo: 40) } ?? countSpaces(Array(text.utf8), upTo: 40)
        // credit lines end the article: "… contributed to this report."
        if let last = text.utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "t"), endsWithCreditLine(text) { return true }
        guard spaces < 40 else { return false }
        return opensLikeBoilerplate(text)
    }

    /// Spaces in the bytes, counted up to `limit`.
    private static func countSpaces<C: Collection<UInt8>>(_ bytes: C, upTo limit: Int) -> Int {
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
    /// knows grapheme boundaries and non-ASCII lowercasing.
    static func endsWithCreditLine(_ text: String) -> Bool {
        if let fast = text.utf8.withContiguousStorageIfAvailable({ asciiEndsWithCreditLine($0) }), let answer = fast { return answer }
        let tailBytes = text.utf8.suffix(30)
        guard tailBytes.allSatisfy({ $0 < 0x80 }) else {
            let tail = Tokenizer.lowercase(String(decoding: tailBytes, as: UTF8.self))
            return tail.hasSuffix("contributed to this report.") || tail.hasSuffix("contributed to this report")
        }
        var tail = tailBytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if tail.last == UInt8(ascii: ".") { tail.removeLast() }
        return tail.count >= creditPhrase.count && tail.suffix(creditPhrase.count).elementsEqual(creditPhrase)
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
    static func opensLikeBoilerplate(_ text: String) -> Bool {
        let fast = text.utf8.prefix(40).withContiguousStorageIfAvailable { asciiOpensLikeBoilerplate($0) }
        if let fast, let answer = fast { return answer }
        let lower = Tokenizer.lowercase(String(decoding: text.utf8.prefix(40), as: UTF8.self))
        let bytes = Array(lower.utf8)
        let bare = String(decoding: bytes.filter { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 }, as: UTF8.self)
        if bareOpeners.contains(bare) { return true }
        // most openings begin with a letter no opener begins with
        guard let first = bytes.first, openerFirstBytes.contains(first) else { return false }
        return openerRules.indices.contains { opens(lower, bytes, rule: $0) }
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

    /// The rules by the first byte of their prefix (indexed by ASCII byte): a
    /// rule matches only an opening that starts with that byte, as its prefix
    /// or as its whole word.
    static let rulesByFirstByte: [[Int]] = {
        var rules = [[Int]](repeating: [], count: 128)
        for (i, rule) in openerRules.enumerated() where rule.bytes[0] < 0x80 { rules[Int(rule.bytes[0])].append(i) }
        return rules
    }()

    /// The first bytes of the openers: an opening that starts otherwise matches none.
    static let openerFirstBytes = Set(openerRules.map { $0.bytes[0] })
}
