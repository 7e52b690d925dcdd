/// A colour as a theme file names it: `red`, `bright-red`, `default`, `208`,
/// `#ff8700`. How it shows depends on the terminal: see `paletteIndex(colors:)`.
public enum ThemeColor: Sendable, Hashable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the eight basic colours (palette 0–7).
    case basic(BasicColor)
    /// The bright form of a basic colour (palette 8–15).
    case bright(BasicColor)
    /// An entry of the 256-colour palette.
    case palette(Int)
    /// A 24-bit colour, shown as the nearest colour the terminal has.
    case rgb(red: UInt8, green: UInt8, blue: UInt8)

    /// Reads a colour as written in a theme file; names are case-insensitive.
    public init(parsing text: String) throws(ColorParseError) {
        let name = text.trimmingSpaces().lowercased()
        if name == "default" {
            self = .default
        } else if let colour = BasicColor(name: name) {
            self = .basic(colour)
        } else if name.hasPrefix("bright-"), let colour = BasicColor(name: String(name.dropFirst("bright-".count))) {
            self = .bright(colour)
        } else if name.hasPrefix("#") {
            let hex = name.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else {
                throw .malformedHex(text)
            }
            self = .rgb(red: UInt8(value >> 16 & 0xff), green: UInt8(value >> 8 & 0xff), blue: UInt8(value & 0xff))
        } else if !name.isEmpty, name.allSatisfy(\.isASCIIDigitCharacter) {
            guard let n = Int(name) else { throw .indexOutOfRange(Int.max) }
            self = try ThemeColor(index: n)
        } else {
            throw .unknownName(text)
        }
    }

    /// A palette number as a colour (a TOML integer in a theme file).
    public init(index: Int) throws(ColorParseError) {
        guard (0...255).contains(index) else { throw .indexOutOfRange(index) }
        self = .palette(index)
    }

    /// As a theme file would write it.
    public var description: String {
        switch self {
        case .default: "default"
        case .basic(let c): c.name
        case .bright(let c): "bright-" + c.name
        case .palette(let n): String(n)
        case .rgb(let r, let g, let b):
            "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
