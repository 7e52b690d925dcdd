/// A quote credited by a dash after it, as pull quotes and reader comments are
/// printed: `"…" — Dana Ortiz`, `"…" ― Dana Ortiz, a nurse`. The name that
/// follows the dash, up to the paragraph's end or a comma, said it.
extension QuoteAttributor {
    func dashCredit(_ c: QuoteContext) -> Speaker? {
        guard let close = c.span.closeMark else { return nil }
        let para = c.para, toks = para.tokens
        var i = Self.tokenIndex(atOrAfter: close + 1, in: para)
        if i < toks.count, toks[i].isMark(",") { i += 1 }
        guard i < toks.count, toks[i].kind == .punctuation, Self.isDash(toks[i].first), toks[i].end - toks[i].start <= 2 else { return nil }
        i += 1
        guard let m = mention(startingAt: i, in: para), !isDemonym(m, in: para) else { return nil }
        // the credit ends the paragraph, or an apposition follows it
        guard m.endToken == toks.count || toks[m.endToken].isMark(",") || toks[m.endToken].isMark(".") && m.endToken + 1 == toks.count
        else { return nil }
        return .entity(m.entity, at(m, in: para))
    }

    /// `—`, `–`, `―` or a hyphen standing as a dash.
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2015}"
    }
}
