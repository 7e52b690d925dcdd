import BylineKit

/// The article list: two rows an article (title; source and date) or one
/// when there is nothing for the second, or one line each in the one-line
/// style (`date  source  title`); the marker, unread and bookmark signs; or
/// what to do when it is empty.
struct ListView: Widget {
    let state: ReaderState

    func draw(into screen: inout Screen, _ rect: Rect) {
        if state.library.isEmpty {
            return drawNotice(state.loadingProgress != nil ? ["Reading the library…"]
                : ["No articles.", "", "Add .txt or .md files to Articles/, or name files or folders: byline PATH…"], into: &screen, rect)
        }
        if state.listArticles.isEmpty {
            let clear = state.keymap.hint(.clearFilter)
            return drawNotice(["No articles match the filter.", "", "\(clear) shows them all again."], into: &screen, rect)
        }
        for slot in state.listRows.slots(from: state.listScroll) {
            let i = slot.row
            let y = rect.y + slot.y
            let article = state.listArticles[i]
            let row = ArticleListRow(state.library.digests[article])
            let selected = i == state.selectedIndex
            let highlighted = selected && state.focus == .list
            let titleRole: Role = highlighted ? .selection : selected ? .emphasis : .text
            if highlighted { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: slot.height), role: .selection) }
            if selected {
                screen.put("▶", width: 1, x: rect.x, y: y, role: titleRole)
                screen.put(" ", width: 1, x: rect.x + 1, y: y, role: titleRole)
            }
            if state.isUnread(article), rect.width > 2 {
                screen.put("●", width: 1, x: rect.x + 1, y: y, role: highlighted ? .selection : .unread)
            }
            if state.isListOneLine {
                // `2026-03-04  Source  Title`, the date and source dim
                var x = rect.x + 2
                if state.isBookmarked(article), rect.width > 3 {
                    screen.put("★", width: 1, x: x, y: y, role: highlighted ? .selection : .unread)
                    x += 2
                }
                for part in [row.date, row.source] where !part.isEmpty {
                    x = screen.write(part, x: x, y: y, fitting: rect.maxX - x, role: highlighted ? .selection : .dim) + 2
                    guard x < rect.maxX else { break }
                }
                if x < rect.maxX { screen.write(row.title, x: x, y: y, fitting: rect.maxX - x, role: titleRole) }
                continue
            }
            if state.isBookmarked(article), rect.width > 2, slot.height > 1 {
                screen.put("★", width: 1, x: rect.x + 1, y: y + 1, role: highlighted ? .selection : .unread)
            }
            screen.write(row.title, x: rect.x + 2, y: y, fitting: rect.width - 2, role: titleRole)
            if slot.height > 1, !row.detail.isEmpty {
                screen.write(row.detail, x: rect.x + 2, y: y + 1, fitting: rect.width - 2, role: highlighted ? .selection : .dim)
            }
        }
    }

    /// What the list says in place of articles: the first line as text, the
    /// rest dim, each wrapped to the pane; an empty line leaves a gap.
    private func drawNotice(_ lines: [String], into screen: inout Screen, _ rect: Rect) {
        var y = rect.y
        for (i, line) in lines.enumerated() {
            for wrapped in TextWrapper.wrap(line, width: rect.width - 1) where y < rect.maxY {
                screen.write(wrapped.text, x: rect.x + 1, y: y, limit: rect.maxX, role: i == 0 ? .text : .dim)
                y += 1
            }
            if line.isEmpty { y += 1 }
        }
    }
}
