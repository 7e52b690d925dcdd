/// A one-line text editor for the status-line prompts (filter, search): the
/// text, a cursor, and a history of earlier entries to recall with ↑/↓.
///
/// Keys: characters insert at the cursor; ←/→ move by a character;
/// Home/End (and Ctrl-A/Ctrl-E) go to either end; Backspace/Delete remove the
/// character before/under the cursor; Ctrl-U removes everything before the
/// cursor, Ctrl-K everything from it, Ctrl-W the word before it; ↑/↓ walk the
/// history (the line being typed comes back after the newest entry); Enter
/// submits, Esc (and Ctrl-C, Ctrl-G) cancels.
public struct LineEditor: Sendable, Equatable {
    /// What a key did to the editor.
    public enum Outcome: Sendable, Equatable {
        case editing
        case submitted(String)
        case cancelled
    }

    public private(set) var characters: [Character]
    /// Where the next character goes: 0 before the first, `characters.count` at the end.
    public private(set) var cursor: Int
    /// Earlier entries, oldest first.
    public private(set) var history: [String]
    /// The history entry shown, or nil while editing the line being typed.
    public private(set) var historyPosition: Int?
    /// The line being typed, kept while the history is shown.
    private var draft: [Character] = []

    public init(text: String = "", history: [String] = []) {
        characters = Array(text)
        cursor = characters.count
        self.history = history
    }

    public var text: String { String(characters) }

    /// Applies one key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .submitted(text)
        case .escape, .control("c"), .control("g"): return .cancelled
        case .character(let c): insert(c)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { break }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { break }
            characters.remove(at: cursor)
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor...)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .up: recall(older: true)
        case .down: recall(older: false)
        default: break
        }
        return .editing
    }

    /// Inserts text at the cursor (also used for pasted text).
    public mutating func insert(_ c: Character) {
        guard c != "\n", c != "\r\n", c != "\r" else { return }
        characters.insert(c == "\t" ? " " : c, at: cursor)
        cursor += 1
    }

    private mutating func recall(older: Bool) {
        guard !history.isEmpty else { return }
        let next: Int?
        switch (historyPosition, older) {
        case (nil, true): next = history.count - 1
        case (nil, false): return
        case (let p?, true): next = max(0, p - 1)
        case (let p?, false): next = p + 1 < history.count ? p + 1 : nil
        }
        if historyPosition == nil { draft = characters }
        historyPosition = next
        characters = next.map { Array(history[$0]) } ?? draft
        cursor = characters.count
    }

    /// The history with `entry` added as the newest (an entry equal to the
    /// newest is not repeated; empty entries are not kept), at most `limit` long.
    public static func history(_ history: [String], adding entry: String, limit: Int = 100) -> [String] {
        guard !entry.allSatisfy({ $0 == " " }), history.last != entry else { return history }
        return Array((history + [entry]).suffix(limit))
    }
}
