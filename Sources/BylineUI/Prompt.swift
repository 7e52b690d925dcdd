/// A question asked on the status line: what it is for, and the line being typed.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A library filter (`LibraryQuery`), applied with Enter.
        case filter
        /// A search of the open article's text.
        case search
    }

    public var kind: Kind
    public var editor: LineEditor

    public init(kind: Kind, editor: LineEditor) {
        self.kind = kind
        self.editor = editor
    }

    /// The label before the text: `filter: `, `/`.
    public var label: String {
        switch kind {
        case .filter: "filter: "
        case .search: "/"
        }
    }
}
