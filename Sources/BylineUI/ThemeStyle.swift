extension Theme {
    /// How one role looks. A nil colour is inherited along the role's fallbacks
    /// (so `person = { fg = "green" }` keeps the background that `text` sets);
    /// `.default` asks for the terminal's own colour explicitly.
    public struct Style: Sendable, Hashable {
        public var foreground: ThemeColor?
        public var background: ThemeColor?
        public var attributes: Set<Attribute>

        public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, attributes: Set<Attribute> = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }

        /// No colour, no attributes: the terminal's own look.
        public static let plain = Style()

        /// The same attributes with colours taken away (for `NO_COLOR`).
        public var withoutColour: Style {
            Style(attributes: attributes)
        }

        /// Missing colours filled in from a more general style; attributes stay ours.
        func inheritingColours(from general: Style) -> Style {
            Style(foreground: foreground ?? general.foreground,
                  background: background ?? general.background,
                  attributes: attributes)
        }
    }
}
