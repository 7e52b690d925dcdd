import BylineKit
import Foundation

/// Any feed response → `FeedDocument`. The format is told from the bytes, not
/// the `Content-Type` (servers often get it wrong): JSON starting with `{` is
/// JSON Feed, XML is RSS, RSS 1.0 or Atom by its top element, and an HTML page
/// is reported as such, with the feed it advertises when it names one.
public enum FeedDocumentParser {
    public static func parse(_ data: Data, url: URL? = nil) throws(FeedParseError) -> FeedDocument {
        guard let first = firstSignificantByte(data) else { throw .empty }
        if first.byte == UInt8(ascii: "{") {
            return try JSONFeedReader.read(data, baseURL: url)
        }
        guard first.byte == UInt8(ascii: "<") else {
            throw .notAFeed("the response is neither XML nor JSON")
        }
        if looksLikeHTML(data, from: first.offset) {
            throw .htmlPage(feedLink: advertisedFeed(in: data, baseURL: url))
        }
        return try FeedXMLReader.read(data, baseURL: url)
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
        for token in HTMLTokenizer(page) {
            guard case .start("link", let attributes, _) = token,
                  attributes["rel"]?.lowercased().split(separator: " ").contains("alternate") == true,
                  let type = attributes["type"]?.lowercased(),
                  type.contains("rss") || type.contains("atom") || type.contains("feed+json"),
                  let href = attributes["href"],
                  let url = URL(string: href, relativeTo: baseURL)?.absoluteURL,
                  url.scheme == "http" || url.scheme == "https" else { continue }
            return url.absoluteString
        }
        return nil
    }
}
