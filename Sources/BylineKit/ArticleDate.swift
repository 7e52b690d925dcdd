import Foundation

/// Dates as articles and feeds write them: RFC 822 (`Sat, 14 Mar 2026
/// 09:30:00 GMT`, RSS) and RFC 3339 / ISO 8601 (`2026-03-14T09:30:00Z`, Atom,
/// JSON Feed, `dc:date`, the `Date:` of article headers), with the usual
/// liberties (no weekday, no seconds, two-digit years, zone names, a space for
/// the `T`, no zone meaning UTC, `March 14, 2026`). Anything else is nil.
/// The reader sorts its list by it; BylineFeeds reads feeds' dates with it.
public enum ArticleDate {
    public static func seconds(_ text: String) -> Int64? {
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = s.unicodeScalars.first else { return nil }
        if ("0"..."9").contains(first), s.count >= 10, s.unicodeScalars.dropFirst(4).first == "-" {
            return iso8601(s)
        }
        return rfc822(s)
    }

    /// `2026-03-14T09:30:00.123+01:00` and shorter forms.
    static func iso8601(_ s: String) -> Int64? {
        var scanner = Cursor(s)
        guard let year = scanner.number(digits: 4), scanner.skip("-"), let month = scanner.number(digits: 2),
              scanner.skip("-"), let day = scanner.number(digits: 2) else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let h = scanner.number(digits: 2), scanner.skip(":"), let m = scanner.number(digits: 2) else { return nil }
            hour = h
            minute = m
            if scanner.skip(":") {
                guard let sec = scanner.number(digits: 2) else { return nil }
                second = sec
                if scanner.skip(".") || scanner.skip(",") { _ = scanner.digits() }
            }
            scanner.skipSpaces()
            if let zone = scanner.zoneOffset() { offset = zone } else if !scanner.atEnd { return nil }
        }
        return make(year, month, day, hour, minute, second, offset)
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
        "mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600, "bst": 3600, "cet": 3600, "cest": 7200,
    ]

    /// `Sat, 14 Mar 2026 09:30:00 +0000` and its common variants.
    static func rfc822(_ s: String) -> Int64? {
        var words = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map { $0.lowercased() }
        if let first = words.first, first.count >= 3, first.allSatisfy(\.isLetter), !months.contains(String(first.prefix(3))) {
            words.removeFirst()   // the weekday
        }
        guard words.count >= 3 else { return nil }
        var day: Int?, monthIndex: Int?
        if let d = Int(words[0]), let m = months.firstIndex(of: String(words[1].prefix(3))) {
            day = d; monthIndex = m
        } else if let m = months.firstIndex(of: String(words[0].prefix(3))), let d = Int(words[1]) {
            day = d; monthIndex = m   // "Mar 14 2026"
        }
        guard let day, let monthIndex, var year = Int(words[2]) else { return nil }
        // (a two-digit year, `14 Mar 26`, is this century's or the last;
        // `0001` written whole is the year 1)
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var hour = 0, minute = 0, second = 0, offset = 0
        if words.count >= 4 {
            let parts = words[3].split(separator: ":").map { Int($0) }
            guard parts.count >= 2, parts.allSatisfy({ $0 != nil }) else { return nil }
            hour = parts[0]!
            minute = parts[1]!
            second = parts.count > 2 ? parts[2]! : 0
        }
        if words.count >= 5 {
            var zone = Cursor(words[4])
            if let named = zones[words[4]] { offset = named } else if let o = zone.zoneOffset() { offset = o }
        }
        return make(year, monthIndex + 1, day, hour, minute, second, offset)
    }

    /// Seconds since 1970 in UTC, by arithmetic (days from the civil date, as
    /// in Howard Hinnant's `days_from_civil`): no calendar object, so a
    /// library of 100,000 dated articles is sorted without a pause.
    static func make(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ offset: Int) -> Int64? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour), (0...59).contains(minute),
              (0...60).contains(second), (1...9999).contains(year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = Int64(era) * 146097 + Int64(dayOfEra) - 719468
        let seconds = days * 86400 + Int64(hour * 3600 + minute * 60 + min(second, 59) - offset)
        // (an offset must not carry the date out of the years 1 to 9999)
        return (-62_135_596_800...253_402_300_799).contains(seconds) ? seconds : nil
    }

    private struct Cursor {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ text: String) { s = Array(text.unicodeScalars) }
        var atEnd: Bool { i >= s.count }

        mutating func skip(_ c: Unicode.Scalar) -> Bool {
            if i < s.count, s[i] == c { i += 1; return true }
            return false
        }

        mutating func skipSpaces() { while i < s.count, s[i] == " " { i += 1 } }

        mutating func number(digits: Int) -> Int? {
            guard i + digits <= s.count else { return nil }
            var value = 0
            for k in i..<(i + digits) {
                guard ("0"..."9").contains(s[k]) else { return nil }
                value = value * 10 + Int(s[k].value - 48)
            }
            i += digits
            return value
        }

        mutating func digits() -> Int {
            let start = i
            while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
            return i - start
        }

        /// `Z`, `+01:00`, `+0100`, `-05`: seconds east of UTC.
        mutating func zoneOffset() -> Int? {
            if skip("Z") || skip("z") { return 0 }
            guard i < s.count, s[i] == "+" || s[i] == "-" else { return nil }
            let sign = s[i] == "-" ? -1 : 1
            i += 1
            guard let hours = number(digits: 2), hours <= 14 else { return nil }
            _ = skip(":")
            let minutes = number(digits: 2) ?? 0
            guard minutes < 60 else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}
