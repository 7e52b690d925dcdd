import Foundation

/// The program `o` starts for a link, from `$BROWSER`: as the convention
/// has it, a colon-separated list of commands of which the first is used; a
/// `%s` in it stands for the link, else the link is the last argument. The
/// link is always one argument of its own, and no shell ever sees it, so a
/// link full of quotes, `;` or `$(…)` is only a link.
public enum BrowserCommand {
    /// The argument vector for `url`, or nil when `browser` names no program.
    public static func arguments(browser: String?, url: String) -> [String]? {
        guard let browser else { return nil }
        guard let first = browser.split(separator: ":", omittingEmptySubsequences: true).first else { return nil }
        var words = first.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return nil }
        if words.contains(where: { $0.contains("%s") }) {
            words = words.map { $0.replacingOccurrences(of: "%s", with: url) }
        } else {
            words.append(url)
        }
        return words
    }

    /// Only web links are handed to a browser: `o` on an article whose
    /// `URL:` says `file:` or `javascript:` does nothing but say so.
    public static func isWebLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
