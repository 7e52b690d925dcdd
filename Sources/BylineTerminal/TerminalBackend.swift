import BylineUI

/// What the reader's runtime needs of a terminal: its size and colours, a
/// frame drawn, the next input, styles, and the screen lent to another
/// program. `CursesTerminal` is the real one; tests run the runtime in
/// process on one that keeps frames in memory.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// How many colours the terminal has (0 without colour).
    var colourCount: Int { get }
    func draw(_ screen: Screen)
    /// The next input; nil when `timeout` passes first, or when `wakeup` is
    /// signalled (news from another thread). Throws when input is gone.
    func nextEvent(timeout: Duration?, wakeup: Wakeup?) throws(TerminalError) -> InputEvent?
    func setStyles(_ styles: StyleTable, monochrome: StyleTable?)
    /// Gives the terminal to another program for the length of `body`.
    func suspend<T>(_ body: () -> T) -> T
}

extension CursesTerminal: TerminalBackend {}
