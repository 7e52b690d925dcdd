/// What the reading pane emphasises besides the search matches: one quote
/// (with its speaker's mention), or every mention of one entity. Set by the
/// quote jumps, the speaker list and the side panel; cleared by Esc and by
/// opening another article.
public enum Emphasis: Sendable, Equatable {
    /// An index into the open article's `quotes`.
    case quote(Int)
    /// An index into the open article's `entities`, and which of its mentions
    /// (sorted) `n`/`N` last went to.
    case entity(Int, current: Int?)

    public var quoteIndex: Int? {
        if case .quote(let i) = self { return i }
        return nil
    }

    public var entityIndex: Int? {
        if case .entity(let i, _) = self { return i }
        return nil
    }
}
