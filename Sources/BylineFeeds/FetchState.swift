import Foundation

/// What Byline remembers about each feed between fetches, by address: the
/// validators for a conditional request, when it last worked, its last error,
/// and the ids of the items already written (so a deleted article is not
/// fetched again). Kept in `$XDG_STATE_HOME/byline/feeds-state.json`.
public struct FeedRecord: Codable, Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?
    public var lastSuccess: Date?
    public var lastAttempt: Date?
    public var lastError: String?
    /// Item ids written or found already written, oldest first.
    public var seen: [String]

    public init(etag: String? = nil, lastModified: String? = nil, lastSuccess: Date? = nil, lastAttempt: Date? = nil,
                lastError: String? = nil, seen: [String] = []) {
        self.etag = etag
        self.lastModified = lastModified
        self.lastSuccess = lastSuccess
        self.lastAttempt = lastAttempt
        self.lastError = lastError
        self.seen = seen
    }

    /// Ids kept per feed: far more than any feed lists at once.
    static let seenLimit = 5000

    mutating func remember(_ ids: [String]) {
        let known = Set(seen)
        seen += ids.filter { !known.contains($0) }
        if seen.count > Self.seenLimit { seen.removeFirst(seen.count - Self.seenLimit) }
    }
}

public struct FetchState: Codable, Sendable, Equatable {
    public var version = 1
    public var feeds: [String: FeedRecord] = [:]

    public init(feeds: [String: FeedRecord] = [:]) {
        self.feeds = feeds
    }

    /// The state in `file`; a missing file is an empty state, and so is an
    /// unreadable or damaged one (with a note: it costs one full fetch).
    public static func load(from file: URL) -> (state: FetchState, note: String?) {
        guard FileManager.default.fileExists(atPath: file.path) else { return (FetchState(), nil) }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return (FetchState(), "\(file.path): cannot read the fetch state; starting afresh")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return (try decoder.decode(FetchState.self, from: data), nil)
        } catch {
            return (FetchState(), "\(file.path): damaged fetch state; starting afresh")
        }
    }

    public func save(to file: URL) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: file)
    }
}
