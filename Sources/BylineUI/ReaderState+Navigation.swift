import BylineKit

/// Jumps through quotes, speakers and mentions (issue 4): `]` `[` `}` `{`
/// `n` `N` `s`, and the emphasis that follows the side panel.
extension ReaderState {
    /// Lines a notch of the mouse wheel scrolls.
    static let wheelLines = 3

    // MARK: - Quotes

    /// The line of the reading pane where a mention starts.
    func line(of m: Mention) -> Int { pane.line(of: m) }

    /// `]` / `[`: from the emphasised quote, or else from the top of the view
    /// (the first quote at or below it, the last one above it).
    mutating func jumpToQuote(forward: Bool) {
        guard let article = openArticle else { return }
        let order = ArticleQuotes.order(article)
        guard !order.isEmpty else { return setStatus("No quotes in this article") }
        let target: Int?
        if let q = emphasis?.quoteIndex, let position = order.firstIndex(of: q) {
            let next = position + (forward ? 1 : -1)
            target = order.indices.contains(next) ? next : nil
        } else if forward {
            target = order.firstIndex { line(of: article.quotes[$0].mention) >= readingScroll }
        } else {
            target = order.lastIndex { line(of: article.quotes[$0].mention) < readingScroll }
        }
        guard let target else {
            return setStatus(forward ? "No more quotes in this article" : "No earlier quotes in this article")
        }
        focusQuote(order[target])
        setStatus("Quote \(target + 1) of \(order.count): " + QuoteFocus.credit(article.quotes[order[target]], in: article))
    }

    /// `}` / `{`: the speaker is the emphasised quote's, or the entity's
    /// selected in the side panel; with neither, this is `]` / `[` (which
    /// gives the next press a speaker). Past the article's last (first) quote
    /// by them, the next (previous) article in the list that quotes them opens
    /// at their first (last) quote there.
    mutating func jumpToQuoteBySameSpeaker(forward: Bool) {
        guard let article = openArticle, let open = openIndex else { return }
        let order = ArticleQuotes.order(article)
        let name: String
        var position: Int?
        if let q = emphasis?.quoteIndex {
            guard let speaker = article.quotes[q].speaker else {
                return setStatus("The text does not say who said this quote")
            }
            name = speaker
            position = order.firstIndex(of: q)
        } else if let e = emphasis?.entityIndex {
            name = article.entities[e].name
        } else {
            return jumpToQuote(forward: forward)
        }
        let theirs = order.indices.filter { ArticleQuotes.sameSpeaker(article.quotes[order[$0]].speaker, name) }
        let here: Int? = switch (position, forward) {
        case (let p?, true): theirs.first { $0 > p }
        case (let p?, false): theirs.last { $0 < p }
        case (nil, true): theirs.first
        case (nil, false): theirs.last
        }
        if let here {
            focusQuote(order[here])
            let n = theirs.firstIndex(of: here)! + 1
            return setStatus("\(name): quote \(n) of \(theirs.count) in this article")
        }
        seekQuote(by: name, after: open, forward: forward)
    }

    /// Asks for the next (previous) article of the list after library index
    /// `after` whose digest names `name` among its speakers; says so when there is none.
    private mutating func seekQuote(by name: String, after: Int, forward: Bool) {
        let others = forward ? listArticles.filter { $0 > after } : listArticles.filter { $0 < after }.reversed()
        guard let next = others.first(where: { a in library.digests[a].speakers.contains { ArticleQuotes.sameSpeaker($0, name) } }) else {
            return setStatus(forward ? "No more quotes by \(name)" : "No earlier quotes by \(name)")
        }
        requestOpen(next, .speakerQuote(name, forward: forward))
    }

    /// The article `}` / `{` asked for is in: it opens at their first (last)
    /// quote there; when it has none after all, the search goes on past it.
    mutating func arrive(in article: Article, at index: Int, quoting name: String, forward: Bool) {
        let order = ArticleQuotes.order(article)
        let quotes = order.filter { ArticleQuotes.sameSpeaker(article.quotes[$0].speaker, name) }
        guard let q = forward ? quotes.first : quotes.last else { return seekQuote(by: name, after: index, forward: forward) }
        show(article, at: index)
        if let row = listArticles.firstIndex(of: index) { selectedIndex = row }
        keepListSelectionVisible()
        focusQuote(q)
        let n = forward ? 1 : quotes.count
        let title = ArticleListRow(library.digests[index]).title
        setStatus("\(name): quote \(n) of \(quotes.count) in \(forward ? "the next" : "a previous") article, \(title)")
    }

    /// Emphasises quote `i` of the open article and its speaker's mention,
    /// scrolls the reading pane to show them, and moves the side panel's
    /// selection to the quote's row.
    mutating func focusQuote(_ i: Int) {
        guard let article = openArticle, article.quotes.indices.contains(i) else { return }
        emphasis = .quote(i)
        let q = article.quotes[i]
        var first = line(of: q.mention)
        var last = readingText.line(paragraph: q.paragraph, offset: max(q.mention.start, q.mention.end - 1)) ?? first
        if let speaker = QuoteFocus.speakerMention(of: q, in: article), speaker.paragraph == q.paragraph {
            first = min(first, line(of: speaker))
            last = max(last, line(of: speaker))
        }
        reveal(first, last)
        if let row = sidePanel.row(ofQuoteAt: q.mention) {
            side.select(row, visible: sideVisibleRows)
        }
    }

    /// Scrolls the reading pane so that lines `first...last` show: when they
    /// do not already, `first` goes to the top.
    mutating func reveal(_ first: Int, _ last: Int) {
        pane.reveal(first, last, visible: readingVisibleLines)
    }

    // MARK: - The side panel's emphasis

    /// The emphasis follows the side panel's selection: an entity row
    /// emphasises every mention of the entity (and ends a search, so that
    /// `n`/`N` step through the mentions), a quote row the quote.
    mutating func followSideSelection() {
        guard let article = openArticle, sidePanel.rows.indices.contains(sideSelection) else { return }
        switch sidePanel.rows[sideSelection] {
        case .entity(let name, let kind, _, _):
            guard let e = article.entities.firstIndex(where: { $0.name == name && $0.kind == kind }) else { return }
            if emphasis?.entityIndex != e { emphasis = .entity(e, current: nil) }
            search = nil
        case .quote(_, _, let target):
            if let q = article.quotes.firstIndex(where: { $0.mention == target }) { emphasis = .quote(q) }
        case .section, .note, .quoteText:
            break
        }
    }

    /// An entity's mentions in reading order, leaving out hidden boilerplate.
    func visibleMentions(of entity: Int) -> [Mention] {
        guard let article = openArticle, article.entities.indices.contains(entity) else { return [] }
        return article.entities[entity].mentions
            .filter { article.paragraphs.indices.contains($0.paragraph) && article.paragraphs[$0.paragraph].kind != .boilerplate }
            .sorted()
    }

    // MARK: - n / N

    /// Search matches while a search is active; else the mentions of the
    /// emphasised entity. Both wrap around; with nothing current, the first
    /// (last) at or below (above) the top of the view comes first.
    mutating func step(forward: Bool) {
        if let current = search {
            guard !current.matches.isEmpty else { return setStatus("No matches for “\(current.query)”") }
            let i = nextPosition(in: current.matches, from: current.current, forward: forward)
            search?.current = i
            revealMention(current.matches[i])
            setStatus("Match \(i + 1) of \(current.matches.count) for “\(current.query)”")
        } else if case .entity(let e, let current)? = emphasis, let article = openArticle {
            let mentions = visibleMentions(of: e)
            guard !mentions.isEmpty else { return setStatus("\(article.entities[e].name) is not mentioned in the text shown") }
            let i = nextPosition(in: mentions, from: current, forward: forward)
            emphasis = .entity(e, current: i)
            revealMention(mentions[i])
            setStatus("\(article.entities[e].name): mention \(i + 1) of \(mentions.count)")
        } else {
            let search = keymap.keys(for: .openSearchPrompt).first?.label ?? "/"
            setStatus("Nothing to step through: search with \(search), or select a name in the side panel")
        }
    }

    private func nextPosition(in mentions: [Mention], from current: Int?, forward: Bool) -> Int {
        if let current {
            return (current + (forward ? 1 : mentions.count - 1)) % mentions.count
        }
        if forward {
            return mentions.firstIndex { line(of: $0) >= readingScroll } ?? 0
        }
        return mentions.lastIndex { line(of: $0) < readingScroll } ?? mentions.count - 1
    }

    private mutating func revealMention(_ m: Mention) {
        let first = line(of: m)
        let last = readingText.line(paragraph: m.paragraph, offset: max(m.start, m.end - 1)) ?? first
        reveal(first, last)
    }

    // MARK: - Speakers

    mutating func showSpeakers() {
        guard let article = openArticle else { return }
        let list = SpeakerList(article: article)
        guard !list.rows.isEmpty else { return setStatus("No quotes in this article") }
        speakerList = list
    }

    /// Keys while the speaker list is open: ↑/↓ (j/k, g/G) move, Enter jumps
    /// to the chosen speaker's first quote, Esc, ←, `h`, `s` or `q` close it, `Q` quits.
    mutating func moveInSpeakerList(_ key: Key) {
        guard let list = choice(for: key, in: \.speakerList, closing: "s") else { return }
        let row = list.rows[list.selection]
        focusQuote(row.firstQuote)
        let plural = row.count == 1 ? "quote" : "quotes"
        setStatus("\(row.label): \(row.count) \(plural); \(keymap.hint(.nextQuoteBySameSpeaker, .previousQuoteBySameSpeaker)) for the others")
    }

    // MARK: - Links

    /// `L`: the open article's links, when it lists any.
    mutating func showLinks() {
        guard let article = openArticle else { return setStatus("No article open") }
        let links = ArticleLinks.links(in: article)
        guard !links.isEmpty else {
            return setStatus("No links in this article (\(keymap.hint(.openLink)) opens its own address)")
        }
        linkList = LinkList(links: links)
    }

    /// Keys while the link list is open: as in the speaker list; Enter opens
    /// the chosen link in `$BROWSER`.
    mutating func moveInLinkList(_ key: Key) {
        guard let list = choice(for: key, in: \.linkList, closing: "L") else { return }
        open(url: list.links[list.selection].url)
    }

    /// A key in a list overlay (`OverlayKey`): a move moves its marker, a
    /// close or quit closes it; Enter closes it too and returns the list as
    /// it was chosen from, for the caller to act on the choice.
    private mutating func choice<List: OverlayList>(for key: Key, in overlay: WritableKeyPath<ReaderState, List?>,
                                                    closing own: Character) -> List? {
        guard var list = self[keyPath: overlay], let action = OverlayKey(key, closing: own) else { return nil }
        self[keyPath: overlay] = nil
        switch action {
        case .move(let movement):
            list.window.move(movement, count: list.count, visible: list.count)
            self[keyPath: overlay] = list
        case .close: break
        case .quit: isQuitting = true
        case .choose: return list
        }
        return nil
    }

    mutating func setStatus(_ message: String) {
        statusMessage = message
    }
}

/// The speaker's mention that goes with an emphasised quote: the one the
/// parser took (`Quote.speakerMention`: a name, a pronoun, `the ministry`),
/// so the reader can check it; for a quote parsed without one, the nearest in
/// the quote's paragraph, else their last mention before it.
enum QuoteFocus {
    static func speakerMention(of q: Quote, in article: Article) -> Mention? {
        if let taken = q.speakerMention, article.paragraphs.indices.contains(taken.paragraph) { return taken }
        guard article.paragraphs.indices.contains(q.paragraph) else { return nil }
        let scalars = Array(article.paragraphs[q.paragraph].text.unicodeScalars)
        let quoted = ArticleStyler.quoteRangeWithMarks(q.mention, scalars)
        if let m = ArticleStyler.speakerMention(of: q, quoted: quoted, in: article) { return m }
        guard let name = q.speaker, let entity = article.entity(named: name) else { return nil }
        return entity.mentions.filter { $0 < q.mention && $0.paragraph != q.paragraph }.max()
    }
}

extension QuoteFocus {
    /// Who said a quote, as the status line gives it: the speaker and the
    /// cue that credits them, quoted (`Dmitry Peskov — "told reporters"`),
    /// or `unattributed`.
    static func credit(_ q: Quote, in article: Article) -> String {
        guard let speaker = q.speaker else { return Quote.unattributed }
        guard let cue = cue(of: q, in: article) else { return speaker }
        return "\(speaker) — \u{201C}\(cue)\u{201D}"
    }

    /// The words between the quote and the mention the parser took (`said`,
    /// `told reporters`), or right after the mention when it follows the
    /// quote at once (`"…," Roe told reporters`): two words at most, else the
    /// first; nil when there are none or the mention is in another paragraph.
    static func cue(of q: Quote, in article: Article) -> String? {
        guard let m = q.speakerMention, m.paragraph == q.paragraph, article.paragraphs.indices.contains(q.paragraph) else { return nil }
        let scalars = Array(article.paragraphs[q.paragraph].text.unicodeScalars)
        let quoted = ArticleStyler.quoteRangeWithMarks(q.mention, scalars)
        func words(_ range: Range<Int>) -> [String] {
            let lo = max(0, min(range.lowerBound, scalars.count)), hi = max(lo, min(range.upperBound, scalars.count))
            var text = String(String.UnicodeScalarView(scalars[lo..<hi]))
            // (up to a sentence's end: the cue is in the quote's sentence)
            if let stop = text.firstIndex(where: { ".;!?".contains($0) }) { text = String(text[..<stop]) }
            return text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" || $0 == "\u{2014}" || $0 == "-" }).map(String.init)
        }
        var cue: [String]
        if m.end <= quoted.lowerBound {
            cue = words(m.end..<quoted.lowerBound)
        } else if m.start >= quoted.upperBound {
            cue = words(quoted.upperBound..<m.start)
            if cue.isEmpty { cue = Array(words(m.end..<scalars.count).prefix(2)) }
        } else {
            return nil
        }
        // (`told reporters`, `said`: a longer stretch is the reported clause's
        // start, `said the inquiry was`, of which the verb is the cue)
        guard !cue.isEmpty else { return nil }
        if cue.count > 2 { cue = [cue[0]] }
        return TextSafety.replacing(in: cue.joined(separator: " "))
    }
}
