import Foundation

/// Turns a file's bytes into text. Articles come from anywhere, so every byte
/// sequence gives a string: UTF-8 (BOM dropped), UTF-16 with a BOM, and, when
/// the bytes are not valid UTF-8 but look like a single-byte legacy encoding,
/// Windows-1252/Latin-1. What was done is reported as a note, once.
public enum ArticleTextDecoder {
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var note: String?
    }

    public static func decode(_ data: Data) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(little ? (b << 8 | a) : (a << 8 | b))
                i += 2
            }
            return Decoded(text: String(decoding: units, as: UTF16.self), note: nil)
        }
        return decodeUTF8(bytes)
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> Decoded {
        if let s = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: s, note: nil)
        }
        // Not UTF-8. Latin-1/Windows-1252 text has high bytes scattered among ASCII
        // letters; take that reading when no byte is a C0 control other than
        // whitespace, else replace the invalid sequences.
        let controls = bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        if !controls {
            let text = String(bytes.map { Character(Unicode.Scalar(windows1252($0)) ?? "\u{FFFD}") })
            return Decoded(text: text, note: "not valid UTF-8; read as Latin-1 (Windows-1252)")
        }
        return Decoded(text: String(decoding: bytes, as: UTF8.self), note: "invalid UTF-8 replaced with \u{FFFD}")
    }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has printable
    /// punctuation (curly quotes, dashes) instead of C1 controls (U+FFFD for
    /// its five unassigned bytes).
    public static func windows1252(_ byte: UInt8) -> UInt32 {
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        if byte >= 0x80 && byte < 0xA0 { return table[Int(byte) - 0x80] }
        return UInt32(byte)
    }
}

/// Keeps text from driving the terminal: C0 controls (but tab and newline), DEL,
/// C1 controls and bidi overrides/isolates are removed; CR and CRLF become LF.
/// Escape sequences written in an article thus show as harmless visible text.
public enum TextSanitiser {
    public static func sanitise(_ text: String) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        var lastWasCR = false
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            if v == 0x0D { out.append("\n"); lastWasCR = true; continue }
            if v == 0x0A && lastWasCR { lastWasCR = false; continue }
            lastWasCR = false
            if TextSafety.isRemovedFromText(v) { continue }
            if TextSafety.isZeroWidthJoiner(v), !joins(scalars, at: i) { continue }
            if TextSafety.isTag(v), !inTagSequence(out) { continue }
            out.append(s)
        }
        return String(out)
    }

    /// A zero-width joiner between two characters it can join: not at an
    /// edge, not beside a space, a punctuation mark or another joiner.
    static func joins(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i > 0, i + 1 < scalars.count else { return false }
        func joinable(_ s: Unicode.Scalar) -> Bool {
            let p = s.properties
            if p.isEmoji || p.isEmojiPresentation || s.value == 0xFE0F { return true }
            switch p.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .otherSymbol: return true
            default: return false
            }
        }
        return joinable(scalars[i - 1]) && joinable(scalars[i + 1])
    }

    /// Whether a tag character continues a tag sequence: right after a
    /// black flag (U+1F3F4) or another tag.
    static func inTagSequence(_ out: String.UnicodeScalarView) -> Bool {
        guard let last = out.last?.value else { return false }
        return last == 0x1F3F4 || TextSafety.isTag(last)
    }

    /// Fast check on the UTF-8 bytes: no control byte but tab and newline, no
    /// DEL, no C1 control (C2 80–9F), no bidi control (E2 80 AA–AE, E2 81 A6–A9),
    /// no BOM (EF BB BF). Most articles pass and are returned as they are.
    static func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isClean(bytes: $0) }
    }

    /// The same check on the bytes. Sixteen bytes are looked at together for
    /// any that is a control but tab and newline, DEL, or a lead byte of the
    /// sequences looked for (C2, E2, EF are never continuation bytes); most
    /// sixteen have none and are skipped at once, and each byte found is
    /// checked from there with what follows it.
    static func isClean(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 16 <= n {
                let chunk = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                guard let k = mayStartUnsafe(chunk).first else {
                    i += 16
                    continue
                }
                if startsUnsafe(bytes, at: i + k) { return false }
                i += k + 1
            }
        }
        while i < n {
            if startsUnsafe(bytes, at: i) { return false }
            i += 1
        }
        return true
    }

    /// The lanes whose byte may start something unsafe (see `startsUnsafe`).
    @inline(__always)
    private static func mayStartUnsafe(_ chunk: SIMD16<UInt8>) -> ByteLanes {
        typealias Bytes = SIMD16<UInt8>   // (lanes of a named type: the compiler makes vector code of them)
        let control = (chunk .< Bytes(repeating: 0x20)) .& (chunk .!= Bytes(repeating: 0x09)) .& (chunk .!= Bytes(repeating: 0x0A))
        let lead = (chunk .== Bytes(repeating: 0xC2)) .| (chunk .== Bytes(repeating: 0xE2)) .| (chunk .== Bytes(repeating: 0xEF))
            .| (chunk .== Bytes(repeating: 0xD8)) .| (chunk .== Bytes(repeating: 0xF3))
        return ByteLanes(control .| (chunk .== Bytes(repeating: 0x7F)) .| lead)
    }

    /// Whether the byte at `i` is a control but tab and newline, DEL, or begins a
    /// C1 control (C2 80–9F), a bidi control (E2 80 AA–AE, E2 81 A6–A9) or a
    /// BOM (EF BB BF).
    @inline(__always)
    private static func startsUnsafe(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = bytes.count
        let b = bytes[i]
        if b >= 0x20 && b < 0x7F { return false }
        if b < 0x80 { return b != 0x09 && b != 0x0A }
        let b1: UInt8 = i + 1 < n ? bytes[i + 1] : 0, b2: UInt8 = i + 2 < n ? bytes[i + 2] : 0
        if b == 0xC2 && b1 >= 0x80 && b1 <= 0x9F { return true }
        if b == 0xE2 && b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE { return true }
        // zero-width space, joiner (decided in context), LRM, RLM; ALM; tags
        if b == 0xE2 && b1 == 0x80 && (b2 == 0x8B || (b2 >= 0x8D && b2 <= 0x8F)) { return true }
        if b == 0xD8 && b1 == 0x9C { return true }
        if b == 0xF3 && b1 == 0xA0 && (b2 == 0x80 || b2 == 0x81) { return true }
        if b == 0xE2 && b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 { return true }
        if b == 0xEF && b1 == 0xBB && b2 == 0xBF { return true }
        return false
    }

}

/// The sixteen lanes of a byte comparison as two 64-bit words, a byte per lane
/// (lane 0 lowest, on any byte order). Read this way a comparison of sixteen
/// bytes compiles to vector instructions; `any` over the mask is compiled lane
/// by lane.
struct ByteLanes {
    var low: UInt64, high: UInt64

    @inline(__always)
    init(_ mask: SIMDMask<SIMD16<Int8>>) {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        (low, high) = (UInt64(littleEndian: words[0]), UInt64(littleEndian: words[1]))
    }

    @inline(__always)
    init(low: UInt64, high: UInt64) { (self.low, self.high) = (low, high) }

    var any: Bool { low | high != 0 }

    /// The first lane set, if any.
    var first: Int? {
        if low != 0 { return low.trailingZeroBitCount >> 3 }
        if high != 0 { return 8 + high.trailingZeroBitCount >> 3 }
        return nil
    }

    /// Only the lanes before lane `k`.
    @inline(__always)
    func before(_ k: Int) -> ByteLanes {
        k < 8 ? ByteLanes(low: low & ((1 &<< UInt64(8 * k)) &- 1), high: 0)
            : ByteLanes(low: low, high: high & ((1 &<< UInt64(8 * (k - 8))) &- 1))
    }
}
