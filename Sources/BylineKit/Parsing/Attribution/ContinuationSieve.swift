extension QuoteAttributor {
    /// A paragraph that opens by continuing the quote left open at the end of
    /// the previous one (news prints `"…` ¶ `"…`) is the same person speaking.
    /// (A cue right after it still decides first: see `cueAfter`.)
    func continuation(_ c: QuoteContext) -> Speaker? {
        guard c.span.isContinuation, let last = c.last else { return nil }
        return last.speaker.map { .entity($0, last.mention) } ?? .anonymous
    }
}
