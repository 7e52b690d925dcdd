import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A feed's bytes as UTF-8, whatever they were written in, so that one XML
/// reader sees one encoding and the encoding's own mistakes cost no feed.
///
/// The encoding is, in order: a byte-order mark; the zero bytes around the
/// opening `<` of UTF-16 and UTF-32; the charset of the HTTP `Content-Type`
/// (servers say it there, and RFC 3023 puts it above the document's own
/// claim) — unless the bytes are UTF-8 with characters beyond ASCII and
/// the document claims nothing else, as a server's default charset is often
/// wrong and UTF-8 is seldom valid by chance —; the XML declaration's
/// `encoding`; else UTF-8. Bytes that are not
/// what they claim — "UTF-8" that is not, a charset no converter knows — are
/// read as Windows-1252, as browsers and feedparser do: a feed in Latin-1
/// with a wrong label is far more common than one in anything else. The
/// declaration of a converted document is rewritten to say UTF-8.
enum FeedEncoding {
    /// The bytes as UTF-8 without a byte-order mark, C1 controls read as
    /// the Windows-1252 characters they were meant to be.
    static func utf8(_ data: Data, contentType: String? = nil) -> Data {
        let converted = convertedToUTF8(data, contentType: contentType)
        return withoutC1Controls(converted)
    }

    /// U+0080–U+009F are controls no text means; a feed that has them took
    /// Windows-1252 bytes (curly quotes, dashes) for Latin-1. They become
    /// those characters, as feedparser and browsers read them.
    static func withoutC1Controls(_ data: Data) -> Data {
        var previous: UInt8 = 0
        guard data.contains(where: { byte in
            defer { previous = byte }
            return previous == 0xC2 && (0x80...0x9F).contains(byte)
        }) else { return data }
        var out: [UInt8] = []
        out.reserveCapacity(data.count + 16)
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                out.append(contentsOf: windows1252([bytes[i + 1]]))
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return Data(out)
    }

    static func convertedToUTF8(_ data: Data, contentType: String?) -> Data {
        var bytes = [UInt8](data)
        var marked: String?
        if let (name, bomLength) = wideEncoding(bytes) {
            bytes.removeFirst(bomLength)
            let unit = name.hasPrefix("UTF-32") ? 4 : 2
            guard let converted = convert(bytes, from: name, lossy: true, unit: unit) else { return Data(bytes) }
            return Data(rewritingDeclaration(converted))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            marked = "UTF-8"
        }
        let served = charset(inContentType: contentType), declared = declaredEncoding(bytes)
        var claimed = marked ?? served ?? declared
        if marked == nil, let served, !isUTF8(served), declared.map(isUTF8) ?? true, bytes.contains(where: { $0 >= 0x80 }),
           String(validating: bytes, as: UTF8.self) != nil {
            // a server's default charset (often ISO-8859-1) against a document
            // that is UTF-8 and does not say otherwise: the bytes are right
            claimed = "UTF-8"
        }
        if let claimed, isLatin1(claimed) {
            return Data(rewritingDeclaration(windows1252(bytes)))
        }
        if let claimed, !isUTF8(claimed), !isWide(claimed), let converted = convert(bytes, from: claimed) {
            return Data(rewritingDeclaration(converted))
        }
        if String(validating: bytes, as: UTF8.self) != nil {
            return claimed == nil || isUTF8(claimed!) ? Data(bytes) : Data(rewritingDeclaration(bytes))
        }
        return Data(rewritingDeclaration(windows1252(bytes)))
    }

    /// UTF-16 or UTF-32 by byte-order mark or by the zero bytes around `<`:
    /// the converter's name and the length of the mark.
    static func wideEncoding(_ b: [UInt8]) -> (String, Int)? {
        guard b.count >= 4 else { return nil }
        switch (b[0], b[1], b[2], b[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): return ("UTF-32BE", 4)
        case (0xFF, 0xFE, 0x00, 0x00): return ("UTF-32LE", 4)
        case (0x00, 0x00, 0x00, 0x3C): return ("UTF-32BE", 0)
        case (0x3C, 0x00, 0x00, 0x00): return ("UTF-32LE", 0)
        case (0xFE, 0xFF, _, _): return ("UTF-16BE", 2)
        case (0xFF, 0xFE, _, _): return ("UTF-16LE", 2)
        case (0x00, 0x3C, _, _), (0x00, 0x20, 0x00, _), (0x00, 0x0A, 0x00, _): return ("UTF-16BE", 0)
        case (0x3C, 0x00, _, _), (0x20, 0x00, _, 0x00), (0x0A, 0x00, _, 0x00): return ("UTF-16LE", 0)
        default: return nil
        }
    }

    /// `charset=…` of a Content-Type, unquoted.
    static func charset(inContentType contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The `encoding="…"` of an XML declaration at the start of the bytes.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard let range = declarationRange(bytes) else { return nil }
        let declaration = String(decoding: bytes[range], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    /// Where `<?xml … ?>` stands, after any whitespace.
    static func declarationRange(_ bytes: [UInt8]) -> Range<Int>? {
        var start = 0
        while start < bytes.count, start < 1024, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return nil }
        var end = start
        while end + 1 < bytes.count, end < start + 512 {
            if bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">") { return start..<(end + 2) }
            end += 1
        }
        return nil
    }

    /// The bytes with their declaration saying UTF-8 (the rest of it kept).
    static func rewritingDeclaration(_ bytes: [UInt8]) -> [UInt8] {
        guard let range = declarationRange(bytes) else { return bytes }
        let declaration = String(decoding: bytes[range], as: UTF8.self)
        let version = declaration.contains("1.1") ? "1.1" : "1.0"
        let standalone = declaration.contains("standalone") && declaration.contains("yes") ? " standalone=\"yes\"" : ""
        return Array(bytes[..<range.lowerBound]) + Array("<?xml version=\"\(version)\" encoding=\"UTF-8\"\(standalone)?>".utf8)
            + Array(bytes[range.upperBound...])
    }

    static func isUTF8(_ name: String) -> Bool {
        ["utf-8", "utf8", "us-ascii", "ascii"].contains(name.lowercased())
    }

    /// Latin-1 by any of its names: read as Windows-1252, which it is in
    /// practice (curly quotes at 0x91–0x94), as WHATWG's encoding standard says.
    static func isLatin1(_ name: String) -> Bool {
        ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252"].contains(name.lowercased())
    }

    static func isWide(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("utf-16") || lower.hasPrefix("utf-32") || lower.hasPrefix("ucs-")
            || lower == "utf16" || lower == "utf32" || lower == "iso-10646-ucs-2"
    }

    /// The bytes converted from `name` to UTF-8 with iconv, or nil when iconv
    /// does not know the name, or (unless `lossy`) the bytes are not in it.
    /// Lossy, a unit that cannot be converted becomes U+FFFD.
    static func convert(_ bytes: [UInt8], from name: String, lossy: Bool = false, unit: Int = 1) -> [UInt8]? {
        guard name.utf8.allSatisfy({ $0 < 0x80 && $0 > 0x20 }), name.count < 40 else { return nil }
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { break }
                    // (a unit that is not in the encoding, or cut off at the end)
                    guard lossy, outLeft >= 3 else { return nil }
                    let skip = min(unit, inLeft)
                    inPointer = inPointer.map { $0 + skip }
                    inLeft -= skip
                    for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                        outPointer?.pointee = CChar(bitPattern: byte)
                        outPointer = outPointer.map { $0 + 1 }
                    }
                    outLeft -= 3
                }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return Array(output[..<written])
    }

    /// Windows-1252 to UTF-8 (BylineKit's table); its five unassigned bytes
    /// read as Latin-1.
    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let mapped = ArticleTextDecoder.windows1252(byte)
            let scalar = Unicode.Scalar(mapped == 0xFFFD ? UInt32(byte) : mapped)!
            out.append(contentsOf: String(Character(scalar)).utf8)
        }
        return out
    }
}
