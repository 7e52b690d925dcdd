import BylineKit
import Foundation

/// Only web addresses are subscribed to: `http` and `https` with a host. A
/// feed address is fetched and parsed, never run, so `exec:`, `|command`,
/// `file:`, `javascript:` and anything else are refused with a note saying why.
public enum FeedURLPolicy {
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var address: String
        public var reason: String

        public var description: String { "\(FeedText.quoted(address)) refused: \(reason)" }
    }

    public static func check(_ address: String) -> Result<URL, Refusal> {
        let text = address.trimmingCharacters(in: .whitespaces)
        func refuse(_ reason: String) -> Result<URL, Refusal> { .failure(Refusal(address: address, reason: reason)) }
        if text.isEmpty { return refuse("the address is empty") }
        if text.hasPrefix("|") || text.hasPrefix("!") {
            return refuse("commands are never run; give an http:// or https:// address")
        }
        guard let colon = text.firstIndex(of: ":") else {
            return refuse("not a web address; give it with http:// or https://")
        }
        let scheme = text[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else {
            return refuse("only http:// and https:// addresses are fetched, not \(FeedText.quoted(String(scheme.prefix(20)) + ":"))")
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || TextSafety.isUnsafeInLine($0) }) {
            return refuse("an address has no spaces or control characters")
        }
        guard let url = URL(string: text), let host = url.host, !host.isEmpty else {
            return refuse("not a valid web address")
        }
        return .success(url)
    }
}

/// Text from feeds and the command line made safe to print in a note.
enum FeedText {
    /// Text made safe for one line of a message (every control shown as U+FFFD).
    static func safe(_ text: String) -> String {
        TextSafety.replacing(in: text, where: TextSafety.isUnsafeInLine)
    }

    static func quoted(_ text: String) -> String {
        let clean = safe(text)
        return "'" + (clean.count > 200 ? String(clean.prefix(200)) + "…" : clean) + "'"
    }
}
