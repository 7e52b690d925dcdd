/// The distinct words of one parse, each made into Strings and looked up in
/// the word lists once. A token holds its word's id (and a copy of what is
/// asked about nearly every token) instead of its own Strings, so tokens are
/// plain values: copying or dropping one touches no reference count.
///
/// Words are told apart by their exact scalars (`café` written with a
/// combining accent is another word than `café` precomposed), so a word's
/// text is the text as written; comparisons of text keep going through the
/// Strings (`ParagraphText.text(of:)`), which match by canonical equivalence
/// as before.
///
/// A value type, filled while the paragraphs of a parse are tokenized one
/// after another (`ParagraphText.prepare`) and then shared, read-only, by them.
struct WordTable: Sendable {
    typealias ID = Int32

    /// What is known about a word, worked out when it is first met.
    struct Info: Sendable, Equatable {
        /// What the word lists say about the word in lowercase.
        var facts: WordFacts = .none
        /// The word has no uppercase letter (its text is its lowercase).
        var isLowercase = false
        /// The first letter is uppercase (`Kyiv`, `U.S.`, `NATO`).
        var startsUppercase = false
        /// No lowercase letter anywhere: written in capitals if it starts with one.
        var hasNoLowercase = false
        /// `text.count`, in Characters; 0 for the unused ids below 128.
        var characterCount: Int32 = 0
        /// The usual gender of the word as a given name, as written or with its
        /// accents dropped (`GivenNames.foldedGender`).
        var givenNameGender: PersonGender? = nil
    }

    private(set) var texts: [String] = []
    private(set) var lowers: [String] = []
    private(set) var infos: [Info] = []

    /// Entry `i`'s scalars are `keyScalars[keyStarts[i] ..< keyStarts[i + 1]]`
    /// (empty below 128: the ASCII marks are answered by their value).
    private var keyScalars: [Unicode.Scalar] = []
    private var keyStarts: [Int32] = [0]
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots: [Int32] = []
    private var mask = 0

    /// The one-scalar ASCII marks, worked out once: every table starts as a
    /// copy of this one.
    private static let marks = WordTable(marksOnly: ())

    /// A table whose ids below 128 are the one-scalar ASCII marks, by scalar
    /// value (see `Tokenizer.asciiMarks`); the other ids there are unused.
    init() {
        self = Self.marks
        slots = Array(repeating: 0, count: 1024)
        mask = slots.count - 1
        // room for the words of a long article: growing copies every entry
        texts.reserveCapacity(512)
        lowers.reserveCapacity(512)
        infos.reserveCapacity(512)
        keyStarts.reserveCapacity(512)
        keyScalars.reserveCapacity(4096)
    }

    private init(marksOnly: Void) {
        for v in 0..<128 {
            let s = Unicode.Scalar(UInt8(v))
            let isMark = !Tokenizer.isWordScalar(s) && !Tokenizer.isSpace(s)
            let (text, lower, info) = isMark ? [s].withUnsafeBufferPointer { Self.describe($0, 0, 1) } : ("", "", Info())
            texts.append(text)
            lowers.append(lower)
            infos.append(info)
            keyStarts.append(0)
        }
    }

    @inline(__always) func info(_ id: ID) -> Info { infos[Int(id)] }
    @inline(__always) func text(_ id: ID) -> String { texts[Int(id)] }

    /// The words' Strings, for the paragraphs to share once tokenizing is done.
    var list: WordList { WordList(texts: texts, lowers: lowers) }

    @inline(__always)
    private static func hash(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt32 {
        var h = FNV1a.offset
        for i in start..<end {
            let v = scalars[i].value
            h = FNV1a.add(UInt8(truncatingIfNeeded: v), to: h)
            if v >= 0x80 { h = FNV1a.add(UInt8(truncatingIfNeeded: v >> 8), to: FNV1a.add(UInt8(truncatingIfNeeded: v >> 16), to: h)) }
        }
        return h
    }

    /// The id of the word `scalars[start..<end]`, added if new.
    mutating func id(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> ID {
        let count = end - start
        if count == 1, scalars[start].value < 0x80, infos[Int(scalars[start].value)].characterCount == 1 {
            return ID(scalars[start].value)
        }
        let h = Self.hash(scalars, start, end)
        if let entry = find(scalars, start, end, hash: h) { return ID(entry) }
        // a word of everyday text is described already; others are worked out here
        let common = Self.common
        let described = common.find(scalars, start, end, hash: h).map { common.description(of: $0) }
            ?? Self.describe(scalars, start, end)
        return insert(scalars, start, end, described, hash: h)
    }

    /// The entry holding the word `scalars[start..<end]` (whose hash is `h`), if any.
    @inline(__always)
    private func find(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, hash h: UInt32) -> Int? {
        let count = end - start
        let mask = mask
        return slots.withUnsafeBufferPointer { slots in
            keyStarts.withUnsafeBufferPointer { keyStarts in
                keyScalars.withUnsafeBufferPointer { keyScalars in
                    OpenAddressing.entry(slots: slots, mask: mask, keyStarts: keyStarts, hash: h, count: count) { keyStart in
                        var k = 0
                        while k < count, keyScalars[keyStart + k] == scalars[start + k] { k += 1 }
                        return k == count
                    }
                }
            }
        }
    }

    private func description(of entry: Int) -> (text: String, lower: String, info: Info) { (texts[entry], lowers[entry], infos[entry]) }

    private mutating func insert(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                                 _ described: (text: String, lower: String, info: Info), hash h: UInt32) -> ID {
        let id = ID(texts.count)
        keyScalars.append(contentsOf: scalars[start..<end])
        keyStarts.append(Int32(keyScalars.count))
        texts.append(described.text)
        lowers.append(described.lower)
        infos.append(described.info)
        if texts.count * 2 > slots.count { rehash() } else { place(Int(id), hash: h) }
        return id
    }

    /// The words of everyday text, described once for the program: every word
    /// of the word lists as they hold it (lowercase) and capitalised, and the
    /// typographic marks of news text. Most words of an article are among
    /// them, and a parse copies their description (`id`) instead of making
    /// their Strings and looking them up again. They are described as a parse
    /// describes any word, so a description does not depend on where it came from.
    private static let common: WordTable = {
        var table = WordTable.marks
        // sized for every word twice, so the table is never rehashed
        var capacity = 1024
        while capacity < WordFacts.table.count * 4 { capacity *= 2 }
        table.slots = Array(repeating: 0, count: capacity)
        table.mask = capacity - 1
        func add(_ scalars: [Unicode.Scalar]) {
            guard !(scalars.count == 1 && scalars[0].value < 0x80) else { return }   // the ASCII marks are there
            scalars.withUnsafeBufferPointer { buffer in
                let h = hash(buffer, 0, buffer.count)
                if table.find(buffer, 0, buffer.count, hash: h) == nil {
                    _ = table.insert(buffer, 0, buffer.count, describe(buffer, 0, buffer.count), hash: h)
                }
            }
        }
        // (in the dictionary's order: which id a word has here is never seen)
        for word in WordFacts.table.keys {
            var scalars = Array(word.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            add(scalars)
            if scalars[0].value &- 0x61 < 26 {
                scalars[0] = Unicode.Scalar(UInt8(scalars[0].value - 0x20))
                add(scalars)
            }
        }
        for mark in ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{2014}", "\u{2013}", "\u{2026}", "\u{00AB}", "\u{00BB}", "...", "--"] {
            add(Array(mark.unicodeScalars))
        }
        return table
    }()

    private mutating func place(_ entry: Int, hash h: UInt32) {
        var slot = Int(h) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    /// Twice the slots, every entry with a key placed again.
    private mutating func rehash() {
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        let keys = keyScalars
        keys.withUnsafeBufferPointer { keys in
            for e in 0..<texts.count where keyStarts[e] != keyStarts[e + 1] {
                place(e, hash: Self.hash(keys, Int(keyStarts[e]), Int(keyStarts[e + 1])))
            }
        }
    }

    /// A word's text, lowercase text and facts. ASCII words are lowered byte by
    /// byte and looked up in the byte table; others go through `lowercased()`
    /// rules and the String dictionary (canonical matching).
    private static func describe(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> (String, String, Info) {
        var info = Info()
        if let ascii = Tokenizer.asciiWord(scalars, start, end) {
            info.facts = ascii.facts
            info.isLowercase = ascii.isLowercase
            info.startsUppercase = scalars[start].value &- 0x41 < 26
            info.hasNoLowercase = !scalars[start..<end].contains { $0.value &- 0x61 < 26 }
            info.characterCount = Int32(end - start)
            info.givenNameGender = ascii.facts.gender
            return (ascii.text, ascii.lower, info)
        }
        let text = Tokenizer.makeString(scalars, start, end)
        let lower: String
        (lower, info.isLowercase) = Tokenizer.lowercaseAndCheck(text)
        info.facts = WordFacts.of(lower)
        info.startsUppercase = Tokenizer.startsUppercase(text)
        info.hasNoLowercase = info.startsUppercase && text == text.uppercased()
        info.characterCount = Int32(text.count)
        // marks are no names, and accents are never dropped to make one of them
        let isMark = !Tokenizer.isWordScalar(scalars[start])
        info.givenNameGender = info.facts.gender ?? (isMark ? nil : GivenNames.foldedGender(lowercased: lower))
        return (text, lower, info)
    }
}

/// The Strings of a parse's words by id (`WordTable.list`): one reference
/// that every paragraph of the parse holds, read-only.
final class WordList: Sendable {
    let texts: [String]
    let lowers: [String]

    init(texts: [String], lowers: [String]) {
        self.texts = texts
        self.lowers = lowers
    }

    @inline(__always) func text(_ id: WordTable.ID) -> String { texts[Int(id)] }
    @inline(__always) func lower(_ id: WordTable.ID) -> String { lowers[Int(id)] }
}
