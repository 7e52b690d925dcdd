import BylineKit
import Foundation
import TOMLKit

/// The subscriptions file, `feeds.toml`: one `[[feed]]` table per feed with
/// `name`, `url` and optionally `full = true`. Hand-editable: an entry with a
/// mistake (no url, a refused address, a wrong type) is left out with a note
/// naming it, and the others are used.
///
/// ```toml
/// [[feed]]
/// name = "Meridian Wire"
/// url = "https://example.org/world/rss.xml"
/// full = true
/// ```
public struct SubscriptionList: Sendable, Equatable {
    public var feeds: [FeedSubscription]

    public init(feeds: [FeedSubscription] = []) {
        self.feeds = feeds
    }

    public enum Problem: Error, Sendable, CustomStringConvertible {
        case unreadable(file: String)
        case syntax(file: String, line: Int?, message: String)

        public var description: String {
            switch self {
            case .unreadable(let file): "\(file): cannot read the subscriptions file"
            case .syntax(let file, let line, let message):
                "\(file)\(line.map { ":\($0)" } ?? ""): not valid TOML (\(message)); fix it or remove it"
            }
        }
    }

    /// The subscriptions in `file`; no file means no subscriptions yet.
    /// `notes` names each entry left out and why.
    public static func load(from file: URL) throws(Problem) -> (list: SubscriptionList, notes: [String]) {
        guard FileManager.default.fileExists(atPath: file.path) else { return (SubscriptionList(), []) }
        guard let data = FileManager.default.contents(atPath: file.path) else { throw .unreadable(file: file.path) }
        return try parse(String(decoding: data, as: UTF8.self), file: file.path)
    }

    public static func parse(_ text: String, file: String) throws(Problem) -> (list: SubscriptionList, notes: [String]) {
        let root: TOMLTable
        if let refusal = TOMLShape.check(text) { throw .syntax(file: file, line: refusal.line, message: refusal.reason) }
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(file: file, line: error.source.begin.line > 0 ? error.source.begin.line : nil, message: error.description)
        } catch {
            throw .syntax(file: file, line: nil, message: String(describing: error))
        }
        var list = SubscriptionList()
        var notes: [String] = []
        for (key, _) in root where key != "feed" {
            notes.append("\(file): unknown key '\(key)' ignored (feeds are [[feed]] tables)")
        }
        guard let value = root["feed"] else { return (list, notes) }
        guard value.type == .array, let array = value.array else {
            notes.append("\(file): 'feed' must be a list of [[feed]] tables")
            return (list, notes)
        }
        for (i, item) in array.enumerated() {
            let position = "\(file): feed \(i + 1)"
            guard item.type == .table, let table = item.table else {
                notes.append("\(position): not a table; left out")
                continue
            }
            guard let address = table["url"]?.string else {
                notes.append("\(position): has no url = \"https://…\"; left out")
                continue
            }
            let url: URL
            switch FeedURLPolicy.check(address) {
            case .success(let u): url = u
            case .failure(let refusal):
                notes.append("\(position): \(refusal); left out")
                continue
            }
            let name = table["name"]?.string.map(ArticleTextFormat.oneLine).flatMap { $0.isEmpty ? nil : $0 }
                ?? FeedSubscription.defaultName(for: url)
            let full = table["full"]?.bool ?? false
            if list.feeds.contains(where: { $0.url == url.absoluteString }) {
                notes.append("\(position): \(FeedText.quoted(url.absoluteString)) is listed twice; the first is used")
                continue
            }
            list.feeds.append(FeedSubscription(name: name, url: url.absoluteString, full: full))
        }
        return (list, notes)
    }

    /// The file's text: a comment saying what it is, then one table per feed.
    public func tomlText() -> String {
        var text = """
            # Byline's feed subscriptions. Edit freely: one [[feed]] table per feed,
            # with name, url (http or https only) and, optionally, full = true to
            # fetch the linked page when an item has only a summary.

            """
        for feed in feeds {
            text += "\n[[feed]]\n"
            text += "name = \(Self.tomlString(feed.name))\n"
            text += "url = \(Self.tomlString(feed.url))\n"
            if feed.full { text += "full = true\n" }
        }
        return text
    }

    public func save(to file: URL) throws {
        try AtomicFile.write(Data(tomlText().utf8), to: file)
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func tomlString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += String(format: "\\u%04X", c.value)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    /// The feed with this address or name (names compared without regard to case).
    public func index(of nameOrURL: String) -> Int? {
        if let i = feeds.firstIndex(where: { $0.url == nameOrURL }) { return i }
        if let i = feeds.firstIndex(where: { $0.name.lowercased() == nameOrURL.lowercased() }) { return i }
        if case .success(let url) = FeedURLPolicy.check(nameOrURL) { return feeds.firstIndex { $0.url == url.absoluteString } }
        return nil
    }
}
