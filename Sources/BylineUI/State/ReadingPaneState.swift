import BylineKit

/// The reading pane's part of the state: the open article (its library
/// index and whole text), the text laid out at the pane's width, and the
/// first line shown. A new width lays the text out again and keeps the
/// reader at the same place in it.
struct ReadingPaneState: Sendable, Equatable {
    private(set) var index: Int?
    private(set) var article: Article?
    /// The open article laid out at the pane's width.
    var text: ReadingText = .empty
    var window = ScrollableSelection()

    static let empty = ReadingPaneState()

    init() {}

    /// `article` (library index `index`) at its top.
    init(showing article: Article, at index: Int, width: Int, boilerplate: BoilerplateDisplay) {
        self.index = index
        self.article = article
        text = ReadingText(article: article, index: index, width: width, boilerplate: boilerplate)
    }

    /// The open article is now at library index `index` (the library grew around it).
    mutating func moved(to index: Int) {
        self.index = index
        text.articleIndex = index
    }

    /// Lays the text out at `width`, keeping the paragraph and offset at the top
    /// (unless the reader was at the very top), then clamps to `visible` lines.
    mutating func resize(width: Int, visible: Int, boilerplate: BoilerplateDisplay) {
        let anchor = text.anchor(ofLine: window.offset)
        let wasAtTop = window.offset == 0
        if let index, let article, width != text.width {
            text = ReadingText(article: article, index: index, width: width, boilerplate: boilerplate)
            if !wasAtTop, let anchor, let line = text.line(paragraph: anchor.paragraph, offset: anchor.offset) {
                window.offset = line
            }
        }
        window.clampOffset(count: text.lines.count, visible: visible)
    }

    mutating func scroll(_ movement: ReaderState.Movement, visible: Int) {
        window.scroll(movement, count: text.lines.count, visible: visible)
    }

    mutating func scroll(by lines: Int, visible: Int) {
        window.scroll(by: lines, count: text.lines.count, visible: visible)
    }

    mutating func scroll(to line: Int, visible: Int) {
        window.scroll(to: line, count: text.lines.count, visible: visible)
    }

    /// Lines `first...last` brought into view (`first` at the top when they are not).
    mutating func reveal(_ first: Int, _ last: Int, visible: Int) {
        window.reveal(first, last, count: text.lines.count, visible: visible)
    }

    /// The line where a mention starts.
    func line(of m: Mention) -> Int {
        text.line(paragraph: m.paragraph, offset: m.start) ?? 0
    }
}
