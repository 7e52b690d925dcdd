import BylineUI
import CNCurses

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncurses. This file is the only code in Byline
/// that calls curses: everything else speaks `Screen`, `Role` and `InputEvent`.
///
/// It owns the terminal from `init` to `close()`: checks that there is a usable
/// terminal before touching it, draws only the cells that changed since the
/// last `draw`, turns key codes and `KEY_RESIZE` into `InputEvent`s, and gives
/// the terminal back as it found it — on `close()`, on `deinit`, and on
/// SIGINT, SIGTERM, SIGHUP and SIGQUIT (which then exit with status 128 +
/// signal), and before a crash takes its course. Ctrl-C is a key, not a
/// signal, while the reader runs.
public final class CursesTerminal {
    /// Whether roles are drawn in colour (false without colour support, or with
    /// `NO_COLOR` set); without colour, `monochromeStyles` apply.
    public private(set) var hasColour = false
    public private(set) var styles: StyleTable
    public private(set) var monochromeStyles: StyleTable

    private var screen: OpaquePointer?
    private let window: UnsafeMutablePointer<WINDOW>
    /// What the terminal shows now, as last drawn; nil forces a full redraw.
    private var shown: Screen?
    /// Whether the locale encodes UTF-8; if not, only ASCII is drawn.
    private let unicode: Bool
    private var defaultColours = false
    /// How many colours the terminal has (0 without colour): what a theme's
    /// colours are approximated to (`StyleTable(theme:colors:)`).
    public private(set) var colourCount = 0
    private var looks: [Role: (attributes: attr_t, pair: Int16)] = [:]

    /// The signals that would otherwise kill the reader with the terminal in raw mode.
    private static let fatalSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// A crash (a Swift trap, a bad access): the terminal is restored, then the
    /// signal is raised again with its default action, so it still crashes.
    private static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    /// Checks the environment and takes over the terminal.
    /// Throws `TerminalError` before touching the terminal when it is not usable.
    /// `colour: false` (the settings' answer to `NO_COLOR`) draws in the monochrome styles whatever the terminal can do.
    public init(styles: StyleTable = .standard, monochromeStyles: StyleTable = .monochrome, colour: Bool = true) throws(TerminalError) {
        self.styles = styles
        self.monochromeStyles = monochromeStyles
        setlocale(LC_ALL, "")
        var unicode = Self.localeIsUTF8()
        if !unicode, setlocale(LC_CTYPE, "C.UTF-8") != nil {
            unicode = Self.localeIsUTF8()
        }
        self.unicode = unicode

        let term = try Self.checkEnvironment()
        byline_save_shell_modes()
        Self.catchFatalSignals()
        guard let screen = newterm(term, byline_stdout_file(), byline_stdin_file()) else {
            Self.releaseFatalSignals()
            throw .cannotStart(term)
        }
        self.screen = screen
        window = byline_stdscr()

        cbreak()
        Self.deliverInterruptKeyAsInput()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(25)
        // Clicks and the wheel, reported at once (no click-interval wait).
        mousemask(byline_mouse_mask(), nil)
        mouseinterval(0)
        Self.prepareSignalReset()

        if has_colors() && colour && start_color() == byline_ok() {
            hasColour = true
            defaultColours = use_default_colors() == byline_ok()
            colourCount = Int(byline_colors())
        }
        applyStyles()
    }

    deinit {
        close()
    }

    /// Gives the terminal back: leaves curses mode (alternate screen, cursor,
    /// keypad and tty modes restored) and stops catching signals. Idempotent.
    public func close() {
        guard let screen else { return }
        Self.releaseFatalSignals()
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    /// The terminal's size now.
    public var size: Size {
        var rows: Int32 = 0, cols: Int32 = 0
        byline_getmaxyx(window, &rows, &cols)
        return Size(width: Int(cols), height: Int(rows))
    }

    /// Replaces the styles (a theme); everything is redrawn on the next `draw`.
    public func setStyles(_ styles: StyleTable, monochrome: StyleTable? = nil) {
        self.styles = styles
        if let monochrome { monochromeStyles = monochrome }
        applyStyles()
        shown = nil
    }

    /// Gives the terminal to another program for the length of `body` (a
    /// browser started by `o`): the shell's modes back, the reader's keyboard
    /// signals ignored meanwhile (Ctrl-C is for the other program), and
    /// everything redrawn afterwards.
    public func suspend<T>(_ body: () -> T) -> T {
        guard screen != nil else { return body() }
        endwin()
        let held = Self.fatalSignals.filter { byline_signal_is_ignored($0) == 0 }
        for signalNumber in held { signal(signalNumber, SIG_IGN) }
        defer {
            Self.catchFatal(held)
            invalidate()
            wrefresh(window)
        }
        return body()
    }

    /// Forgets what the terminal shows, so the next `draw` repaints every cell.
    public func invalidate() {
        shown = nil
        clearok(window, true)
    }

    // MARK: Drawing

    /// Writes the cells of `screen` that differ from the last drawn screen (all
    /// of them after a resize, a size change or `invalidate()`), then refreshes.
    public func draw(_ screen: Screen) {
        guard self.screen != nil else { return }
        let limit = size
        let diff = ScreenDiff(previous: shown, next: screen, limit: limit)
        if diff.repaintsAll { werase(window) }
        let columns = min(screen.size.width, limit.width)
        for change in diff.changes {
            put(change.character, role: change.role, wide: change.isWide, x: change.x, y: change.y, columns: columns)
        }
        wrefresh(window)
        shown = screen
    }

    private func put(_ character: Character, role: Role, wide: Bool, x: Int, y: Int, columns: Int) {
        let look = looks[role] ?? (byline_a_normal(), 0)
        var scalars = TerminalText.scalars(for: character, unicode: unicode)
        if wide {
            // The right half first: if this terminal thinks the character is
            // narrow after all, the cell still ends up blank, not stale.
            if x + 1 < columns {
                putScalars([" "], look: look, x: x + 1, y: y)
            } else {
                scalars = [" "]   // a wide character cannot start in the last column
            }
        }
        if unicode, byline_wcwidth(wchar_t(bitPattern: scalars[0].value)) < 0 {
            scalars = [TerminalText.replacement]   // unprintable in this locale
        }
        if !putScalars(scalars, look: look, x: x, y: y), scalars.count > 1 {
            putScalars([scalars[0]], look: look, x: x, y: y)
        }
    }

    @discardableResult
    private func putScalars(_ scalars: [Unicode.Scalar], look: (attributes: attr_t, pair: Int16), x: Int, y: Int) -> Bool {
        var wide = scalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        var cell = cchar_t()
        guard setcchar(&cell, wide, look.attributes, look.pair, nil) == byline_ok() else { return false }
        // At the bottom-right cell curses reports ERR after drawing (the cursor
        // cannot advance), so the result of the write itself says nothing.
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
        return true
    }

    private func applyStyles() {
        looks = [:]
        let table = hasColour ? styles : monochromeStyles
        let maxPairs = Int(byline_color_pairs())
        for (number, role) in Role.allCases.enumerated() {
            let style = table[role]
            var pair: Int16 = 0
            if hasColour, number + 1 < maxPairs {
                pair = Int16(number + 1)
                init_pair(pair, colourNumber(style.foreground, isForeground: true), colourNumber(style.background, isForeground: false))
            }
            looks[role] = (Self.cursesAttributes(style.attributes), pair)
        }
    }

    private func colourNumber(_ colour: ThemeColor, isForeground: Bool) -> Int16 {
        if let index = colour.paletteIndex(colors: colourCount) { return Int16(index) }
        if defaultColours { return -1 }
        return isForeground ? Int16(COLOR_WHITE) : Int16(COLOR_BLACK)
    }

    private static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = byline_a_normal()
        if attributes.contains(.bold) { result |= byline_a_bold() }
        if attributes.contains(.dim) { result |= byline_a_dim() }
        if attributes.contains(.underline) { result |= byline_a_underline() }
        if attributes.contains(.reverse) { result |= byline_a_reverse() }
        if attributes.contains(.italic) { result |= byline_a_italic() }
        return result
    }

    // MARK: Input

    /// The next key press or resize; nil when `timeout` passes first (or a
    /// signal interrupts the wait, or the key means nothing to Byline).
    /// Without a timeout it waits; it throws `.inputClosed` when the terminal
    /// has gone away, so a reader loop cannot spin on a dead terminal.
    public func nextEvent(timeout: Duration? = nil, wakeup: Wakeup? = nil) throws(TerminalError) -> InputEvent? {
        guard screen != nil else { throw .inputClosed }
        let milliseconds: Int32 = timeout.map(Wakeup.milliseconds) ?? -1
        guard let wakeup else { return try read(waiting: milliseconds) }
        // keys curses has read ahead first; then sleep until a key, a signal
        // (a resize) or the wakeup, with no timer
        if let event = try read(waiting: 0, blocking: false) { return event }
        var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeup.fd, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&watched, 2, milliseconds)
        if ready < 0 {
            // a signal: a resize is read at once
            return errno == EINTR ? try read(waiting: 0, blocking: false) : nil
        }
        if watched[1].revents != 0 { wakeup.drain() }
        let input = watched[0].revents
        if input & Int16(POLLIN) != 0 {
            // a key is there; an escape sequence may take a moment to arrive whole
            return try read(waiting: 50, blocking: false)
        }
        if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { throw .inputClosed }
        return nil
    }

    /// One key or resize from curses, waiting at most `milliseconds` (-1:
    /// until one comes, when `blocking`; then an error means input is gone).
    private func read(waiting milliseconds: Int32, blocking: Bool = true) throws(TerminalError) -> InputEvent? {
        wtimeout(window, milliseconds)
        var code: wint_t = 0
        errno = 0
        let result = wget_wch(window, &code)
        if result == byline_err() {
            if blocking && milliseconds < 0 && errno != EINTR { throw .inputClosed }
            return nil
        }
        if result == byline_key_code_yes() {
            let key = Int32(bitPattern: code)
            if key == byline_key_resize() {
                invalidate()
                return .resize(size)
            }
            if key == byline_key_mouse() {
                return Self.mouseEvent()
            }
            return Self.functionKey(key).map(InputEvent.key)
        }
        return Self.characterKey(UInt32(code)).map(InputEvent.key)
    }

    /// The mouse event curses has queued: a left-button press or click, or a
    /// wheel notch; anything else (releases, other buttons) is nil.
    private static func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == byline_ok() else { return nil }
        let kind: MouseEvent.Kind
        if byline_mouse_is_wheel_up(event.bstate) != 0 {
            kind = .wheelUp
        } else if byline_mouse_is_wheel_down(event.bstate) != 0 {
            kind = .wheelDown
        } else if byline_mouse_is_press(event.bstate) != 0 {
            kind = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
    }

    /// A key curses reports by code (arrows, paging, function keys).
    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME, KEY_A1: .home
        case KEY_END, KEY_C1: .end
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case byline_key_f0() + 1 ... byline_key_f0() + 63: .function(Int(code - byline_key_f0()))
        default: nil
        }
    }

    /// A key that arrives as a character: printable text or a control character.
    private static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0, 28...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value), !TerminalText.isUnsafe(scalar) else { return nil }
            return .character(Character(scalar))
        }
    }

    // MARK: Start-up checks

    /// The terminal type, when TERM names a terminal that terminfo knows and
    /// that can address the cursor, and standard output and input are a
    /// terminal (checked in that order); throws otherwise.
    /// Touches nothing: nothing is printed, no mode is changed.
    @discardableResult
    public static func checkEnvironment() throws(TerminalError) -> String {
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
            throw .terminalTypeUnset
        }
        if term == "dumb" { throw .dumbTerminal }
        switch byline_probe_terminal(term, STDOUT_FILENO) {
        case 1: break
        case -1: throw .noTerminfoDatabase(term)
        case -2: throw .terminalTooLimited(term)
        default: throw .unknownTerminal(term)
        }
        guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotATerminal }
        guard isatty(STDIN_FILENO) == 1 else { throw .inputNotATerminal }
        return term
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = byline_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    // MARK: Terminal modes

    /// Ctrl-C arrives as a key (`.control("c")`: quit, or cancel a prompt)
    /// instead of raising SIGINT: the tty's interrupt character is switched
    /// off and curses told that this is the program's mode. The other signal
    /// keys keep working (Ctrl-Z suspends, Ctrl-\ restores and exits), and
    /// `endwin` puts the interrupt character back with the rest of the shell's modes.
    private static func deliverInterruptKeyAsInput() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        #if os(Linux)
        let disabled: cc_t = 0          // _POSIX_VDISABLE
        #else
        let disabled: cc_t = 0xFF
        #endif
        withUnsafeMutableBytes(of: &modes.c_cc) { $0[Int(VINTR)] = disabled }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &modes) == 0 else { return }
        def_prog_mode()
    }

    // MARK: Signals

    /// SIGINT, SIGTERM, SIGHUP and SIGQUIT restore the terminal and exit with
    /// 128 + signal; a crash restores it and crashes on. The handlers are C
    /// (`shim.h`) and async-signal-safe: they write bytes worked out before
    /// (`prepareSignalReset`) and put back the tty modes saved before curses
    /// started — `endwin` is not safe in a handler. Signals the process
    /// started with ignored stay ignored.
    private static func catchFatalSignals() {
        catchFatal(fatalSignals.filter { byline_signal_is_ignored($0) == 0 })
        for signalNumber in crashSignals { byline_catch_crash_signal(signalNumber) }
    }

    private static func catchFatal(_ signals: [Int32]) {
        for signalNumber in signals { byline_catch_fatal_signal(signalNumber) }
    }

    /// The bytes a signal handler writes to give the screen back, from
    /// terminfo while curses runs: attributes off, cursor shown, keypad mode
    /// and mouse reports off, the alternate screen left.
    private static func prepareSignalReset() {
        var bytes = ""
        for capability in ["sgr0", "cnorm", "rmkx"] { bytes += terminfoString(capability) }
        bytes += "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l"
        bytes += terminfoString("rmcup")
        byline_set_reset_bytes(bytes)
    }

    /// A terminfo string capability, or "" when the terminal has none.
    private static func terminfoString(_ name: String) -> String {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return "" }
        return String(cString: value)
    }

    private static func releaseFatalSignals() {
        for signalNumber in fatalSignals + crashSignals where byline_signal_is_ignored(signalNumber) == 0 {
            signal(signalNumber, SIG_DFL)
        }
    }
}
