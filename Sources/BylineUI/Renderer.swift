import BylineKit

/// Draws a `ReaderState` into a `Screen`: a pure function, so every screen is
/// testable as text and roles (ratatui's `TestBackend` is the model). The
/// terminal backend copies the screen's changed cells to the terminal.
public struct Renderer: Sendable {
    public init() {}

    public func render(_ state: ReaderState) -> Screen {
        var screen = Screen(size: Size(width: max(0, state.size.width), height: max(0, state.size.height)))
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(into: &screen)
            return screen
        }
        if state.isHelpShown {
            drawHelp(state, into: &screen)
        } else {
            drawFrame(state, layout, into: &screen)
            if let rect = layout.list { drawList(state, rect, into: &screen) }
            if let rect = layout.reading { drawReading(state, rect, into: &screen) }
            if let rect = layout.side { drawSidePanel(state, rect, into: &screen) }
            if let list = state.speakerList, let rect = layout.reading { drawSpeakerList(list, rect, into: &screen) }
        }
        drawStatus(state, into: &screen)
        return screen
    }

    // MARK: - Frame

    /// Borders shared between panes, pane titles in the top border, and the
    /// focused pane's outline in `.title`.
    private func drawFrame(_ state: ReaderState, _ layout: Layout, into screen: inout Screen) {
        let w = screen.size.width
        let bottom = screen.size.height - 2
        let edges = [0] + layout.panes.compactMap { layout.rect(of: $0)?.maxX }
        for x in 0..<w {
            screen.put("─", width: 1, x: x, y: 0, role: .border)
            screen.put("─", width: 1, x: x, y: bottom, role: .border)
        }
        for (i, x) in edges.enumerated() {
            let first = i == 0, last = i == edges.count - 1
            screen.put(first ? "┌" : last ? "┐" : "┬", width: 1, x: x, y: 0, role: .border)
            screen.put(first ? "└" : last ? "┘" : "┴", width: 1, x: x, y: bottom, role: .border)
            for y in 1..<bottom { screen.put("│", width: 1, x: x, y: y, role: .border) }
        }
        if let focused = layout.rect(of: state.focus) {
            screen.setRole(.title, y: 0, from: focused.x - 1, to: focused.maxX + 1)
            screen.setRole(.title, y: bottom, from: focused.x - 1, to: focused.maxX + 1)
            for y in 1..<bottom {
                screen.setRole(.title, y: y, from: focused.x - 1, to: focused.x)
                screen.setRole(.title, y: y, from: focused.maxX, to: focused.maxX + 1)
            }
        }
        for pane in layout.panes {
            guard let rect = layout.rect(of: pane), rect.width >= 3 else { continue }
            let role: Role = pane == state.focus ? .title : .border
            screen.put(" ", width: 1, x: rect.x, y: 0, role: role)
            let end = screen.write(title(of: pane, state), x: rect.x + 1, y: 0, fitting: rect.width - 2, role: role)
            screen.put(" ", width: 1, x: end, y: 0, role: role)
        }
    }

    private func title(of pane: Pane, _ state: ReaderState) -> String {
        switch pane {
        case .list:
            if state.filter != nil { return "Articles (\(state.listArticles.count) of \(state.library.count))" }
            return "Articles (\(state.library.count))"
        case .reading:
            guard let article = state.openArticle else { return "Byline" }
            return ArticleListRow(article).title
        case .side:
            guard state.openArticle != nil else { return "In this article" }
            let sections = state.sidePanel.sections
            return state.sideScroll < sections.count ? sections[state.sideScroll] : "People"
        }
    }

    // MARK: - Article list

    private func drawList(_ state: ReaderState, _ rect: Rect, into screen: inout Screen) {
        if state.library.isEmpty {
            let lines = state.loadingProgress != nil ? ["Reading the library…"]
                : ["No articles.", "", "Add .txt or .md files to Articles/, or name files or folders: byline PATH…"]
            var y = rect.y
            for (i, line) in lines.enumerated() {
                for wrapped in TextWrapper.wrap(line, width: rect.width - 1) where y < rect.maxY {
                    screen.write(wrapped.text, x: rect.x + 1, y: y, limit: rect.maxX, role: i == 0 ? .text : .dim)
                    y += 1
                }
                if line.isEmpty { y += 1 }
            }
            return
        }
        if state.listArticles.isEmpty {
            let clear = state.keymap.hint(.clearFilter)
            let lines = ["No articles match the filter.", "", "\(clear) shows them all again."]
            var y = rect.y
            for (i, line) in lines.enumerated() {
                for wrapped in TextWrapper.wrap(line, width: rect.width - 1) where y < rect.maxY {
                    screen.write(wrapped.text, x: rect.x + 1, y: y, limit: rect.maxX, role: i == 0 ? .text : .dim)
                    y += 1
                }
                if line.isEmpty { y += 1 }
            }
            return
        }
        for slot in 0..<state.listVisibleCount {
            let i = state.listScroll + slot
            let y = rect.y + slot * 2
            guard i < state.listArticles.count, y < rect.maxY else { break }
            let article = state.listArticles[i]
            let row = ArticleListRow(state.library.digests[article])
            let selected = i == state.selectedIndex
            let highlighted = selected && state.focus == .list
            let titleRole: Role = highlighted ? .selection : selected ? .emphasis : .text
            if highlighted { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: min(2, rect.maxY - y)), role: .selection) }
            if selected {
                screen.put("▶", width: 1, x: rect.x, y: y, role: titleRole)
                screen.put(" ", width: 1, x: rect.x + 1, y: y, role: titleRole)
            }
            if state.unread.contains(article), rect.width > 2 {
                screen.put("●", width: 1, x: rect.x + 1, y: y, role: highlighted ? .selection : .unread)
            }
            if state.bookmarked.contains(article), rect.width > 2, y + 1 < rect.maxY {
                screen.put("★", width: 1, x: rect.x + 1, y: y + 1, role: highlighted ? .selection : .unread)
            }
            screen.write(row.title, x: rect.x + 2, y: y, fitting: rect.width - 2, role: titleRole)
            if y + 1 < rect.maxY, !row.detail.isEmpty {
                screen.write(row.detail, x: rect.x + 2, y: y + 1, fitting: rect.width - 2, role: highlighted ? .selection : .dim)
            }
        }
    }

    // MARK: - Reading pane

    private func drawReading(_ state: ReaderState, _ rect: Rect, into screen: inout Screen) {
        let pad = rect.width >= 12 ? 1 : 0
        let x = rect.x + pad, limit = rect.maxX - pad
        guard state.openIndex != nil else {
            screen.write(state.library.isEmpty ? "Nothing to read yet." : "No article open.", x: x, y: rect.y, fitting: limit - x, role: .dim)
            return
        }
        let lines = state.readingText.lines
        if lines.isEmpty {
            screen.write("This article has no text.", x: x, y: rect.y, fitting: limit - x, role: .dim)
            return
        }
        let highlights = ReadingHighlights(state)
        for row in 0..<rect.height {
            let i = state.readingScroll + row
            guard i < lines.count else { break }
            screen.write(highlights.glyphs(of: lines[i]), x: x, y: rect.y + row, limit: limit)
        }
    }

    // MARK: - Side panel

    private func drawSidePanel(_ state: ReaderState, _ rect: Rect, into screen: inout Screen) {
        let pad = rect.width >= 12 ? 1 : 0
        let x = rect.x + pad, limit = rect.maxX - pad, width = limit - x
        let rows = state.sidePanel.rows
        for slot in 0..<rect.height {
            let i = state.sideScroll + slot
            guard i < rows.count else { break }
            let y = rect.y + slot
            let highlighted = i == state.sideSelection && state.focus == .side && rows[i].isSelectable
            if highlighted { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection) }
            // unfocused, the row the emphasis came from keeps a marker in the padding
            if !highlighted, pad == 1, i == state.sideSelection, state.emphasis != nil, rows[i].isSelectable {
                screen.put("▶", width: 1, x: rect.x, y: y, role: .emphasis)
            }
            switch rows[i] {
            case .section(let title):
                let end = screen.write(title, x: x, y: y, fitting: width, role: .heading)
                if end + 1 < rect.maxX {
                    for cx in (end + 1)..<rect.maxX { screen.put("─", width: 1, x: cx, y: y, role: .border) }
                }
            case .entity(let name, let kind, let count, _):
                let number = String(count)
                let numberWidth = number.count
                screen.write(name, x: x, y: y, fitting: max(0, width - numberWidth - 1), role: highlighted ? .selection : ArticleStyler.role(of: kind))
                if numberWidth <= width { screen.write(number, x: limit - numberWidth, y: y, limit: limit, role: highlighted ? .selection : .dim) }
            case .quote(let speaker, let text, _):
                let end = screen.write(speaker + ": " + text, x: x, y: y, fitting: width, role: highlighted ? .selection : .quote)
                if !highlighted { screen.setRole(.speaker, y: y, from: x, to: min(end, x + DisplayWidth.of(speaker))) }
            case .note(let text):
                screen.write(text, x: x, y: y, fitting: width, role: .dim)
            }
        }
    }

    // MARK: - Status line, help, too small

    /// The status line: a prompt while one is open; else the position, the
    /// message (or the filter in force) and the longest key hints that fit.
    private func drawStatus(_ state: ReaderState, into screen: inout Screen) {
        let w = screen.size.width, y = screen.size.height - 1
        guard y >= 0 else { return }
        if let prompt = state.prompt, !state.layout.isTooSmall {
            drawPrompt(prompt, state, y: y, into: &screen)
            return
        }
        screen.fill(Rect(x: 0, y: y, width: w, height: 1), role: .status)
        let position = state.listArticles.isEmpty ? "0/\(state.listArticles.count)" : "\(state.selectedIndex + 1)/\(state.listArticles.count)"
        var x = screen.write(" " + position, x: 0, y: y, limit: w, role: .status)
        let hints = statusHints(state)
        func fittingHint(after x: Int) -> String? {
            hints.first { x + 2 + DisplayWidth.of($0) <= w }
        }
        let ongoing = [state.loadingProgress, state.filterSummary].compactMap { $0 }.joined(separator: "  ")
        if let message = state.statusMessage ?? (ongoing.isEmpty ? nil : ongoing), !message.isEmpty {
            x += 2
            let end = x + DisplayWidth.of(message)
            if let hint = fittingHint(after: end) {
                screen.write(message, x: x, y: y, limit: w, role: .status)
                screen.write(hint, x: w - DisplayWidth.of(hint), y: y, limit: w, role: .status)
            } else {
                screen.write(message, x: x, y: y, fitting: w - x - 1, role: .status)
            }
        } else if let hint = fittingHint(after: x) {
            screen.write(hint, x: w - DisplayWidth.of(hint), y: y, limit: w, role: .status)
        }
    }

    /// Key hints, longest first; the status line shows the first that fits.
    private func statusHints(_ state: ReaderState) -> [String] {
        if state.isHelpShown { return ["q/Esc/? close help "] }
        if state.speakerList != nil { return ["↑/↓ choose  Enter go  Esc close "] }
        let keymap = state.keymap
        let help = "\(keymap.hint(.toggleHelp)) help", quit = "\(keymap.hint(.quit)) quit"
        let jumps = "\(keymap.hint(.nextQuote, .previousQuote)) quotes  \(keymap.hint(.nextQuoteBySameSpeaker, .previousQuoteBySameSpeaker)) same speaker  \(keymap.hint(.openFilterPrompt)) filter"
        return ["\(jumps)  \(help)  \(quit) ", "\(jumps)  \(help) ", "\(help)  \(quit) "]
    }

    /// A prompt: its label, the text being typed (scrolled sideways to keep
    /// the cursor in view) with the cursor as a `.selection` cell, and what
    /// Enter and Esc do when there is room.
    private func drawPrompt(_ prompt: Prompt, _ state: ReaderState, y: Int, into screen: inout Screen) {
        let w = screen.size.width
        screen.fill(Rect(x: 0, y: y, width: w, height: 1), role: .text)
        let labelEnd = screen.write(" " + prompt.label, x: 0, y: y, limit: w, role: .emphasis)
        let chars = prompt.editor.characters, cursor = prompt.editor.cursor
        let room = w - labelEnd
        guard room > 0 else { return }
        // the first character shown: the text up to the cursor, and the
        // cursor's own cell, must fit
        func cells(_ c: Character) -> Int { max(1, DisplayWidth.of(c)) }
        var first = 0, widthToCursor = chars[..<cursor].reduce(0) { $0 + cells($1) }
        let cursorWidth = cursor < chars.count ? cells(chars[cursor]) : 1
        while first < cursor, widthToCursor + cursorWidth > room {
            widthToCursor -= cells(chars[first])
            first += 1
        }
        var x = labelEnd
        for i in first..<chars.count {
            let cw = cells(chars[i])
            guard x + cw <= w else { break }
            screen.put(chars[i], width: cw, x: x, y: y, role: i == cursor ? .selection : .text)
            x += cw
        }
        if cursor == chars.count, x < w {
            screen.put(" ", width: 1, x: x, y: y, role: .selection)
            x += 1
        }
        let verb = prompt.kind == .filter ? "filter" : "search"
        let hint = "Enter \(verb)  Esc cancel "
        if x + 2 + DisplayWidth.of(hint) <= w {
            screen.write(hint, x: w - DisplayWidth.of(hint), y: y, limit: w, role: .dim)
        }
    }

    /// The `s` overlay: a box over the reading pane listing the speakers and
    /// their quote counts, the chosen one highlighted.
    private func drawSpeakerList(_ list: SpeakerList, _ rect: Rect, into screen: inout Screen) {
        let counts = list.rows.map { String($0.count) }
        let widest = zip(list.rows, counts).map { DisplayWidth.of($0.label) + 2 + $1.count }.max() ?? 0
        let boxWidth = min(rect.width, max(widest, DisplayWidth.of(" Speakers ")) + 4)
        let boxHeight = min(rect.height, list.rows.count + 2)
        guard boxWidth >= 6, boxHeight >= 3 else { return }
        let box = Rect(x: rect.x + (rect.width - boxWidth) / 2, y: rect.y, width: boxWidth, height: boxHeight)
        screen.fill(box, role: .text)
        for x in box.x..<box.maxX {
            screen.put("─", width: 1, x: x, y: box.y, role: .title)
            screen.put("─", width: 1, x: x, y: box.maxY - 1, role: .title)
        }
        for y in box.y..<box.maxY {
            screen.put("│", width: 1, x: box.x, y: y, role: .title)
            screen.put("│", width: 1, x: box.maxX - 1, y: y, role: .title)
        }
        screen.put("┌", width: 1, x: box.x, y: box.y, role: .title)
        screen.put("┐", width: 1, x: box.maxX - 1, y: box.y, role: .title)
        screen.put("└", width: 1, x: box.x, y: box.maxY - 1, role: .title)
        screen.put("┘", width: 1, x: box.maxX - 1, y: box.maxY - 1, role: .title)
        screen.write(" Speakers ", x: box.x + 1, y: box.y, fitting: box.width - 2, role: .title)
        let inner = box.height - 2
        var window = list.window
        window.keepSelectionVisible(count: list.rows.count, visible: inner)
        let scroll = window.offset
        let x = box.x + 2, limit = box.maxX - 2
        for slot in 0..<inner {
            let i = scroll + slot
            guard i < list.rows.count else { break }
            let y = box.y + 1 + slot
            let selected = i == list.selection
            if selected { screen.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: .selection) }
            let count = counts[i]
            screen.write(list.rows[i].label, x: x, y: y, fitting: max(0, limit - x - count.count - 1),
                         role: selected ? .selection : list.rows[i].speaker == nil ? .dim : .speaker)
            screen.write(count, x: limit - count.count, y: y, limit: limit, role: selected ? .selection : .dim)
        }
    }

    private func drawHelp(_ state: ReaderState, into screen: inout Screen) {
        let w = screen.size.width, bottom = screen.size.height - 2
        for x in 0..<w {
            screen.put("─", width: 1, x: x, y: 0, role: .title)
            screen.put("─", width: 1, x: x, y: bottom, role: .title)
        }
        screen.put("┌", width: 1, x: 0, y: 0, role: .title)
        screen.put("┐", width: 1, x: w - 1, y: 0, role: .title)
        screen.put("└", width: 1, x: 0, y: bottom, role: .title)
        screen.put("┘", width: 1, x: w - 1, y: bottom, role: .title)
        for y in 1..<bottom {
            screen.put("│", width: 1, x: 0, y: y, role: .title)
            screen.put("│", width: 1, x: w - 1, y: y, role: .title)
        }
        let end = screen.write(" Keys ", x: 1, y: 0, limit: w - 1, role: .title)
        _ = end
        let lines = HelpText.lines(state.keymap)
        for row in 0..<(bottom - 1) {
            let i = state.helpScroll + row
            guard i < lines.count else { break }
            screen.write(lines[i], x: 2, y: 1 + row, fitting: w - 4, role: .help)
        }
    }

    static let tooSmallMessages = ["Terminal too small", "Too small", "Small"]

    private func drawTooSmall(into screen: inout Screen) {
        let w = screen.size.width, h = screen.size.height
        guard w > 0, h > 0 else { return }
        let message = Renderer.tooSmallMessages.first { DisplayWidth.of($0) <= w } ?? Renderer.tooSmallMessages.last!
        let y = (h - 1) / 2
        let x = max(0, (w - DisplayWidth.of(message)) / 2)
        screen.write(message, x: x, y: y, limit: w, role: .warning)
        let minimum = "at least \(Layout.minimumSize.width)×\(Layout.minimumSize.height)"
        if y + 1 < h, DisplayWidth.of(minimum) <= w {
            screen.write(minimum, x: max(0, (w - DisplayWidth.of(minimum)) / 2), y: y + 1, limit: w, role: .dim)
        }
    }
}

/// The screen for `state` (see `Renderer`).
public func render(_ state: ReaderState) -> Screen {
    Renderer().render(state)
}
