/// What the terminal backend reports, in terms that do not depend on curses.
public enum InputEvent: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
}

public enum Key: Sendable, Equatable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lowercase (`Ctrl-U` is `.control("u")`).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
}

public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case press, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
