import BylineKit
import Foundation

/// Feeds' dates: read with `ArticleDate` (one parser for feeds and article
/// headers), written as article headers and file names want them.
public enum FeedDate {
    public static func parse(_ text: String) -> Date? {
        ArticleDate.seconds(text).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    /// `2026-03-14T09:30:00Z`: how dates are written in article headers.
    public static func iso8601String(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `2026-03-14`: how dates start file names.
    public static func dayString(_ date: Date) -> String {
        String(iso8601String(date).prefix(10))
    }
}
