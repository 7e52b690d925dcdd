import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the terminal draws on a light or a dark background, so the default
/// look can be readable on both: asked of the terminal itself (OSC 11, as
/// vim and neovim do), else read from `COLORFGBG` (rxvt, konsole), else unknown.
public enum TerminalBackground: String, Sendable, Equatable {
    case light, dark

    /// How long the terminal has to answer before the reader gives up and
    /// starts without knowing. A terminal that answers does so in a few
    /// milliseconds; one that does not is asked for its device attributes
    /// (DA1) too, which every terminal answers, so it is not waited for.
    public static let queryTimeout = 0.1

    /// The background of the terminal on standard input and output: its
    /// answer to OSC 11, else `COLORFGBG`; nil when neither says, or when
    /// either stream is not a terminal (nothing is written then).
    public static func detect(environment: [String: String]) -> TerminalBackground? {
        // (the terminal's own answer first: COLORFGBG can be stale, passed on
        // through ssh or tmux from another terminal)
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, let answer = query().flatMap(fromOSC11Reply) { return answer }
        return fromCOLORFGBG(environment["COLORFGBG"])
    }

    /// `COLORFGBG="15;0"` (foreground; background, sometimes with a middle
    /// field): a background of 7 (white) or 9–15 but 8 is light, 0–6 and 8 dark.
    public static func fromCOLORFGBG(_ value: String?) -> TerminalBackground? {
        guard let value, let last = value.split(separator: ";").last, let colour = Int(last), (0...255).contains(colour) else { return nil }
        return colour == 7 || (colour >= 9 && colour <= 15) ? .light : .dark
    }

    /// The answer to `ESC ] 11 ; ?`: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by
    /// BEL or ST, each channel one to four hex digits. Light when its
    /// luminance is above the middle.
    public static func fromOSC11Reply(_ reply: String) -> TerminalBackground? {
        guard let start = reply.range(of: "]11;rgb:") else { return nil }
        let channels = reply[start.upperBound...].prefix { $0.isHexDigit || $0 == "/" }.split(separator: "/")
        guard channels.count == 3 else { return nil }
        var values: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let v = Int(channel, radix: 16) else { return nil }
            values.append(Double(v) / Double((1 << (4 * channel.count)) - 1))
        }
        // (relative luminance, Rec. 709 weights, on the channels as given)
        let luminance = 0.2126 * values[0] + 0.7152 * values[1] + 0.0722 * values[2]
        return luminance > 0.5 ? .light : .dark
    }

    /// Asks the terminal (OSC 11, then DA1) with the line discipline set
    /// to pass bytes at once and echo nothing, and reads until the DA1 answer
    /// or the timeout; returns what came before DA1's answer.
    static func query() -> String? {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return nil }
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        let ask: [UInt8] = Array("\u{1B}]11;?\u{1B}\\\u{1B}[c".utf8)
        guard ask.withUnsafeBytes({ write(STDOUT_FILENO, $0.baseAddress, $0.count) }) == ask.count else { return nil }
        var reply: [UInt8] = []
        let deadline = Date().addingTimeInterval(queryTimeout)
        var buffer = [UInt8](repeating: 0, count: 256)
        while reply.count < 1024 {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { break }
            var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, Int32(left * 1000) + 1) > 0 else { break }
            let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            reply += buffer[0..<n]
            // the DA1 answer (`ESC [ ? … c`) comes last: everything is in
            if let text = String(bytes: reply, encoding: .utf8), let da = text.range(of: "\u{1B}[?"), text[da.upperBound...].contains("c") {
                return String(text[..<da.lowerBound])
            }
        }
        return String(bytes: reply, encoding: .utf8)
    }
}
