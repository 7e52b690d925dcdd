/// A named look for every `Role`: what `Themes/*.toml` files describe.
///
/// A theme need not style every role. `style(for:)` resolves a role the theme
/// leaves out along `Role.fallback` (speaker → person → text), so a short theme
/// still works; a role it does style inherits only the colours it leaves unset.
public struct Theme: Sendable, Equatable {
    /// What `--theme` and the catalog call it: the file name without `.toml`.
    public var name: String
    /// A line for `byline themes`, from the file's `description`.
    public var description: String?
    /// The styles the theme sets itself.
    public var styles: [Role: Style]

    public init(name: String, description: String? = nil, styles: [Role: Style]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    /// The style a role is drawn with, fallbacks applied.
    public func style(for role: Role) -> Style {
        var chain: [Role] = []
        var current: Role? = role
        while let r = current, !chain.contains(r) {
            chain.append(r)
            current = r.fallback ?? (r == .text ? nil : .text)
        }
        // Most general first, so each more specific style inherits what it leaves unset.
        var resolved = Style.plain
        for r in chain.reversed() {
            if let own = styles[r] { resolved = own.inheritingColours(from: resolved) }
        }
        return resolved
    }

    /// The theme with every colour taken out and every attribute kept: what
    /// `NO_COLOR` asks for.
    public var withoutColour: Theme {
        Theme(name: name, description: description, styles: styles.mapValues(\.withoutColour))
    }

    /// The theme to use given the process environment: colourless when
    /// `NO_COLOR` is set, whatever its value (even empty), else itself.
    public func honouringNoColor(environment: [String: String]) -> Theme {
        Self.noColorRequested(environment: environment) ? withoutColour : self
    }

    /// Whether the environment asks for no colour.
    public static func noColorRequested(environment: [String: String]) -> Bool {
        environment["NO_COLOR"] != nil
    }
}
