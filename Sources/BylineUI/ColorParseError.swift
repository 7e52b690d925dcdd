/// Why a theme's colour could not be read, worded for the person who wrote it.
public enum ColorParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a colour name, `bright-` name, `default`, number or `#rrggbb`.
    case unknownName(String)
    /// A palette number outside 0–255.
    case indexOutOfRange(Int)
    /// Starts with `#` but is not six hexadecimal digits.
    case malformedHex(String)

    /// What a colour may be, for messages.
    public static let expected =
        "one of the eight names (black, red, green, yellow, blue, magenta, cyan, white), "
        + "bright-NAME, default, a number 0–255, or #rrggbb"

    public var description: String {
        switch self {
        case .unknownName(let text):
            let hint = text.isEmpty ? "an empty colour" : "'\(text)' is not a colour"
            return "\(hint); expected \(Self.expected)"
        case .indexOutOfRange(let n):
            return "colour number \(n) is out of range; expected a number 0–255"
        case .malformedHex(let text):
            return "'\(text)' is not a hex colour; expected # and six hexadecimal digits, like #ff8700"
        }
    }
}
