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

/// How the list draws an article: two lines (title; source and date) or,
/// from about 100 columns, one (`date  source  title`). `list-style` in
/// config.toml chooses; two lines is the default.
public enum ListStyle: String, Sendable, Equatable, CaseIterable {
    case oneLine = "one-line"
    case twoLine = "two-line"

    /// The terminal width from which `oneLine` is used (below it, two lines).
    public static let oneLineMinimumWidth = 100
}

/// Where the list's articles go when they take different numbers of rows
/// (one, or two with a detail line): pure arithmetic over `height(row)`, for
/// drawing, hit-testing and keeping the marker in view alike.
struct ListRows {
    /// Rows the article at list row `row` takes.
    let height: (Int) -> Int
    let count: Int
    /// The list pane's rows.
    let rows: Int

    /// The articles shown from `offset`, each with its first screen row
    /// (relative to the pane) and its height there (cut at the pane's end).
    func slots(from offset: Int) -> [(row: Int, y: Int, height: Int)] {
        var slots: [(row: Int, y: Int, height: Int)] = []
        var y = 0, row = max(0, offset)
        while row < count, y < rows {
            let h = height(row)
            slots.append((row, y, min(h, rows - y)))
            y += h
            row += 1
        }
        return slots
    }

    /// How many articles show whole from `offset` (at least one).
    func fitting(from offset: Int) -> Int {
        var y = 0, row = max(0, offset), n = 0
        while row < count, y + height(row) <= rows {
            y += height(row)
            row += 1
            n += 1
        }
        return max(1, n)
    }

    /// The offset nearest `offset` that shows `selection` whole and leaves no
    /// empty rows at the bottom while there are articles above to show.
    func offset(showing selection: Int, from offset: Int) -> Int {
        guard count > 0 else { return 0 }
        let selection = min(max(0, selection), count - 1)
        var offset = min(max(0, offset), selection)
        if selection - offset > rows { offset = selection - rows }
        var used = (offset...selection).reduce(0) { $0 + height($1) }
        while used > rows, offset < selection {
            used -= height(offset)
            offset += 1
        }
        // fill from the bottom: pull the window up while the rest still fits
        var tail = 0, row = count - 1
        while row >= offset, tail <= rows { tail += height(row); row -= 1 }
        if tail <= rows {
            while offset > 0, tail + height(offset - 1) <= rows {
                offset -= 1
                tail += height(offset)
            }
        }
        return offset
    }
}
