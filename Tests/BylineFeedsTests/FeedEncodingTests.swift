@testable import BylineFeeds
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Feeds in other encodings than UTF-8, said or unsaid, and feeds that say
/// the wrong one.
@Suite struct FeedEncodingTests {
    static let xml = "<?xml version=\"1.0\" encoding=\"ENCODING\"?>\n<rss version=\"2.0\"><channel><title>Fjord Tidende</title>"
        + "<item><title>Sj\u{F8}en \u{E6}rlig \u{2014} \u{201C}\u{5317}\u{4EAC}\u{201D}</title><link>https://fjord.example/1</link></item></channel></rss>"
    static let title = "Sj\u{F8}en \u{E6}rlig \u{2014} \u{201C}\u{5317}\u{4EAC}\u{201D}"

    static func text(declaring encoding: String) -> String {
        xml.replacingOccurrences(of: "ENCODING", with: encoding)
    }

    @Test(arguments: [
        ("UTF-16", String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE])),
        ("UTF-16", .utf16BigEndian, [0xFE, 0xFF]),
        ("UTF-16LE", .utf16LittleEndian, []),
        ("UTF-16BE", .utf16BigEndian, []),
        ("UTF-32", .utf32LittleEndian, [0xFF, 0xFE, 0, 0]),
        ("UTF-32BE", .utf32BigEndian, []),
        ("UTF-8", .utf8, [0xEF, 0xBB, 0xBF]),
    ])
    func wideEncodingsAreRead(_ declared: String, _ encoding: String.Encoding, _ mark: [UInt8]) throws {
        let data = Data(mark) + Self.text(declaring: declared).data(using: encoding)!
        let feed = try FeedDocumentParser.parse(data)
        #expect(feed.title == "Fjord Tidende")
        #expect(feed.items.first?.title == Self.title)
    }

    @Test func theCharsetOfTheContentTypeIsApplied() throws {
        let latin = "<rss version=\"2.0\"><channel><title>Fjord Tidende</title><item><title>Sj\u{F8}en</title>"
            + "<link>https://fjord.example/2</link></item></channel></rss>"
        let bytes = Data(latin.unicodeScalars.map { UInt8($0.value) })
        let feed = try FeedDocumentParser.parse(bytes, contentType: "text/xml; charset=\"ISO-8859-1\"")
        #expect(feed.items.first?.title == "Sj\u{F8}en")
        // the header wins over the document's own claim
        let claimed = Data("<?xml version=\"1.0\" encoding=\"utf-8\"?>".utf8) + bytes
        #expect(try FeedDocumentParser.parse(claimed, contentType: "application/rss+xml;charset=iso-8859-1").items.first?.title == "Sj\u{F8}en")
    }

    @Test func aServersDefaultCharsetDoesNotSpoilAUTF8Feed() throws {
        let data = Data(Self.text(declaring: "utf-8").utf8)
        #expect(try FeedDocumentParser.parse(data, contentType: "text/xml; charset=ISO-8859-1").items.first?.title == Self.title)
        let undeclared = Data(Self.text(declaring: "utf-8").replacingOccurrences(of: " encoding=\"utf-8\"", with: "").utf8)
        #expect(try FeedDocumentParser.parse(undeclared, contentType: "text/xml; charset=windows-1252").items.first?.title == Self.title)
    }

    @Test func aDeclaredOneByteEncodingIsRead() throws {
        let koi8 = Self.text(declaring: "KOI8-R").replacingOccurrences(of: Self.title, with: "\u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430}")
        let data = try #require(FeedEncoding.convertFromUTF8(koi8, to: "KOI8-R"))
        #expect(try FeedDocumentParser.parse(data).items.first?.title == "\u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430}")
    }

    @Test func aFeedThatIsNotTheUTF8ItClaimsIsReadAsWindows1252() throws {
        // a windows-1252 curly quote and e-acute, in a feed declared UTF-8
        var data = Data("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>T</title><item><title>".utf8)
        data += Data([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94])
        data += Data("</title><link>https://fjord.example/3</link></item></channel></rss>".utf8)
        #expect(try FeedDocumentParser.parse(data).items.first?.title == "\u{201C}Caf\u{E9}\u{201D}")
        // and one that names an encoding no converter knows is read as what it is
        let bogus = Data(Self.text(declaring: "x-no-such-charset").utf8)
        #expect(try FeedDocumentParser.parse(bogus).items.first?.title == Self.title)
    }
}

extension FeedEncodingTests {
    @Test func latin1IsReadAsWindows1252AndC1ControlsAsItsCharacters() throws {
        // 0x92 in a feed that says Latin-1, and U+0092 written in UTF-8: both a right quote
        let latin = Data("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><item><title>don".utf8) + Data([0x92])
            + Data("t</title></item></channel></rss>".utf8)
        #expect(try FeedDocumentParser.parse(latin).items.first?.title == "don\u{2019}t")
        let c1 = Data("<rss><channel><item><title>don\u{92}t</title></item></channel></rss>".utf8)
        #expect(try FeedDocumentParser.parse(c1).items.first?.title == "don\u{2019}t")
    }
}

extension FeedEncoding {
    /// UTF-8 text in another encoding, for the tests.
    static func convertFromUTF8(_ text: String, to name: String) -> Data? {
        let converter = iconv_open(name, "UTF-8")
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return written.map { Data(output[..<$0]) }
    }
}
