/// A read-only hash table from words (as UTF-8 bytes) to values, built once
/// for the life of the program. The word lists are asked about every token,
/// and a `[String: V]` lookup hashes with SipHash and compares Strings; here
/// keys lie end to end in one byte buffer and are found with FNV-1a and a
/// byte comparison, so a lookup costs a few instructions per byte and
/// allocates nothing. A token can also be looked up straight from its scalars
/// (see `Tokenizer`), before any String is made of it.
///
/// Only ASCII text is looked up here. A String dictionary matches keys by
/// canonical equivalence (`café` written with a combining accent finds
/// `café`), which bytes cannot; for ASCII text the two agree, provided every
/// key is held in its canonical (NFC) form — a key whose NFC form is ASCII
/// (a Kelvin sign `K`) is stored as that form, and other non-ASCII keys are
/// left out. Callers look non-ASCII text up in the String dictionary.
///
/// The buffers are allocated once and never freed or written after `init`,
/// which is what makes sharing them between threads safe.
final class ByteKeyTable<Value: Sendable>: @unchecked Sendable {
    /// Entry `i`'s key is `keyBytes[keyStarts[i] ..< keyStarts[i + 1]]`.
    private let keyBytes: UnsafeMutableBufferPointer<UInt8>
    private let keyStarts: UnsafeMutableBufferPointer<Int32>
    private let values: UnsafeMutableBufferPointer<Value>
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int

    /// Keys must be distinct as Strings (as a dictionary's keys are).
    init(_ allEntries: [(key: String, value: Value)]) {
        let entries = allEntries.compactMap { entry in Self.asciiForm(of: entry.key).map { (key: $0, value: entry.value) } }
        let totalBytes = entries.reduce(0) { $0 + $1.key.utf8.count }
        keyBytes = .allocate(capacity: max(totalBytes, 1))
        keyStarts = .allocate(capacity: entries.count + 1)
        values = .allocate(capacity: max(entries.count, 1))
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0)
        mask = capacity - 1
        var offset = 0
        for (i, entry) in entries.enumerated() {
            keyStarts[i] = Int32(offset)
            for b in entry.key.utf8 {
                keyBytes[offset] = b
                offset += 1
            }
            (values.baseAddress! + i).initialize(to: entry.value)
            var slot = Int(Self.hash(entry.key.utf8)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i + 1)
        }
        keyStarts[entries.count] = Int32(offset)
    }

    /// The key's canonical (NFC) form if that is ASCII, else nil. Only three
    /// non-ASCII scalars decompose canonically to ASCII (U+037E `;`, U+1FEF
    /// `` ` ``, U+212A `K`), and no sequence with any other composes to ASCII.
    static func asciiForm(of key: String) -> String? {
        // nearly every key is ASCII already, and is its own form
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
        var scalars = String.UnicodeScalarView()
        for s in key.unicodeScalars {
            switch s.value {
            case 0..<0x80: scalars.append(s)
            case 0x037E: scalars.append(";")
            case 0x1FEF: scalars.append("`")
            case 0x212A: scalars.append("K")
            default: return nil
            }
        }
        return String(scalars)
    }

    @inline(__always)
    static func hash<S: Sequence<UInt8>>(_ bytes: S) -> UInt32 {
        var h = FNV1a.offset
        for b in bytes { h = FNV1a.add(b, to: h) }
        return h
    }

    /// The value for a key given as ASCII bytes.
    @inline(__always)
    func value(forKey bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        value(hash: Self.hash(bytes), count: bytes.count) { bytes[$0] }
    }


    /// The value for a key of `count` bytes with FNV-1a hash `hash`, whose
    /// byte `k` is `byte(k)`: callers that hold the key in another form
    /// (scalars to be lowercased) compare it without building it.
    @inline(__always)
    func value(hash: UInt32, count: Int, byte: (Int) -> UInt8) -> Value? {
        let entry = OpenAddressing.entry(slots: UnsafeBufferPointer(slots), mask: mask, keyStarts: UnsafeBufferPointer(keyStarts),
                                         hash: hash, count: count) { keyStart in
            var k = 0
            while k < count, keyBytes[keyStart + k] == byte(k) { k += 1 }
            return k == count
        }
        return entry.map { values[$0] }
    }
}

/// The probe both hash tables of words use (`ByteKeyTable`, `WordTable`):
/// slots hold an entry's index + 1 (0 is empty), entry `i`'s key lies at
/// `keyStarts[i] ..< keyStarts[i + 1]` in a buffer of the table's own, and
/// collisions go to the next slot.
enum OpenAddressing {
    /// The entry whose key has `count` elements and is the one `keyMatches`
    /// accepts (given where the entry's key starts), probed from `hash`.
    @inline(__always)
    static func entry(slots: UnsafeBufferPointer<Int32>, mask: Int, keyStarts: UnsafeBufferPointer<Int32>, hash: UInt32, count: Int,
                      keyMatches: (_ keyStart: Int) -> Bool) -> Int? {
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let start = Int(keyStarts[entry - 1]), end = Int(keyStarts[entry])
            if end - start == count && keyMatches(start) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }
}
