import BylineKit

/// Everything the reader shows, as a value. It changes only through
/// `apply(_:)` (and `handle(_:)`, which turns input into actions), so every
/// behaviour is a test of the form "this state, this action, that state".
///
/// Scroll offsets: `listScroll` is the first list row shown, `readingScroll`
/// the first line of the reading pane, `sideScroll` the first side-panel row.
/// All are kept in range and keep the selection visible, also after a resize.
///
/// The list shows `listArticles`: every article, or those the filter matches.
/// `selectedIndex` and `listScroll` count rows of that list; `openIndex` and
/// `listArticles` hold indices into `library`. Only the open article's whole
/// text is held (`openArticle`); the rest are digests.
public struct ReaderState: Sendable, Equatable {
    public internal(set) var library: ReaderLibrary
    /// The article in the reading pane, whole.
    public var openArticle: Article? { pane.article }
    /// The articles the list shows, as indices into `library`, in order.
    public internal(set) var listArticles: [Int] {
        get { list.articles }
        set { list.articles = library.ordered(newValue, by: list.order) }
    }
    /// The list row the marker is on (0 when the list is empty).
    public internal(set) var selectedIndex: Int {
        get { list.window.selection }
        set { list.window.selection = newValue }
    }
    /// The article in the reading pane.
    public var openIndex: Int? { pane.index }
    public internal(set) var focus: Pane = .list
    public internal(set) var listScroll: Int {
        get { list.window.offset }
        set { list.window.offset = newValue }
    }
    public var readingScroll: Int { pane.window.offset }
    /// The selected side-panel row (always a selectable row when there is one).
    public var sideSelection: Int { side.window.selection }
    public var sideScroll: Int { side.window.offset }
    /// The open article's side-panel rows.
    public var sidePanel: SidePanel { side.panel }
    public var isHelpShown: Bool { help.isShown }
    public var helpScroll: Int { help.window.offset }
    /// The article list: what it shows, the filter, the marker's window.
    var list = ArticleListState()
    /// The reading pane: the open article, laid out, and where it is read.
    var pane = ReadingPaneState()
    /// The side panel and the help screen, each a part with its own moves.
    var side = SidePanelState(), help = HelpOverlay()
    public internal(set) var size: Size
    /// A message on the status line: load notes, hints. Cleared by the next key.
    public internal(set) var statusMessage: String?
    /// Set by `.quit`: the terminal loop ends and restores the terminal.
    public internal(set) var isQuitting = false
    public let keymap: Keymap
    /// Every article's read mark and bookmark, by key, held here once: opening
    /// an article marks it read, `u` and `m` toggle; the runtime saves each change.
    public internal(set) var marks: ArticleMarks
    /// The articles not yet read, as indices into `library` (worked out: for tests and `is:`).
    public var unread: Set<Int> { marks.sets(keys: library.keys).unread }
    /// The bookmarked articles (`m`), as indices into `library`.
    public var bookmarked: Set<Int> { marks.sets(keys: library.keys).bookmarked }
    /// Whether article `i` is unread, without working out the set.
    public func isUnread(_ i: Int) -> Bool { !marks[library.keys[i]].read }
    public func isBookmarked(_ i: Int) -> Bool { marks[library.keys[i]].bookmarked }
    /// How far loading the library has got (`.setProgress`), while it goes on.
    public internal(set) var loadingProgress: String?
    /// Effects queued while one command or event is reduced, oldest first; `reduce` returns them.
    var effects: [Effect] = []
    /// The theme in force, by catalog name; the terminal loop draws in it.
    public internal(set) var themeName: String
    /// The themes `t` cycles through, in order (the catalog's names).
    public let themeNames: [String]
    /// Whether boilerplate paragraphs are left out of the reading pane or dimmed.
    public let boilerplate: BoilerplateDisplay
    /// One line an article or two (`list-style` in config.toml).
    public let listStyle: ListStyle
    /// Whether the terminal draws without colour (`NO_COLOR`, or none to
    /// draw with): themes then change nothing, and `t` says so.
    public let coloursOff: Bool

    /// The filter the list shows, nil for the whole library.
    /// The list's order (`S`).
    public var listOrder: ListOrder { list.order }
    public internal(set) var filter: LibraryQuery? {
        get { list.filter }
        set { list.filter = newValue }
    }
    /// Queries applied before, oldest first (the filter prompt's ↑/↓).
    public internal(set) var filterHistory: [String] {
        get { list.history }
        set { list.history = newValue }
    }
    /// Searches done before, oldest first (the search prompt's ↑/↓).
    public internal(set) var searchHistory: [String] = []
    /// The prompt open on the status line; while it is, keys edit it.
    public internal(set) var prompt: Prompt?
    /// The quote or entity emphasised in the reading pane.
    public internal(set) var emphasis: Emphasis?
    /// The search of the open article, while one is active.
    public internal(set) var search: TextSearch?
    /// The article asked for (`Effect.loadArticle`) and not yet in.
    var pendingOpen: PendingOpen?
    /// The `s` overlay, while it is open; keys move in it.
    public internal(set) var speakerList: SpeakerList?
    /// The `L` overlay, while it is open; keys move in it.
    public internal(set) var linkList: LinkList?
    /// The open article laid out at the reading pane's width.
    var readingText: ReadingText { pane.text }

    /// Line `i` of the reading pane's text, styled (without highlights).
    func readingGlyphs(ofLine i: Int) -> [StyledGlyph] {
        guard let article = openArticle else { return [] }
        return pane.text.glyphs(ofLine: i, in: article)
    }

    /// A reader over articles held in memory (see the `library:` initialiser).
    public init(articles: [Article], size: Size, statusMessage: String? = nil, keymap: Keymap = .standard,
                initialQuery: String? = nil, themeName: String = "default", themeNames: [String] = [],
                boilerplate: BoilerplateDisplay = .hidden, listStyle: ListStyle = .twoLine, coloursOff: Bool = false,
                unread: Set<Int>? = nil, bookmarked: Set<Int> = [], openAt: Int? = nil) {
        self.init(library: ReaderLibrary(articles: articles), size: size, statusMessage: statusMessage, keymap: keymap,
                  initialQuery: initialQuery, themeName: themeName, themeNames: themeNames, boilerplate: boilerplate,
                  listStyle: listStyle, coloursOff: coloursOff, unread: unread, bookmarked: bookmarked, openAt: openAt)
    }

    /// A reader over `library` on a screen of `size`, the first article open
    /// (or `openAt`, the one open when the reader last quit).
    /// With `initialQuery`, the list starts filtered by it, as if typed at the
    /// filter prompt (a query with a mistake leaves the list whole and says
    /// what is wrong on the status line; the command line checks it first).
    public init(library: ReaderLibrary, size: Size, statusMessage: String? = nil, keymap: Keymap = .standard,
                initialQuery: String? = nil, themeName: String = "default", themeNames: [String] = [],
                boilerplate: BoilerplateDisplay = .hidden, listStyle: ListStyle = .twoLine, coloursOff: Bool = false,
                unread: Set<Int>? = nil, bookmarked: Set<Int> = [], openAt: Int? = nil) {
        self.library = library
        self.listStyle = listStyle
        self.coloursOff = coloursOff
        self.list = ArticleListState(articles: library.ordered(Array(library.indices), by: .date))
        self.size = size
        self.statusMessage = statusMessage
        self.keymap = keymap
        self.themeName = themeName
        self.themeNames = themeNames
        self.boilerplate = boilerplate
        // (marks given by index, as tests and in-memory libraries have them)
        var marks = ArticleMarks()
        for i in library.indices {
            let mark = ArticleMark(read: !(unread?.contains(i) ?? true), bookmarked: bookmarked.contains(i))
            if mark != ArticleMark() { marks[library.keys[i]] = mark }
        }
        self.marks = marks
        if !library.isEmpty {
            let first = openAt.flatMap { library.indices.contains($0) ? $0 : nil } ?? list.articles[0]
            requestOpen(first)
            selectedIndex = list.articles.firstIndex(of: first) ?? 0
            keepListSelectionVisible()
        }
        if let initialQuery { applyFilter(initialQuery) }
    }

    /// What a new state asks for first (its first article's text): the
    /// runtime carries it out before the first event.
    public mutating func start() -> [Effect] {
        takeEffects()
    }

    /// The status-line message for the notes met while loading the library
    /// (`ArticleLibrary.notes`): nil for none, the note itself for one, else
    /// how many there are with the first.
    public static func statusMessage(forNotes notes: [String]) -> String? {
        switch notes.count {
        case 0: nil
        case 1: notes[0]
        default: "\(notes.count) problems while loading; first: \(notes[0])"
        }
    }

    // MARK: - Derived

    public var layout: Layout { Layout(size: size) }
    /// The index in `library` of the article the list's marker is on.
    public var selectedArticleIndex: Int? { list.selectedArticle }
    public var selectedDigest: ArticleDigest? { selectedArticleIndex.map { library.digests[$0] } }
    /// Whether a prompt is open: keys are then text (`q` is a letter, Esc cancels the prompt).
    public var isPromptOpen: Bool { prompt != nil }
    /// Whether a prompt or the speaker list takes the keys before the keymap does.
    public var isCapturingKeys: Bool { prompt != nil || speakerList != nil || linkList != nil }

    /// Articles the list shows whole from its first row (one or two rows each).
    public var listVisibleCount: Int { listRows.fitting(from: listScroll) }
    /// Whether the list draws one line an article (`list-style`, from 100 columns).
    public var isListOneLine: Bool { listStyle == .oneLine && size.width >= ListStyle.oneLineMinimumWidth }
    /// Rows the article at list row `row` takes: one in the one-line style,
    /// else two when it has a source, a date or a bookmark to show, else one.
    func listRowHeight(_ row: Int) -> Int {
        guard !isListOneLine, listArticles.indices.contains(row) else { return 1 }
        let i = listArticles[row]
        return isBookmarked(i) || !ArticleListRow(library.digests[i]).detail.isEmpty ? 2 : 1
    }
    var listRows: ListRows { ListRows(height: listRowHeight, count: listArticles.count, rows: layout.list?.height ?? 0) }
    var readingVisibleLines: Int { max(1, layout.reading?.height ?? 0) }
    var sideVisibleRows: Int { max(1, layout.side?.height ?? 0) }
    var helpVisibleLines: Int { max(1, (layout.reading?.height ?? 0)) }
    /// The help screen's lines, wrapped to its box.
    var helpLines: [String] { HelpText.lines(keymap, width: max(1, size.width - 4)) }
    public var readingLineCount: Int { readingText.lines.count }
    /// The last first line the reading pane can show.
    var readingMaxScroll: Int { ScrollableSelection.maxOffset(count: readingText.lines.count, visible: readingVisibleLines) }

    // MARK: - Reducing

    /// Applies a command (as if its key were pressed) and returns the effects
    /// it asks for. In help, the moving commands scroll it and the rest wait
    /// until it closes (`?` and `q` still work).
    public mutating func reduce(_ command: Command) -> [Effect] {
        perform(command)
        return takeEffects()
    }

    /// Applies what the world reports and returns the effects it asks for.
    /// Keys go to the open prompt (see `LineEditor`) or the speaker list
    /// first, else through the keymap (in help, `q`, `Esc` and `?` close it);
    /// a mouse press selects, the wheel scrolls (three lines a notch); mouse
    /// events are ignored while a prompt or the speaker list is open. The
    /// status message is cleared by the next key.
    public mutating func reduce(_ event: Event) -> [Effect] {
        switch event {
        case .input(.resize(let size)):
            resize(to: size)
        case .input(.mouse(let mouse)):
            // (in help, the wheel scrolls it and a press waits until it closes)
            guard !isCapturingKeys else { break }
            switch mouse.kind {
            case .press: if !isHelpShown { click(x: mouse.x, y: mouse.y) }
            case .wheelUp: isHelpShown ? scrollHelp(by: -ReaderState.wheelLines) : wheel(x: mouse.x, y: mouse.y, lines: -ReaderState.wheelLines)
            case .wheelDown: isHelpShown ? scrollHelp(by: ReaderState.wheelLines) : wheel(x: mouse.x, y: mouse.y, lines: ReaderState.wheelLines)
            }
        case .input(.key(let key)):
            press(key)
        case .libraryLoaded(let library):
            replaceLibrary(library)
        case .marksLoaded(let loaded):
            marks = loaded
        case .progress(let progress):
            loadingProgress = progress
        case .articleLoaded(let index, let result):
            articleLoaded(index, result)
        case .themeLoaded(let name):
            themeName = name
        case .themeFailed(let name, let kept, let reason):
            themeName = kept
            statusMessage = "Theme \(name) not loaded, \(kept) kept: \(reason)"
        case .notice(let message):
            statusMessage = message
        case .restorePosition(let article, let paragraph, let offset):
            restorePosition(article: article, paragraph: paragraph, offset: offset)
        }
        return takeEffects()
    }

    private mutating func press(_ key: Key) {
        statusMessage = nil
        if prompt != nil {
            editPrompt(key)
        } else if speakerList != nil {
            moveInSpeakerList(key)
        } else if linkList != nil {
            moveInLinkList(key)
        } else if let command = keymap.command(for: key) {
            perform(command)
        } else if case .character(let c) = key, !isHelpShown {
            let help = keymap.keys(for: .toggleHelp).first?.label ?? "?"
            statusMessage = "\(Key.character(c).label) does nothing here — \(help) lists the keys"
        }
    }

    mutating func perform(_ command: Command) {
        // in help, moving scrolls it, and what acts on the article waits until it closes
        if isHelpShown, !Self.worksInHelp.contains(command) { return }
        switch command {
        case .quit: isQuitting = true
        case .back: goBack(quitting: false)
        case .close: goBack(quitting: true)
        case .toggleHelp: help.toggle()
        case .moveDown: move(.down)
        case .moveUp: move(.up)
        case .pageDown: move(.pageDown)
        case .pageUp: move(.pageUp)
        case .top: move(.top)
        case .bottom: move(.bottom)
        case .fetchFeeds: effects.append(.fetchFeeds)
        case .focusNext: cycleFocus(forward: true)
        case .focusPrevious: cycleFocus(forward: false)
        case .activate: activate()
        case .nextQuote: jumpToQuote(forward: true)
        case .previousQuote: jumpToQuote(forward: false)
        case .nextQuoteBySameSpeaker: jumpToQuoteBySameSpeaker(forward: true)
        case .previousQuoteBySameSpeaker: jumpToQuoteBySameSpeaker(forward: false)
        case .showSpeakers: showSpeakers()
        case .nextMatch: step(forward: true)
        case .previousMatch: step(forward: false)
        case .openSearchPrompt: openPrompt(.search)
        case .clearHighlights:
            emphasis = nil
            search = nil
        case .openFilterPrompt: openPrompt(.filter)
        case .clearFilter: clearFilter()
        case .filterBySelectedPerson: filterBySelected(.person)
        case .filterBySelectedCountry: filterBySelected(.country)
        case .toggleRead: toggleRead()
        case .toggleBookmark: toggleBookmark()
        case .openLink: openLink()
        case .showLinks: showLinks()
        case .nextTheme: switchToNextTheme()
        case .nextArticle: openNeighbour(forward: true, unreadOnly: false)
        case .previousArticle: openNeighbour(forward: false, unreadOnly: false)
        case .nextUnread: openNeighbour(forward: true, unreadOnly: true)
        case .previousUnread: openNeighbour(forward: false, unreadOnly: true)
        case .markAllRead: markAllRead()
        case .cycleSort: sortList(by: list.order.next)
        }
    }

    /// The commands that work while help is shown.
    static let worksInHelp: Set<Command> = [.quit, .back, .close, .toggleHelp, .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .fetchFeeds]

    mutating func closeHelp() { help.close() }

    private mutating func openLink() {
        guard let target = markTarget else { return setStatus("No article open") }
        guard let url = library.digests[target].header.url?.trimming(" "), !url.isEmpty else {
            return setStatus("This article has no link (no URL: line in its header)")
        }
        open(url: url)
    }

    /// Asks the runtime to open `url` in the browser (`o`, and the link list).
    mutating func open(url: String) {
        effects.append(.openLink(url))
        statusMessage = "Opening \(url)"
    }

    // MARK: - The library

    private mutating func replaceLibrary(_ new: ReaderLibrary) {
        let openFile = openArticle?.file
        let selectedFile = selectedDigest?.file
        library = new
        // where the open and the selected files are now (built only when there
        // are such files: at the first load of a big library there are not)
        let position = openFile == nil && selectedFile == nil ? [:]
            : Dictionary(new.digests.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { a, _ in a })
        do throws(TextSearchFailure) {
            listArticles = try filter.map { query throws(TextSearchFailure) in try library.matches(query, marks: marks) } ?? Array(library.indices)
        } catch {
            // (the filter stays, and matches again when the library next changes)
            listArticles = []
            statusMessage = "Filter \(filter?.source ?? ""): \(error.message)"
        }
        if let openFile, let i = position[openFile] {
            pane.moved(to: i)   // the text on screen stays as it is
        } else if openFile != nil || openIndex == nil {
            pane = .empty
            side = .empty
            emphasis = nil
            search = nil
            if let first = listArticles.first { requestOpen(first) }
        }
        let target = selectedFile.flatMap { position[$0] } ?? openIndex ?? pendingOpen?.index
        selectedIndex = target.flatMap { listArticles.firstIndex(of: $0) } ?? 0
        keepListSelectionVisible()
    }

    /// Where the reader is in the open article, to come back to at the next start.
    public var readingPosition: (article: Int, paragraph: Int, offset: Int)? {
        guard let openIndex else { return nil }
        let anchor = readingText.anchor(ofLine: readingScroll) ?? (0, 0)
        return (openIndex, anchor.paragraph, anchor.offset)
    }

    private mutating func restorePosition(article: Int, paragraph: Int, offset: Int) {
        guard library.indices.contains(article) else { return }
        guard openIndex == article else { return requestOpen(article, .restore(paragraph: paragraph, offset: offset)) }
        if let row = listArticles.firstIndex(of: article) { selectedIndex = row }
        keepListSelectionVisible()
        if let line = readingText.line(paragraph: paragraph, offset: offset) {
            pane.scroll(to: line, visible: readingVisibleLines)
        }
    }

    // MARK: - Read and bookmark marks

    /// The article `u` and `m` act on: the list's selection when the list has
    /// the focus, else the open article.
    var markTarget: Int? { focus == .list ? selectedArticleIndex : openIndex ?? selectedArticleIndex }

    private mutating func toggleRead() {
        guard let target = markTarget else { return setStatus("No article to mark") }
        let key = library.keys[target], read = !marks[key].read
        marks[key].read = read
        statusMessage = read ? "Marked read" : "Marked unread"
        effects.append(.setRead(key: key, read: read))
    }

    private mutating func toggleBookmark() {
        guard let target = markTarget else { return setStatus("No article to mark") }
        let key = library.keys[target], marked = !marks[key].bookmarked
        marks[key].bookmarked = marked
        statusMessage = marked ? "Bookmarked" : "Bookmark removed"
        effects.append(.setBookmarked(key: key, bookmarked: marked))
    }

    /// Opening an article marks it read (and asks for the mark to be saved, once).
    private mutating func markRead(_ i: Int) {
        let key = library.keys[i]
        guard !marks[key].read else { return }
        marks[key].read = true
        effects.append(.setRead(key: key, read: true))
    }

    // MARK: - Themes

    private mutating func switchToNextTheme() {
        guard !coloursOff else {
            return setStatus("Colours are off (NO_COLOR, or a terminal without colour): a theme would change nothing")
        }
        guard themeNames.contains(where: { $0 != themeName }) else {
            statusMessage = "No other theme installed (theme: \(themeName))"
            return
        }
        let i = themeNames.firstIndex(of: themeName).map { ($0 + 1) % themeNames.count } ?? 0
        themeName = themeNames[i]
        statusMessage = "Theme: \(themeName)"
        effects.append(.loadTheme(themeName))
    }

    /// The effects queued while reducing, handed out once.
    mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }

    // MARK: - Moving

    /// A move in the focused pane (in help, a scroll of it).
    enum Movement { case down, up, pageDown, pageUp, top, bottom }

    private mutating func move(_ movement: Movement) {
        if isHelpShown { return scrollHelp(movement) }
        switch focus {
        case .list: moveInList(movement)
        case .reading: scrollReading(movement)
        case .side: moveInSidePanel(movement)
        }
    }

    private mutating func moveInList(_ movement: Movement) {
        list.move(movement, visible: listVisibleCount)
        keepListSelectionVisible()
    }

    private mutating func scrollReading(_ movement: Movement) {
        pane.scroll(movement, visible: readingVisibleLines)
    }

    private mutating func moveInSidePanel(_ movement: Movement) {
        side.move(movement, visible: sideVisibleRows)
        followSideSelection()
    }

    mutating func scrollHelp(by lines: Int) {
        help.scroll(by: lines, lines: helpLines.count, visible: helpVisibleLines)
    }

    private mutating func scrollHelp(_ movement: Movement) {
        help.scroll(movement, lines: helpLines.count, visible: helpVisibleLines)
    }

    private mutating func cycleFocus(forward: Bool) {
        let panes = layout.panes
        guard !panes.isEmpty else { return }
        let i = panes.firstIndex(of: focus) ?? 0
        focus = panes[(i + (forward ? 1 : panes.count - 1)) % panes.count]
        // entering the side panel shows what its selection stands for, unless
        // something is already emphasised or searched
        if focus == .side, emphasis == nil, search == nil { followSideSelection() }
    }

    // MARK: - Opening and jumping

    private mutating func activate() {
        switch focus {
        case .list:
            guard let article = selectedArticleIndex else { return }
            requestOpen(article, .read)
        case .side:
            guard sideSelection < sidePanel.rows.count, let target = sidePanel.rows[sideSelection].target,
                  let line = readingText.line(paragraph: target.paragraph, offset: target.start) else { return }
            followSideSelection()
            if case .entity(let e, _)? = emphasis, let first = visibleMentions(of: e).firstIndex(of: target) {
                emphasis = .entity(e, current: first)
            }
            pane.scroll(to: line, visible: readingVisibleLines)
        case .reading:
            break
        }
    }

    /// What to do with an article once its text is in.
    enum OpenIntent: Sendable, Equatable {
        /// Show it at its top.
        case show
        /// Show it and focus the reading pane (Enter in the list).
        case read
        /// Show it where the focus is (`J`, `K`, `>`, `<`).
        case open
        /// Show it where the reader was at the last quit.
        case restore(paragraph: Int, offset: Int)
        /// `}` / `{` reaching into it: its first (last) quote by `speaker`.
        case speakerQuote(String, forward: Bool)

        /// Whether the user asked for this article, which marks it read. An
        /// article shown on its own (the first at start, the first a filter
        /// leaves, the one open at the last quit) is not read until then.
        var marksRead: Bool {
            switch self {
            case .read, .open, .speakerQuote: true
            case .show, .restore: false
            }
        }
    }

    /// The article asked for and not yet in, and what to do with it.
    struct PendingOpen: Sendable, Equatable {
        var index: Int
        var intent: OpenIntent
    }

    /// Asks for article `index`'s text (`Effect.loadArticle`); what is on
    /// screen stays until it comes (`.articleLoaded`). A later request
    /// overtakes an earlier one.
    mutating func requestOpen(_ index: Int, _ intent: OpenIntent = .show) {
        effects.removeAll { if case .loadArticle = $0 { return true } else { return false } }
        pendingOpen = PendingOpen(index: index, intent: intent)
        effects.append(.loadArticle(index))
    }

    /// An article's text is in: shown as its request said, unless another
    /// request overtook it. One that cannot be had is not opened; the status
    /// line says why.
    private mutating func articleLoaded(_ index: Int, _ result: Result<Article, ReaderLibrary.LoadFailure>) {
        guard let pending = pendingOpen, pending.index == index else { return }
        pendingOpen = nil
        let article: Article
        switch result {
        case .success(let a): article = a
        case .failure(let failure):
            let name = library.digests.indices.contains(index) ? library.digests[index].file : "article \(index)"
            return setStatus("Cannot open \(name): \(failure.message)")
        }
        if pending.intent.marksRead { markRead(index) }
        switch pending.intent {
        case .show, .open:
            show(article, at: index)
        case .read:
            show(article, at: index)
            if layout.reading != nil { focus = .reading }
        case .restore(let paragraph, let offset):
            show(article, at: index)
            restorePosition(article: index, paragraph: paragraph, offset: offset)
        case .speakerQuote(let name, let forward):
            arrive(in: article, at: index, quoting: name, forward: forward)
        }
    }

    /// Shows `article` (library index `index`) at its top, with the side
    /// panel on its first row and nothing emphasised or searched.
    mutating func show(_ article: Article, at index: Int) {
        pane = ReadingPaneState(showing: article, at: index, width: ReaderState.textWidth(layout.reading), boilerplate: boilerplate)
        emphasis = nil
        search = nil
        speakerList = nil
        linkList = nil
        side.show(article)
    }

    // MARK: - Resizing

    private mutating func resize(to newSize: Size) {
        size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
        pane.resize(width: ReaderState.textWidth(layout.reading), visible: readingVisibleLines, boilerplate: boilerplate)
        if !layout.isTooSmall, !layout.panes.contains(focus) { focus = .reading }
        keepListSelectionVisible()
        keepSideSelectionVisible()
        help.clamp(lines: helpLines.count, visible: helpVisibleLines)
    }

    mutating func keepListSelectionVisible() {
        list.window.offset = listRows.offset(showing: list.window.selection, from: list.window.offset)
    }

    mutating func keepSideSelectionVisible() {
        side.keepSelectionVisible(visible: sideVisibleRows)
    }

    /// The width text is wrapped to in a pane: one cell of padding each side
    /// when the pane is wide enough to spare it, and at most
    /// `readingMeasure` columns, so lines stay readable on a wide terminal.
    static func textWidth(_ rect: Rect?) -> Int {
        guard let rect else { return 0 }
        return min(readingMeasure, rect.width >= 12 ? rect.width - 2 : rect.width)
    }

    /// The longest line of reading text, in columns.
    static let readingMeasure = 90
}
