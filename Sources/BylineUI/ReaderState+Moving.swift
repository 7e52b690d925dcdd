import BylineKit

/// Moving as a newsboat user does (issue 16): going back a level, stepping
/// through the list's articles and its unread ones, reading the whole list,
/// and the list's order.
extension ReaderState {
    /// `A`: every article of the list read, saved in one go.
    mutating func markAllRead() {
        let keys = listArticles.filter(isUnread).map { library.keys[$0] }
        guard !keys.isEmpty else { return setStatus("Every article in the list is read") }
        for key in keys { marks[key].read = true }
        statusMessage = keys.count == 1 ? "Marked 1 article read" : "Marked \(keys.count) articles read"
        effects.append(.setAllRead(keys: keys))
    }

    /// The list in another order, the marker staying on its article.
    mutating func sortList(by order: ListOrder) {
        let selected = selectedArticleIndex
        list.order = order
        listArticles = listArticles
        selectedIndex = selected.flatMap { listArticles.firstIndex(of: $0) } ?? 0
        keepListSelectionVisible()
        statusMessage = "Sorted \(order.label)"
    }

    /// `J`/`K`, `>`/`<`: the next or previous article of the list (only an
    /// unread one for `unreadOnly`), counted from the list's marker when the
    /// list has the focus, else from the open article; the focus stays.
    mutating func openNeighbour(forward: Bool, unreadOnly: Bool) {
        let rows = listArticles
        guard !rows.isEmpty else { return setStatus("No articles in the list") }
        // (the article asked for and not yet in counts as open: K K goes two back)
        let current = pendingOpen?.index ?? openIndex
        let from = focus == .list ? selectedIndex : (current.flatMap { rows.firstIndex(of: $0) } ?? selectedIndex)
        var row = from
        repeat { row += forward ? 1 : -1 } while rows.indices.contains(row) && unreadOnly && !isUnread(rows[row])
        guard rows.indices.contains(row) else {
            let which = unreadOnly ? "No unread article" : "No article"
            return setStatus("\(which) \(forward ? "after" : "before") this one in the list")
        }
        selectedIndex = row
        keepListSelectionVisible()
        requestOpen(rows[row], .open)
    }

    /// One level back: an overlay closes; then highlights (an emphasised
    /// quote or name, a search) go; then the reading pane or the side panel
    /// gives the focus back to the list; in the list (or where no list is
    /// shown), `close` quits and `back` does nothing.
    mutating func goBack(quitting: Bool) {
        if isHelpShown { return closeHelp() }
        if emphasis != nil || search != nil {
            emphasis = nil
            search = nil
        } else if !closeQuits {
            focus = .list
        } else if quitting {
            isQuitting = true
        }
    }

    /// Whether going back from here leaves the reader: nothing is open over
    /// the list, nothing highlighted, and the list has the focus (or is not shown).
    public var closeQuits: Bool {
        !isHelpShown && speakerList == nil && linkList == nil && emphasis == nil && search == nil
            && (focus == .list || !layout.panes.contains(.list))
    }
}
