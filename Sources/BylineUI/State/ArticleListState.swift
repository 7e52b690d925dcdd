import BylineKit

/// The article list's part of the state: the articles it shows (library
/// indices, in order: every article, or those the filter matches), the
/// filter and the queries typed before, and the marker's window.
struct ArticleListState: Sendable, Equatable {
    /// The articles shown, as indices into the library.
    var articles: [Int] = []
    var window = ScrollableSelection()
    /// The filter the list shows, nil for the whole library.
    var filter: LibraryQuery?
    /// Queries applied before, oldest first (the filter prompt's ↑/↓).
    var history: [String] = []
    /// How the articles are ordered (`S` cycles it).
    var order = ListOrder.date

    /// The library index of the article the marker is on.
    var selectedArticle: Int? { articles.indices.contains(window.selection) ? articles[window.selection] : nil }

    mutating func move(_ movement: ReaderState.Movement, visible: Int) {
        window.move(movement, count: articles.count, visible: visible)
    }

    /// The wheel moves the window; the marker follows into it.
    mutating func wheel(by lines: Int, visible: Int) {
        window.scroll(by: lines, count: articles.count, visible: visible)
        window.keepSelectionInWindow(count: articles.count, visible: visible)
    }

    mutating func keepSelectionVisible(visible: Int) {
        window.keepSelectionVisible(count: articles.count, visible: visible)
    }
}

/// The article list's order, which `S` cycles through and the status line names.
public enum ListOrder: String, CaseIterable, Sendable {
    /// Newest first, by the header's date, else the file's time.
    case date
    case title
    case source

    /// How the status line names it.
    public var label: String {
        switch self {
        case .date: "newest first"
        case .title: "by title"
        case .source: "by source"
        }
    }

    var next: ListOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
