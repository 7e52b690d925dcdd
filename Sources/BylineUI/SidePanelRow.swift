import BylineKit

/// One row of the side panel.
public enum SidePanelRow: Sendable, Equatable {
    /// A section title (`Countries`), drawn as `Countries ────`.
    case section(String)
    /// An entity with its mention count; `target` is its first mention.
    case entity(name: String, kind: Entity.Kind, count: Int, target: Mention?)
    /// A quote's first line: who said it (`target` is where the quote
    /// stands); its words follow on a `quoteText` row.
    case quote(speaker: String, text: String, target: Mention)
    /// A quote's second line: its opening words. Part of the quote row above
    /// it, not a row to select on its own.
    case quoteText(String, target: Mention)
    /// A dim note when there is nothing to list.
    case note(String)

    public var isSelectable: Bool {
        switch self {
        case .entity, .quote: true
        case .section, .note, .quoteText: false
        }
    }

    public var target: Mention? {
        switch self {
        case .entity(_, _, _, let target): target
        case .quote(_, _, let target), .quoteText(_, let target): target
        case .section, .note: nil
        }
    }
}
