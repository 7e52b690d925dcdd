import Foundation

/// Header block, title, paragraphs, headings and trailing boilerplate: the
/// shape of an article before any of its words are understood.
public struct ArticleStructure: Sendable, Equatable {
    public var header: ArticleHeader
    public var title: String
    public var paragraphs: [Paragraph]

    /// Splits sanitised text (LF line ends) into the article's parts. The text
    /// is read as UTF-8 bytes, once: each block's String is made from them.
    ///
    /// `headingsMarked`: the text comes from a page whose markup said which
    /// lines are headings (they are written as crossheads), so a short line
    /// is never taken for one.
    public static func parse(_ text: String, markdown: Bool = false, headingsMarked: Bool = false) -> ArticleStructure {
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
            } else if headingsMarked {
                paragraphs.append(Paragraph(kind: .body, text: text))
            } else if i > 0 && (isPullQuoteHeading(text) || isSubheading(text)) {
                paragraphs.append(Paragraph(kind: .heading, text: text))
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

    /// `Fishing rights` or `‘Unprecedented’ strandings` between paragraphs: a
    /// line of one to eight words that opens with a capital (or a quote mark)
    /// and ends in a letter, a digit or a closing single mark, not as a
    /// sentence or a quote does, is a subheading.
    static func isSubheading(_ text: String) -> Bool {
        // (the last byte first: most paragraphs end with a full stop or a closing double mark)
        guard let e = text.utf8.last, (e >= 0x61 && e <= 0x7A) || (e >= 0x41 && e <= 0x5A) || (e >= 0x30 && e <= 0x39) || e == 0x99 || e == 0x27,
              text.utf8.count <= 80, text.utf8.lazy.filter({ $0 == 0x20 }).count <= 7 else { return false }
        guard let l = text.unicodeScalars.last, l != "\u{201D}", let first = text.first, first.isUppercase || first == "\u{2018}" || first == "'" else { return false }
        // (a closing single mark ends a subheading only when the line opened one: `‘…’`)
        if l == "\u{2019}" || l == "'" { return text.contains("\u{2018}") || first == "'" }
        return true
    }

    /// `‘We need to listen’` alone on its line: a crosshead made of words the
    /// story quotes, set in single marks as British papers set them. Short,
    /// one quote from end to end, nothing after it.
    static func isPullQuoteHeading(_ text: String) -> Bool {
        // (the bytes first: ‘ is E2 80 98 and ’ is E2 80 99)
        guard let b = text.utf8.first, b == 0xE2 || b == 0x27, let e = text.utf8.last, e == 0x99 || e == 0x27 else { return false }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4, scalars.count <= 100, scalars[0] == "\u{2018}" || scalars[0] == "'",
              scalars[scalars.count - 1] == "\u{2019}" || scalars[scalars.count - 1] == "'",
              Tokenizer.isWordScalar(scalars[1]) else { return false }
        // no closing mark inside that ends a word before a space (`‘A’ and ‘B’` is two)
        for i in 1..<(scalars.count - 1) where scalars[i] == "\u{2019}" || scalars[i] == "'" {
            if scalars[i + 1] == " " { return false }
        }
        let words = scalars.lazy.filter { $0 == " " }.count + 1
        return words <= 12
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
        // the list of links a web page or feed item ends with (`Links:`, then
        // `[n] address` lines): references, never story, wherever it starts
        var n = paragraphs.count
        if n >= 2, ArticleLinks.isList(paragraphs[n - 1].text), ArticleLinks.isHeading(paragraphs[n - 2].text) {
            paragraphs[n - 1].kind = .boilerplate
            paragraphs[n - 2].kind = .boilerplate
            n -= 2
            // the story's references to it leave the text (the reading pane
            // shows them again), so a name or quote is read whole
            let count = ArticleLinks.entryCount(paragraphs[n + 1].text)
            for i in 0..<n {
                let (text, references) = ArticleLinks.takeReferences(from: paragraphs[i].text, count: count)
                if !references.isEmpty {
                    paragraphs[i].text = text
                    paragraphs[i].references = references
                }
            }
        }
        guard n >= 3 else { return }
        let earliest = max(2, n / 2)
        for i in earliest..<n where isBoilerplateOpener(paragraphs[i].text) {
            for j in i..<n { paragraphs[j].kind = .boilerplate }
            return
        }
    }

    /// A paragraph that starts the page furniture: a credit line (`… contributed
    /// to this report.`), or a short paragraph (under forty words) that opens
    /// like boilerplate.
    static func isBoilerplateOpener(_ text: String) -> Bool {
        if endsWithCreditLine(text) { return true }
        return opensLikeBoilerplate(text) && text.utf8.lazy.filter { $0 == 0x20 }.prefix(40).count < 40
    }

    /// `… contributed to this report.`, in any case. The last letters tell
    /// nearly every paragraph apart from it before any string is made.
    static func endsWithCreditLine(_ text: String) -> Bool {
        var letters = text.utf8.reversed().drop { $0 == UInt8(ascii: ".") }.prefix(6).makeIterator()
        for expected in "troper".utf8 {
            guard let b = letters.next(), b >= 0x80 || b | 0x20 == expected else { return false }
        }
        let tail = Tokenizer.lowercase(String(text.suffix(30)))
        return tail.hasSuffix("contributed to this report.") || tail.hasSuffix("contributed to this report")
    }

    /// Whether the opening (its first forty Characters, lowercased) begins with
    /// an opener, or is one of the bare openers once reduced to its letters and
    /// spaces (`Tags:`, `Share`). Most openings begin with three bytes no
    /// opener begins with (ASCII letters lowercased; no opener begins with a
    /// non-ASCII letter), which says no before any string is made.
    static func opensLikeBoilerplate(_ text: String) -> Bool {
        var key2: UInt32 = 0, key3: UInt32 = 0, count = 0
        for b in text.utf8.prefix(3) {
            key3 = key3 << 8 | UInt32(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            count += 1
            if count == 2 { key2 = key3 }
        }
        guard openerHeads.contains(key3) || (count >= 2 && openerHeads.contains(key2)) else { return false }
        let opening = Tokenizer.lowercase(String(text.prefix(40)))
        let bare = String(String.UnicodeScalarView(opening.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || $0 == " " }))
        if bareOpeners.contains(bare) { return true }
        return openerRules.contains { rule in opening.hasPrefix(rule.prefix) || rule.whole.map { opening == $0 } == true }
    }

    /// How each opener must match: the text it must begin with (a short word
    /// like `sources` needs a space after it, or must be the whole opening;
    /// `related:` or `© 2026` may run on).
    struct OpenerRule {
        var prefix: String
        /// Matches also when the opening is exactly this.
        var whole: String?
    }

    static let openerRules: [OpenerRule] = boilerplateOpeners.map { opener in
        let runsOn = opener.count > 6 || opener.hasSuffix(":") || opener.hasPrefix("©") || opener.hasPrefix("(")
        return OpenerRule(prefix: runsOn ? opener : opener + " ", whole: runsOn ? nil : opener)
    }

    /// Openings that are page furniture once reduced to letters and spaces (`Tags:`, `Share`).
    static let bareOpeners: Set<String> = ["topics", "tags", "sources", "categories", "related", "share", "more"]

    /// The first three bytes of every opener and bare opener (two for `©`), as
    /// `opensLikeBoilerplate` packs an opening's.
    static let openerHeads: Set<UInt32> = Set((boilerplateOpeners + Array(bareOpeners)).map { opener in
        opener.utf8.prefix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    })
}
