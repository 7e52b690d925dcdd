import BylineKit
import Foundation

/// The filter and the search (issue 4): the prompts on the status line, the
/// filtered list, `p`/`c`, and searching the open article.
extension ReaderState {
    // MARK: - Prompts

    /// Opens a prompt: the filter prompt holds the filter in force (to edit
    /// it), the search prompt starts empty; ↑/↓ recall earlier entries.
    mutating func openPrompt(_ kind: Prompt.Kind) {
        switch kind {
        case .filter:
            prompt = Prompt(kind: .filter, editor: LineEditor(text: filter?.source ?? "", history: filterHistory))
        case .search:
            guard openArticle != nil else { return setStatus("No article open to search") }
            prompt = Prompt(kind: .search, editor: LineEditor(history: searchHistory))
        }
    }

    /// A key while a prompt is open: Enter applies it, Esc cancels it, the
    /// rest edit it (see `LineEditor`).
    mutating func editPrompt(_ key: Key) {
        guard var current = prompt else { return }
        switch current.editor.handle(key) {
        case .editing:
            prompt = current
        case .cancelled:
            prompt = nil
        case .submitted(let text):
            prompt = nil
            switch current.kind {
            case .filter: applyFilter(text)
            case .search: searchOpenArticle(text)
            }
        }
    }

    // MARK: - Filter

    /// Parses and applies a query. An empty one clears the filter; one with a
    /// mistake says what and where on the status line and leaves the filter
    /// as it was. Either way the text goes into the filter history.
    mutating func applyFilter(_ text: String) {
        let query = text.trimmingCharacters(in: .whitespaces)
        filterHistory = LineEditor.history(filterHistory, adding: query)
        guard !query.isEmpty else { return clearFilter() }
        do throws(LibraryQuery.ParseError) {
            let parsed = try LibraryQuery.parse(query)
            setFilter(parsed)
        } catch {
            setStatus("Filter not applied: \(error.message) (column \(error.position + 1))")
        }
    }

    /// Shows the articles `query` matches. The open article stays open and
    /// selected when it matches; otherwise the first match opens.
    private mutating func setFilter(_ query: LibraryQuery) {
        let before = selectedArticleIndex
        let matches: [Int]
        do throws(TextSearchFailure) {
            matches = try library.matches(query, marks: marks)
        } catch {
            return setStatus("Filter not applied: \(error.message)")
        }
        filter = query
        listArticles = matches
        statusMessage = nil
        if let open = openIndex, let row = listArticles.firstIndex(of: open) {
            selectedIndex = row
        } else if let before, let row = listArticles.firstIndex(of: before) {
            selectedIndex = row
            requestOpen(before)
        } else {
            selectedIndex = 0
            if let first = listArticles.first { requestOpen(first) }
        }
        listScroll = 0
        keepListSelectionVisible()
    }

    /// The whole library again, the marker on the article it was on.
    mutating func clearFilter() {
        guard filter != nil else { return setStatus("No filter to clear") }
        let before = selectedArticleIndex ?? openIndex
        filter = nil
        listArticles = Array(library.indices)
        selectedIndex = before.flatMap { listArticles.firstIndex(of: $0) } ?? 0
        keepListSelectionVisible()
        setStatus("Filter cleared: all \(library.count) articles")
    }

    /// `p` / `c`: the person or country of the side panel's selected row
    /// (a quote row stands for its speaker), as `person:"Full Name"` or
    /// `country:CODE`, applied like a typed query; with a filter in force it
    /// narrows it (`country:MT` then `p` gives `country:MT person:"…"`).
    mutating func filterBySelected(_ kind: Entity.Kind) {
        let noun = kind == .person ? "person" : "country"
        guard let article = openArticle, sidePanel.rows.indices.contains(sideSelection) else {
            return setStatus("Select a \(noun) in the side panel first")
        }
        var entity: Entity?
        switch sidePanel.rows[sideSelection] {
        case .entity(let name, let k, _, _) where k == kind:
            entity = article.entities.first { $0.name == name && $0.kind == kind }
        case .quote(_, _, let target):
            if let q = article.quotes.first(where: { $0.mention == target }), q.speakerKind == kind, let name = q.speaker {
                entity = article.entity(named: name) ?? Entity(kind: kind, name: name)
            }
        case .entity, .section, .note, .quoteText:
            break
        }
        guard let entity else { return setStatus("Select a \(noun) in the side panel first") }
        let name = entity.name.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "”", with: "")
        let term = kind == .country && !(entity.code ?? "").isEmpty ? "country:\(entity.code!)" : "\(noun):\"\(name)\""
        // narrowing: the term joins the filter in force (both must hold)
        guard let current = filter?.source.trimming(" "), !current.isEmpty else { return applyFilter(term) }
        if current.split(separator: " ").contains(Substring(term)) { return setStatus("The filter has \(term) already") }
        applyFilter(current + " " + term)
    }

    /// The status line's account of the filter: `filter: country:UA  2 of 12 articles`.
    public var filterSummary: String? {
        guard let filter else { return nil }
        return "filter: \(filter.source)  \(listArticles.count) of \(library.count) articles"
    }

    // MARK: - Search

    /// Searches the open article (case and accents ignored), emphasises every
    /// match and goes to the first. The entity emphasis ends, so that `n`/`N`
    /// step through the matches. An empty search ends the search.
    mutating func searchOpenArticle(_ text: String) {
        guard let article = openArticle else { return setStatus("No article open to search") }
        guard !text.allSatisfy({ $0 == " " }) else {
            search = nil
            return
        }
        searchHistory = LineEditor.history(searchHistory, adding: text)
        var result = TextSearch(query: text, in: article)
        if emphasis?.entityIndex != nil { emphasis = nil }
        guard let first = result.matches.first else {
            search = result
            return setStatus("No matches for “\(text)”")
        }
        result.current = 0
        search = result
        let firstLine = line(of: first)
        let lastLine = readingText.line(paragraph: first.paragraph, offset: max(first.start, first.end - 1)) ?? firstLine
        reveal(firstLine, lastLine)
        setStatus("Match 1 of \(result.matches.count) for “\(text)”")
    }
}
