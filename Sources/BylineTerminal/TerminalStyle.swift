import BylineUI

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
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes

    public init(foreground: ThemeColor = .default, background: ThemeColor = .default, attributes: TextAttributes = []) {
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
        .border: RoleStyle(foreground: .basic(.blue)),
        .title: RoleStyle(foreground: .basic(.cyan), attributes: .bold),
        .status: RoleStyle(attributes: .reverse),
        .heading: RoleStyle(attributes: [.bold, .underline]),
        .person: RoleStyle(foreground: .basic(.green)),
        .country: RoleStyle(foreground: .basic(.cyan)),
        .organisation: RoleStyle(foreground: .basic(.magenta)),
        .quote: RoleStyle(foreground: .basic(.yellow)),
        .speaker: RoleStyle(foreground: .basic(.green), attributes: [.bold, .underline]),
        .emphasis: RoleStyle(attributes: .bold),
        .warning: RoleStyle(foreground: .basic(.red), attributes: .bold),
        .help: RoleStyle(foreground: .basic(.cyan)),
        .unread: RoleStyle(foreground: .basic(.yellow), attributes: .bold),
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
        .organisation: RoleStyle(attributes: [.underline, .italic]),
        .quote: RoleStyle(attributes: .italic),
        .speaker: RoleStyle(attributes: [.bold, .underline]),
        .emphasis: RoleStyle(attributes: .bold),
        .warning: RoleStyle(attributes: [.bold, .reverse]),
        .help: RoleStyle(),
        .unread: RoleStyle(attributes: .bold),
    ])
}

extension StyleTable {
    /// A BylineUI `Theme` as a table: every role resolved along its
    /// fallbacks. Its colours stay as the theme wrote them; the terminal
    /// shows each as the nearest it has (`ThemeColor.paletteIndex(colors:)`,
    /// the one approximation).
    public init(theme: Theme) {
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
            styles[role] = RoleStyle(foreground: style.foreground ?? .default, background: style.background ?? .default, attributes: attributes)
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
        let colourless = StyleTable(theme: theme.withoutColour)
        var styles: [Role: RoleStyle] = [:]
        // what colour alone told apart (a person from a country, a country
        // from a body) takes the monochrome look, which tells them apart by attributes
        let toldApartByColour: Set<Role> = [.person, .country, .organisation, .quote, .speaker]
        for role in Role.allCases {
            let own = colourless[role]
            styles[role] = (own.attributes.isEmpty && role != .text) || toldApartByColour.contains(role) ? StyleTable.monochrome[role] : own
        }
        self.init(styles)
    }
}
