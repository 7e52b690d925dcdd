/// A terminal-sized grid of cells: what `render` produces and what the terminal
/// backend copies to the real terminal (only the cells that changed).
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the
/// character with `width == 2`, the second is a continuation cell
/// (`character == nil`, `width == 0`) that the backend skips.
public struct Screen: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: Cell.blank, count: max(0, size.width) * max(0, size.height))
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// The visible text of one row, wide characters once, trailing spaces kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width {
            if let c = self[x, y].character { s.append(c) }
        }
        return s
    }

    /// All rows, trailing spaces trimmed, joined by newlines: what a person sees.
    public var text: String {
        (0..<size.height).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

public struct Cell: Sendable, Equatable {
    /// nil for the right half of a wide character.
    public var character: Character?
    public var role: Role
    /// Display width: 1, 2 for a wide character, 0 for a continuation cell.
    public var width: Int

    public init(character: Character?, role: Role, width: Int = 1) {
        self.character = character
        self.role = role
        self.width = width
    }

    public static let blank = Cell(character: " ", role: .text, width: 1)
}

public struct Size: Sendable, Equatable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// What a cell means, not how it looks: themes map roles to colours and attributes.
/// A role a theme leaves out falls back to `fallback` (speaker → person → text).
public enum Role: String, Sendable, Equatable, Hashable, CaseIterable {
    case text, dim, selection, border, title, status, heading
    case person, country, organisation, quote, speaker
    case emphasis, warning, help, unread
    /// The quote `]`/`[`/`}`/`{` went to, its speaker's mention, every mention
    /// of the entity selected in the side panel, and search matches.
    case quoteFocus, speakerFocus, mentionFocus, searchMatch

    public var fallback: Role? {
        switch self {
        case .text: nil
        case .speaker: .person
        case .title: .border
        case .unread: .emphasis
        case .quoteFocus, .speakerFocus, .mentionFocus, .searchMatch: .emphasis
        default: .text
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
