import BylineKit
import Foundation

/// Any feed response → `FeedDocument`. The format is told from the bytes, not
/// the `Content-Type` (servers often get it wrong): JSON starting with `{` is
/// JSON Feed, XML is RSS, RSS 1.0 or Atom by its top element, and an HTML page
/// is reported as such, with the feed it advertises when it names one.
public enum FeedDocumentParser {
    /// `contentType` and `contentLocation` are the response's headers of those
    /// names, when there was a response: the charset a server names is the
    /// feed's encoding, and relative links are read against the location.
    public static func parse(_ data: Data, url: URL? = nil, contentType: String? = nil,
                             contentLocation: String? = nil) throws(FeedParseError) -> FeedDocument {
        if let encoding = unsupportedEncoding(data) {
            throw .notAFeed("the feed is written in \(encoding), which Byline does not read (it reads UTF-8, UTF-16, UTF-32 and the encodings a feed names)")
        }
        let data = FeedEncoding.utf8(data, contentType: contentType)
        let base = contentLocation.flatMap { URL(string: $0.trimmingCharacters(in: .whitespaces), relativeTo: url)?.absoluteURL } ?? url
        guard let first = firstSignificantByte(data) else { throw .empty }
        if first.byte == UInt8(ascii: "{") {
            return try JSONFeedReader.read(data, baseURL: base)
        }
        guard first.byte == UInt8(ascii: "<") else { throw .notAFeed("the response is neither XML nor JSON") }
        if looksLikeHTML(data, from: first.offset) {
            throw .htmlPage(feedLink: advertisedFeed(in: data, baseURL: base))
        }
        return try FeedXMLReader.read(FeedXMLRepair.repair(data), baseURL: base)
    }

    /// EBCDIC (`<?xml` as EBCDIC writes it): named, so the error says what is
    /// wrong rather than "neither XML nor JSON".
    static func unsupportedEncoding(_ data: Data) -> String? {
        let b = Array(data.prefix(4))
        if b.count >= 4, b[0] == 0x4C, b[1] == 0x6F, b[2] == 0xA7, b[3] == 0x94 { return "EBCDIC" }
        return nil
    }

    /// The first byte that is not whitespace or a byte-order mark.
    static func firstSignificantByte(_ data: Data) -> (byte: UInt8, offset: Int)? {
        var offset = 0
        for byte in data.prefix(4096) {
            if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0xEF && byte != 0xBB && byte != 0xBF {
                return (byte, offset)
            }
            offset += 1
        }
        return nil
    }

    /// `<!DOCTYPE html` or `<html` before any feed element.
    static func looksLikeHTML(_ data: Data, from offset: Int) -> Bool {
        let head = String(decoding: data.dropFirst(offset).prefix(2048), as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return true }
        guard !head.contains("<rss") && !head.contains("<feed") && !head.contains("<rdf:rdf") else { return false }
        return head.contains("<html") || head.contains("<head") || head.contains("<body")
    }

    /// The `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">` of a page.
    static func advertisedFeed(in data: Data, baseURL: URL?) -> String? {
        let page = String(decoding: data.prefix(256 * 1024), as: UTF8.self)
        for node in HTMLTreeBuilder.parse(page).nodes where node.name == "link" {
            guard node["rel"]?.lowercased().split(separator: " ").contains("alternate") == true,
                  let type = node["type"]?.lowercased(),
                  type.contains("rss") || type.contains("atom") || type.contains("feed+json"),
                  let href = node["href"],
                  let url = URL(string: href, relativeTo: baseURL)?.absoluteURL,
                  url.scheme == "http" || url.scheme == "https" else { continue }
            return url.absoluteString
        }
        return nil
    }
}
