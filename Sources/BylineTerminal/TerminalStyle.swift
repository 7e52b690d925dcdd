import BylineUI

/// A terminal colour: the terminal's own default, or an index into its palette
/// (0–7 the basic colours, 8–15 their bright forms, 16–255 the xterm cube and greys).
public enum TerminalColor: Sendable, Equatable, Hashable {
    case `default`
    case index(Int)

    public static let black = TerminalColor.index(0)
    public static let red = TerminalColor.index(1)
    public static let green = TerminalColor.index(2)
    public static let yellow = TerminalColor.index(3)
    public static let blue = TerminalColor.index(4)
    public static let magenta = TerminalColor.index(5)
    public static let cyan = TerminalColor.index(6)
    public static let white = TerminalColor.index(7)

    /// The bright form of a basic colour (`.bright(.blue)` is palette entry 12).
    public static func bright(_ base: TerminalColor) -> TerminalColor {
        if case .index(let i) = base, (0..<8).contains(i) { return .index(i + 8) }
        return base
    }

    /// The palette index to use on a terminal with `available` colours, or nil for
    /// the terminal's default. Colours the terminal lacks are approximated: bright
    /// colours by their basic form, the 256-colour cube and greys by the nearest
    /// basic colour.
    public func paletteIndex(available: Int) -> Int? {
        guard case .index(let i) = self, (0..<256).contains(i) else { return nil }
        if i < available { return i }
        if i < 8 { return nil }
        if i < 16 { return i - 8 < available ? i - 8 : nil }
        guard available >= 8 else { return nil }
        if i >= 232 { return i - 232 < 12 ? 0 : 7 }
        let cube = i - 16
        let (r, g, b) = (cube / 36, (cube / 6) % 6, cube % 6)
        let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
        return bits
    }
}

/// Text attributes, independent of curses (the terminal maps them to `A_*`).
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// How one `Role` looks: colours and attributes.
public struct RoleStyle: Sendable, Equatable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = RoleStyle()
}

/// The look of every role: what a theme will replace. A role the table leaves
/// out takes its `Role.fallback`'s style (speaker → person → text), then plain.
public struct StyleTable: Sendable, Equatable {
    public var styles: [Role: RoleStyle]

    public init(_ styles: [Role: RoleStyle]) {
        self.styles = styles
    }

    public subscript(role: Role) -> RoleStyle {
        var current: Role? = role
        while let r = current {
            if let style = styles[r] { return style }
            current = r.fallback
        }
        return .plain
    }

    /// The built-in look on a colour terminal, on the terminal's own background.
    public static let standard = StyleTable([
        .text: RoleStyle(),
        .dim: RoleStyle(attributes: .dim),
        .selection: RoleStyle(attributes: .reverse),
        .border: RoleStyle(foreground: .blue),
        .title: RoleStyle(foreground: .cyan, attributes: .bold),
        .status: RoleStyle(attributes: .reverse),
        .heading: RoleStyle(attributes: [.bold, .underline]),
        .person: RoleStyle(foreground: .green),
        .country: RoleStyle(foreground: .cyan),
        .organisation: RoleStyle(foreground: .magenta),
        .quote: RoleStyle(foreground: .yellow),
        .speaker: RoleStyle(foreground: .green, attributes: [.bold, .underline]),
        .emphasis: RoleStyle(attributes: .bold),
        .warning: RoleStyle(foreground: .red, attributes: .bold),
        .help: RoleStyle(foreground: .cyan),
        .unread: RoleStyle(foreground: .yellow, attributes: .bold),
    ])

    /// Attributes only: for terminals without colour, and when `NO_COLOR` is set.
    public static let monochrome = StyleTable([
        .text: RoleStyle(),
        .dim: RoleStyle(attributes: .dim),
        .selection: RoleStyle(attributes: .reverse),
        .border: RoleStyle(),
        .title: RoleStyle(attributes: .bold),
        .status: RoleStyle(attributes: .reverse),
        .heading: RoleStyle(attributes: [.bold, .underline]),
        .person: RoleStyle(attributes: .bold),
        .country: RoleStyle(attributes: .underline),
        .organisation: RoleStyle(attributes: .underline),
        .quote: RoleStyle(attributes: .italic),
        .speaker: RoleStyle(attributes: [.bold, .underline]),
        .emphasis: RoleStyle(attributes: .bold),
        .warning: RoleStyle(attributes: [.bold, .reverse]),
        .help: RoleStyle(),
        .unread: RoleStyle(attributes: .bold),
    ])
}

extension StyleTable {
    /// A BylineUI `Theme` as the terminal draws it on a terminal with `colors`
    /// colours: every role resolved along its fallbacks, each colour the nearest
    /// the terminal has (`ThemeColor.paletteIndex(colors:)`), nil meaning default.
    public init(theme: Theme, colors: Int) {
        var styles: [Role: RoleStyle] = [:]
        for role in Role.allCases {
            let style = theme.style(for: role)
            var attributes: TextAttributes = []
            for attribute in style.attributes {
                switch attribute {
                case .bold: attributes.insert(.bold)
                case .underline: attributes.insert(.underline)
                case .reverse: attributes.insert(.reverse)
                case .dim: attributes.insert(.dim)
                case .italic: attributes.insert(.italic)
                }
            }
            styles[role] = RoleStyle(
                foreground: style.foreground?.paletteIndex(colors: colors).map(TerminalColor.index) ?? .default,
                background: style.background?.paletteIndex(colors: colors).map(TerminalColor.index) ?? .default,
                attributes: attributes)
        }
        self.init(styles)
    }
}

extension StyleTable {
    /// A theme drawn without colour: its attributes are kept, and a role the
    /// theme sets apart by colour alone (a person's name in green, say) takes
    /// the built-in monochrome look instead, so people, places, quotes and
    /// speakers still stand out from the text.
    public init(colourlessTheme theme: Theme) {
        let colourless = StyleTable(theme: theme.withoutColour, colors: 0)
        var styles: [Role: RoleStyle] = [:]
        for role in Role.allCases {
            let own = colourless[role]
            styles[role] = own.attributes.isEmpty && role != .text ? StyleTable.monochrome[role] : own
        }
        self.init(styles)
    }
}
