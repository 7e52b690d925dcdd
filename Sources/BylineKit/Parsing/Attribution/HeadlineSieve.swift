/// A headline's quote is usually repeated in the body: after every other
/// sieve, a headline quote with no speaker takes the speaker of the body quote
/// that holds its words.
extension QuoteAttributor {
    /// A quote in a headline is usually repeated in the body: take that speaker.
    func resolveHeadlineQuotes(_ results: [Attribution]) -> [Attribution] {
        var out = results
        for (i, r) in results.enumerated() where r.speaker == nil && paragraphs[r.span.paragraph].kind == .heading {
            let text = paragraphs[r.span.paragraph].text(r.span.start, r.span.end).lowercased()
            let key = text.trimmingCharacters(in: .punctuationCharacters)
            guard key.count >= 4 else { continue }
            if let body = results.first(where: { b in
                b.speaker != nil && paragraphs[b.span.paragraph].kind == .body
                    && paragraphs[b.span.paragraph].text(b.span.start, b.span.end).lowercased().contains(key)
            }) {
                out[i].speaker = body.speaker
            }
        }
        return out
    }
}
