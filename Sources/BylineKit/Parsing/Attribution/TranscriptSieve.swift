/// Interview transcripts print each turn as a speaker's label in capitals and
/// a colon: `"WALLACE: Let's start with …` / `"PENCE: Well, look, …`. A quote
/// that opens with such a label is that person's turn; a turn that runs on
/// into later paragraphs keeps its speaker (`continuation`).
extension QuoteAttributor {
    func transcriptTurn(_ c: QuoteContext) -> Speaker? {
        let para = c.para, toks = para.tokens
        var k = Self.tokenIndex(atOrAfter: c.span.start, in: para)
        let first = k
        // one or two words in capitals, each of two letters or more, then `:`
        while k < toks.count, k - first < 2, toks[k].kind == .word, toks[k].isAllCaps, toks[k].characterCount > 1 { k += 1 }
        guard k > first, k < toks.count, toks[k].isMark(":"), toks[k].start < c.span.end else { return nil }
        let label = para.text(toks[k - 1].start, toks[k - 1].end).lowercased()
        // the person whose surname (or single name) the label is; the latest named of several
        var found: Int? = nil
        for (i, e) in entities.enumerated() where e.kind == .person {
            if e.name.split(separator: " ").last.map({ $0.lowercased() == label }) == true
                || e.aliases.contains(where: { $0.lowercased() == label }) { found = i }
        }
        guard let speaker = found else { return nil }
        return .entity(speaker, at(first, k, in: para))
    }
}
