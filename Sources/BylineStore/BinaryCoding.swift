import Foundation

/// A compact binary encoding for what the cache stores: unsigned LEB128
/// integers and length-prefixed UTF-8 strings, written in a fixed order.
/// Decoding a cached digest or article is a straight walk over the bytes,
/// many times faster than JSON on Linux.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value))
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ s: String?) {
        if let s { int(1); string(s) } else { int(0) }
    }

    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }

    var data: Data { Data(bytes) }
}

/// Reads what `BinaryWriter` wrote; any inconsistency (a length past the end,
/// an unknown tag) throws `BinaryReader.Malformed`, which the cache treats as
/// damage.
struct BinaryReader {
    struct Malformed: Error {}

    private let base: UnsafeRawBufferPointer
    private var offset = 0

    init(_ buffer: UnsafeRawBufferPointer) { base = buffer }

    var isAtEnd: Bool { offset == base.count }

    mutating func int() throws(Malformed) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < base.count, shift < 64 else { throw Malformed() }
            let byte = base[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: result))
    }

    /// A count or length: never negative, never more than the bytes left.
    mutating func count() throws(Malformed) -> Int {
        let n = try int()
        guard n >= 0, n <= base.count - offset else { throw Malformed() }
        return n
    }

    /// A string's encoded bytes, in place.
    private mutating func stringBytes() throws(Malformed) -> UnsafeRawBufferPointer {
        let n = try count()
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: base[offset..<offset + n])
    }

    mutating func string() throws(Malformed) -> String {
        String(decoding: try stringBytes(), as: UTF8.self)
    }

    /// A string, one copy of which is shared through `table` by every digest read with it.
    mutating func string(sharedIn table: inout StringTable) throws(Malformed) -> String {
        table.intern(try stringBytes())
    }

    mutating func optionalString() throws(Malformed) -> String? {
        try optional { r throws(Malformed) in try r.string() }
    }

    mutating func optionalString(sharedIn table: inout StringTable) throws(Malformed) -> String? {
        try optional { r throws(Malformed) in try r.string(sharedIn: &table) }
    }

    mutating func strings() throws(Malformed) -> [String] {
        try list { r throws(Malformed) in try r.string() }
    }

    mutating func strings(sharedIn table: inout StringTable) throws(Malformed) -> [String] {
        try list { r throws(Malformed) in try r.string(sharedIn: &table) }
    }

    /// A value written after a 0 (none) or 1 (one) tag.
    private mutating func optional<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        switch try int() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw Malformed()
        }
    }

    /// Values written after their count.
    private mutating func list<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }
}
