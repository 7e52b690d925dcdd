/// Why the reader cannot take over the terminal. Each message says what to do;
/// the command line prints it as one line (`byline: …`).
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case outputNotATerminal
    case inputNotATerminal
    case terminalTypeUnset
    case dumbTerminal
    case unknownTerminal(String)
    case noTerminfoDatabase(String)
    case terminalTooLimited(String)
    case cannotStart(String)
    case inputClosed

    public var description: String {
        switch self {
        case .outputNotATerminal:
            "standard output is not a terminal; run byline in a terminal without redirecting its output (for text output use 'byline parse')"
        case .inputNotATerminal:
            "standard input is not a terminal; run byline in a terminal without piping into it"
        case .terminalTypeUnset:
            "TERM is not set; set it to your terminal's type (for example TERM=xterm-256color)"
        case .dumbTerminal:
            "TERM=dumb cannot show the reader; use a full-screen terminal (for example TERM=xterm-256color), or 'byline parse' for plain text"
        case .unknownTerminal(let name):
            "terminal type '\(name)' is unknown to terminfo; set TERM to a known type (for example xterm-256color) or install its entry (Debian: ncurses-term)"
        case .noTerminfoDatabase(let name):
            "no terminfo database to look up terminal type '\(name)'; install ncurses-base or point TERMINFO at one"
        case .terminalTooLimited(let name):
            "terminal type '\(name)' cannot move the cursor; use a full-screen terminal (for example TERM=xterm-256color)"
        case .cannotStart(let name):
            "could not start curses on terminal type '\(name)'; check TERM and that the terminal is still open"
        case .inputClosed:
            "the terminal closed (no more input)"
        }
    }
}
