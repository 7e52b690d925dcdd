import BylineKit

/// One row of the side panel.
public enum SidePanelRow: Sendable, Equatable {
    /// A section title (`Countries`), drawn as `Countries ────`.
    case section(String)
    /// An entity with its mention count; `target` is its first mention.
    case entity(name: String, kind: Entity.Kind, count: Int, target: Mention?)
    /// A quote as `Speaker: first words…`; `target` is where it stands.
    case quote(speaker: String, text: String, target: Mention)
    /// A dim note when there is nothing to list.
    case note(String)

    public var isSelectable: Bool {
        switch self {
        case .entity, .quote: true
        case .section, .note: false
        }
    }

    public var target: Mention? {
        switch self {
        case .entity(_, _, _, let target): target
        case .quote(_, _, let target): target
        case .section, .note: nil
        }
    }
}
