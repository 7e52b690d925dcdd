extension Theme {
    /// A text attribute a theme may give a role. `monochrome`-safe themes use
    /// only bold, underline and reverse, which every terminal has.
    public enum Attribute: String, Sendable, Hashable, CaseIterable, Comparable {
        case bold, underline, reverse, dim, italic

        public static func < (a: Attribute, b: Attribute) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }
}
