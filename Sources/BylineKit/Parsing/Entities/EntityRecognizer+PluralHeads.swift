/// One plural head naming several bodies: `the ministries of Defence and
/// Health`, `the Justice and Treasury departments`.
extension EntityRecognizer {
    /// `the ministries of Justice, Economy and Security`: a plural head (in
    /// lowercase), `of`, and two or more capitalised names joined by commas
    /// and a final `and`/`or` are as many bodies, each named with the
    /// singular head (`Ministry of Justice`) and mentioned where its own name
    /// is written. Anything else after the head (one name, a lowercase word,
    /// `of the …`) is left to the other rules.
    func coordinatedBodies(after head: Int, in para: ParagraphText, raw: inout [RawMention], covered: inout Coverage) {
        let toks = para.tokens
        guard head + 2 < toks.count, hasText(toks[head + 1], "of", in: para),
              let singular = NameRules.pluralOrganisationHeads[para.text(of: toks[head])] else { return }
        var items: [Range<Int>] = []
        var joinedByAnd = false
        var k = head + 2
        while k < toks.count, toks[k].kind == .word, toks[k].isCapitalised, !covered[para.index, k] {
            var end = k + 1
            while end < toks.count, toks[end].kind == .word, toks[end].isCapitalised, toks[end].start == toks[end - 1].end + 1,
                  !covered[para.index, end] { end += 1 }
            items.append(k..<end)
            // then `,`, `and`, `or` or `, and`, each maybe followed by `of`, before the next name
            var next = end
            if next < toks.count, toks[next].isMark(",") { next += 1 }
            let isLast = next < toks.count && (hasText(toks[next], "and", in: para) || para.text(of: toks[next]) == "or")
            if isLast { next += 1 }
            if next < toks.count, hasText(toks[next], "of", in: para) { next += 1 }
            guard next > end, next < toks.count, toks[next].kind == .word, toks[next].isCapitalised else { break }
            if joinedByAnd { break }   // the name after `and` was the last
            joinedByAnd = isLast
            k = next
        }
        guard items.count >= 2, joinedByAnd else { return }
        for item in items {
            emit(.organisation(singular + " of " + para.text(toks[item.lowerBound].start, toks[item.upperBound - 1].end)),
                 item.lowerBound, item.upperBound, para, &raw, &covered)
        }
    }

    /// The plural head that closes a run, and the run's words before it: the
    /// lowercase word right after the run (`… departments`) or the run's
    /// own last word (`… Departments`). Asked of every run, so answered from
    /// the words' facts alone.
    @inline(__always)
    func pluralHead(closing run: Range<Int>, in para: ParagraphText) -> (head: Int, names: Range<Int>)? {
        let toks = para.tokens
        if run.upperBound < toks.count, toks[run.upperBound].isInAsWritten(.pluralOrganisationHead),
           toks[run.upperBound].start == toks[run.upperBound - 1].end + 1 {
            return (run.upperBound, run)
        }
        if run.count > 1, toks[run.upperBound - 1].isCapitalised, toks[run.upperBound - 1].isIn(.pluralOrganisationHead) {
            return (run.upperBound - 1, run.lowerBound ..< run.upperBound - 1)
        }
        return nil
    }

    /// `the Justice and Treasury departments`, `the State and Homeland Security
    /// Departments`: two or more names joined by `and` right before a plural
    /// head are as many bodies, each its name and the singular head
    /// (`Justice Department`), mentioned where its name is written. Not when
    /// a name is a country or a people (`the French and German ministries`
    /// are no proper names). Returns whether the run was taken so.
    func bodiesBeforePluralHead(_ names: Range<Int>, head: Int, in para: ParagraphText, raw: inout [RawMention], covered: inout Coverage) -> Bool {
        let toks = para.tokens
        guard let singular = NameRules.pluralOrganisationHeads[para.lower(of: toks[head])] else { return false }
        // names of capitalised words only, split at `and` (after a sentence's `The`)
        var items: [Range<Int>] = []
        var start = names.lowerBound
        while start < names.upperBound, toks[start].isIn(.determiner) { start += 1 }
        for k in start ..< names.upperBound {
            if toks[k].kind == .word && toks[k].isCapitalised { continue }
            guard hasText(toks[k], "and", in: para), k > start else { return false }
            items.append(start ..< k)
            start = k + 1
        }
        guard start < names.upperBound else { return false }
        items.append(start ..< names.upperBound)
        guard items.count >= 2, !items.contains(where: { item in
            gazetteer.country(para.scalars, toks[item.lowerBound].start, toks[item.upperBound - 1].end) != nil
                || gazetteer.country(para.scalars, toks[item.lowerBound].start, toks[item.lowerBound].end) != nil
        }) else { return false }
        for item in items {
            emit(.organisation(para.text(toks[item.lowerBound].start, toks[item.upperBound - 1].end) + " " + singular),
                 item.lowerBound, item.upperBound, para, &raw, &covered)
        }
        covered[para.index, head] = true
        return true
    }
}
