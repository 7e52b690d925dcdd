import BylineKit

/// The role of every Unicode scalar of an article's paragraphs: entity
/// mentions by kind, quotations (with their quote marks) as `.quote`, and as
/// `.speaker` the words the parser took to name each quote's speaker (or,
/// for a quote parsed without them, the speaker's mention nearest the quote
/// in its paragraph).
/// Later layers win: quote, then entity mentions, then speakers.
enum ArticleStyler {
    static let quoteMarks: Set<Unicode.Scalar> = [
        "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{201E}", "\u{201A}",
        "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\u{300C}", "\u{300D}", "\u{300E}", "\u{300F}",
    ]

    /// The roles of paragraph `p`'s scalars from its spans: made one body
    /// paragraph at a time by the reading pane, so a long article's roles are
    /// never all held at once (a heading or dimmed boilerplate is drawn in
    /// one role whole, `ReadingText` knows which).
    static func roles(ofParagraph p: Int, in article: Article, spans: [(Range<Int>, Role)]) -> [Role] {
        let count = article.paragraphs[p].text.unicodeScalars.count
        var roles = Array(repeating: Role.text, count: count)
        for (range, role) in spans {
            let lo = max(0, range.lowerBound), hi = min(count, range.upperBound)
            if lo < hi { for i in lo..<hi { roles[i] = role } }
        }
        return roles
    }

    /// Each paragraph's styled ranges, later ones winning: quotes, then
    /// entity mentions, then speakers.
    static func spans(_ article: Article) -> [[(Range<Int>, Role)]] {
        var spans: [[(Range<Int>, Role)]] = Array(repeating: [], count: article.paragraphs.count)
        var scalars: [[Unicode.Scalar]?] = Array(repeating: nil, count: article.paragraphs.count)
        func paragraphScalars(_ p: Int) -> [Unicode.Scalar] {
            if let s = scalars[p] { return s }
            let s = Array(article.paragraphs[p].text.unicodeScalars)
            scalars[p] = s
            return s
        }
        func valid(_ m: Mention) -> Bool { m.paragraph >= 0 && m.paragraph < article.paragraphs.count && m.start < m.end }

        for q in article.quotes where valid(q.mention) {
            spans[q.paragraph].append((quoteRangeWithMarks(q.mention, paragraphScalars(q.paragraph)), .quote))
        }
        for e in article.entities {
            let role = role(of: e.kind)
            for m in e.mentions where valid(m) { spans[m.paragraph].append((m.start..<m.end, role)) }
        }
        // each speaker's mentions by paragraph, made once: a long article
        // quoting one person thousands of times would otherwise look through
        // all their mentions for every quote
        var byParagraph: [String: [Int: [Mention]]] = [:]
        for q in article.quotes where valid(q.mention) {
            guard let name = q.speaker else { continue }
            // the words the parser took to name the speaker, when it kept them
            if let taken = q.speakerMention, taken.paragraph == q.paragraph, valid(taken) {
                spans[q.paragraph].append((taken.start..<taken.end, .speaker))
                continue
            }
            let quoted = quoteRangeWithMarks(q.mention, paragraphScalars(q.paragraph))
            if byParagraph[name] == nil {
                byParagraph[name] = Dictionary(grouping: article.entity(named: name)?.mentions ?? [], by: \.paragraph)
                    .mapValues { $0.sorted { $0.start < $1.start } }
            }
            if let m = nearest(byParagraph[name]?[q.paragraph] ?? [], to: quoted) { spans[q.paragraph].append((m.start..<m.end, .speaker)) }
        }

        return spans
    }

    /// The speaker's mention nearest the quote (`quoted`: its range with
    /// marks) in the quote's paragraph, outside the quote.
    static func speakerMention(of q: Quote, quoted: Range<Int>, in article: Article) -> Mention? {
        guard let name = q.speaker, let entity = article.entity(named: name) else { return nil }
        return nearest(entity.mentions.filter { $0.paragraph == q.paragraph }.sorted { $0.start < $1.start }, to: quoted)
    }

    /// Of `mentions` (in the quote's paragraph, in order, not overlapping
    /// one another), the nearest outside `quoted`: the first after it, found
    /// by halving, and the last before it, stepping back over any inside it
    /// (each mention lies inside at most one quote, so all of it is linear).
    static func nearest(_ mentions: [Mention], to quoted: Range<Int>) -> Mention? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < quoted.upperBound { lo = mid + 1 } else { hi = mid }
        }
        // (the one before first: it wins a tie)
        var candidates: [Mention] = []
        var k = lo - 1
        while k >= 0, mentions[k].end > quoted.lowerBound { k -= 1 }
        if k >= 0 { candidates.append(mentions[k]) }
        if lo < mentions.count { candidates.append(mentions[lo]) }
        var best: Mention?
        var bestDistance = Int.max
        for m in candidates where m.start < m.end {
            let distance: Int
            if m.end <= quoted.lowerBound { distance = quoted.lowerBound - m.end }
            else if m.start >= quoted.upperBound { distance = m.start - quoted.upperBound }
            else { continue }
            if distance < bestDistance { best = m; bestDistance = distance }
        }
        return best
    }

    /// The quote span widened by one scalar each side when a quote mark stands there.
    static func quoteRangeWithMarks(_ m: Mention, _ scalars: [Unicode.Scalar]) -> Range<Int> {
        var lo = max(0, m.start), hi = min(scalars.count, m.end)
        if lo > 0, quoteMarks.contains(scalars[lo - 1]) { lo -= 1 }
        if hi < scalars.count, quoteMarks.contains(scalars[hi]) { hi += 1 }
        return lo..<max(lo, hi)
    }

    static func role(of kind: Entity.Kind) -> Role {
        switch kind {
        case .person: .person
        case .country: .country
        case .organisation: .organisation
        }
    }
}
