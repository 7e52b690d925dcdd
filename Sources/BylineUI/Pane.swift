/// The panes that can have focus, left to right.
public enum Pane: String, Sendable, Equatable, Hashable, CaseIterable {
    case list, reading, side
}
