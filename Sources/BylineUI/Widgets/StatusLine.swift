/// The status line: a prompt while one is open; else the position, the
/// message (or the filter in force) and the longest key hints that fit.
struct StatusLine: Widget {
    let state: ReaderState

    func draw(into screen: inout Screen, _ rect: Rect) {
        let w = screen.size.width, y = screen.size.height - 1
        guard y >= 0 else { return }
        if let prompt = state.prompt, !state.layout.isTooSmall {
            drawPrompt(prompt, y: y, into: &screen)
            return
        }
        screen.fill(Rect(x: 0, y: y, width: w, height: 1), role: .status)
        let position = (state.listArticles.isEmpty ? "0/\(state.listArticles.count)" : "\(state.selectedIndex + 1)/\(state.listArticles.count)")
            + " " + state.listOrder.label
        var x = screen.write(" " + position, x: 0, y: y, limit: w, role: .status)
        let hints = self.hints
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
    private var hints: [String] {
        if state.isHelpShown { return ["q/Esc/? close help "] }
        if state.speakerList != nil { return ["↑/↓ choose  Enter go  Esc close "] }
        if state.linkList != nil { return ["↑/↓ choose  Enter open  Esc close "] }
        let keymap = state.keymap
        // (what `q` does here: quit in the list, else one level back)
        let help = "\(keymap.hint(.toggleHelp)) help", quit = "\(keymap.hint(.close)) \(state.closeQuits ? "quit" : "back")"
        let jumps = "\(keymap.hint(.nextQuote, .previousQuote)) quotes  \(keymap.hint(.nextQuoteBySameSpeaker, .previousQuoteBySameSpeaker)) same speaker  \(keymap.hint(.openFilterPrompt)) filter"
        return ["\(jumps)  \(help)  \(quit) ", "\(jumps)  \(help) ", "\(help)  \(quit) "]
    }

    /// A prompt: its label, the text being typed (scrolled sideways to keep
    /// the cursor in view) with the cursor as a `.selection` cell, and what
    /// Enter and Esc do when there is room.
    private func drawPrompt(_ prompt: Prompt, y: Int, into screen: inout Screen) {
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
}
