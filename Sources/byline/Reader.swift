import BylineKit
import BylineTerminal
import BylineUI

/// The reader's loop: render the state, draw it, wait for an event, apply it.
enum Reader {
    static func run(_ library: ArticleLibrary) throws(TerminalError) {
        let terminal = try CursesTerminal()
        defer { terminal.close() }
        var state = ReaderState(
            articles: library.articles, size: terminal.size,
            statusMessage: ReaderState.statusMessage(forNotes: library.notes))
        while !state.isQuitting {
            terminal.draw(render(state))
            if let event = try terminal.nextEvent() {
                state.handle(event)
            }
        }
    }
}
