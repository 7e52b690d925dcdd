/// How the reading pane shows boilerplate paragraphs (newsletter sign-ups,
/// share buttons): left out, or shown in the `dim` role.
public enum BoilerplateDisplay: String, Sendable, Equatable, CaseIterable {
    case hidden, dimmed
}
