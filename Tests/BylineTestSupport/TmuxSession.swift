import Foundation

/// A tmux server of its own (private socket, no user configuration) running
/// one command in a detached session: the test's terminal. Screens are read
/// with `capture-pane`; waits poll a bounded number of times, never a clock.
public final class TmuxSession {
    public static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    public static var isInstalled: Bool { executable != nil }

    /// The server's socket: a private path (like `-L byline-test-…`, but in a
    /// place this test removes afterwards, so no stale sockets pile up).
    public let socket = "/tmp/byline-test-\(UUID().uuidString.prefix(12)).sock"

    /// Starts `command` (run directly, no shell in between unless it is one)
    /// in a `width`×`height` window, in the package root, in a UTF-8 locale.
    /// The XDG config, cache, state and data homes of the session (unless the
    /// test names its own): a fresh folder, so the user's own config, themes
    /// and reading state never change what a test sees, and tests leave none.
    public let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-test-home-\(UUID().uuidString.prefix(12))")

    /// The reader's frame report (`BYLINE_FRAME_REPORT`): a line `FRAMES
    /// INPUTS` after each frame it draws.
    public var frameReport: URL { home.appendingPathComponent("frames") }

    /// The server's configuration: none, or the window style that makes tmux
    /// answer a program's OSC 11 question with a background colour.
    private var configFile = "/dev/null"

    /// `background` (`#ffffff`): the colour tmux draws behind the pane and
    /// gives as its answer when the program asks the terminal (OSC 11), as a
    /// light or dark terminal would.
    public init(_ command: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:],
                background: String? = nil) throws {
        var arguments = ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", BylineBinary.packageRoot.path]
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        if let background {
            let file = home.appendingPathComponent("tmux.conf")
            try "set -g window-style \"bg=\(background)\"\n".write(to: file, atomically: true, encoding: .utf8)
            configFile = file.path
        }
        var base = ["LC_ALL": "C.UTF-8", "BYLINE_FRAME_REPORT": home.appendingPathComponent("frames").path]
        for folder in ["config", "cache", "state", "data"] {
            base["XDG_\(folder.uppercased())_HOME"] = home.appendingPathComponent(folder).path
        }
        for (key, value) in base.merging(environment, uniquingKeysWith: { $1 }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append("--")
        arguments += command
        let result = try tmux(arguments)
        guard result.status == 0 else {
            throw TmuxError(message: "tmux new-session failed: \(result.output)")
        }
    }

    /// `sh -c 'byline ARGS; echo EXIT=$?; read x'`: the exit status stays on
    /// the screen and the shell keeps the pane (and its modes) alive for checks.
    /// The shell ignores nothing (so byline starts with default signal
    /// dispositions) but survives SIGINT and SIGQUIT from the keyboard
    /// (`trap : INT QUIT`) to print the status.
    public static func byline(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:],
                              background: String? = nil) throws -> TmuxSession {
        let binary = try BylineBinary.path.orThrow("the byline executable was not found")
        let script = #"trap : INT QUIT; "$0" "$@"; echo EXIT=$?; read x"#
        return try TmuxSession(["sh", "-c", script, binary] + arguments, width: width, height: height, environment: environment,
                               background: background)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
        try? FileManager.default.removeItem(at: home)
    }

    @discardableResult
    public func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C.UTF-8"
        env["TMUX"] = nil
        // `swift test` runs tests with NO_COLOR=1; the reader must see only what
        // a test gives it (`-e NO_COLOR=1`), or every colour test would be moot.
        env["NO_COLOR"] = nil
        let output = try Subprocess.run(
            try Self.executable.orThrow("tmux is not installed"),
            ["-u", "-S", socket, "-f", configFile] + arguments, environment: env)
        return (output.status, output.stdout + output.stderr)
    }

    /// The pane's text, one line per row, trailing spaces trimmed.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p"]).output
    }

    /// The pane's text with its colours and attributes as escape sequences.
    public func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e"]).output
    }

    /// A tmux format evaluated for the pane (`#{alternate_on}`, `#{pane_pid}`, …).
    public func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Keys as tmux names them: "j", "Enter", "Tab", "BTab", "Space", "C-c", "q".
    public func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// How many inputs (keys, resizes, mouse events) the reader had reduced
    /// when it drew its last frame; nil before the first frame.
    public func inputsDrawn() -> Int? {
        guard let text = try? String(contentsOf: frameReport, encoding: .utf8),
              let last = text.split(separator: "\n").last, let inputs = last.split(separator: " ").last else { return nil }
        return Int(inputs)
    }

    /// Sends keys one at a time (tmux key names: "j", "Enter", "C-c"), each
    /// once the reader has drawn the frame after the one before, and returns
    /// the screen of the frame after the last: never a wait for "the screen
    /// changed". Bounded by a number of tries, not by time.
    @discardableResult
    public func press(_ keys: String..., tries: Int = 400) throws -> String {
        for key in keys {
            let before = try waitForFrame(tries: tries)
            try tmux(["send-keys", key])
            _ = try waitForFrame(after: before, tries: tries)
        }
        return try screen()
    }

    /// Types text at a prompt, each character a key, then waits for the frame after it.
    @discardableResult
    public func type(_ text: String, tries: Int = 400) throws -> String {
        let before = try waitForFrame(tries: tries)
        try tmux(["send-keys", "-l", text])
        _ = try waitForFrame(after: before + text.count - 1, tries: tries)
        return try screen()
    }

    /// Waits for a frame drawn after more than `inputs` inputs (any frame when
    /// nil); returns the inputs it was drawn after. Throws when none comes.
    @discardableResult
    public func waitForFrame(after inputs: Int? = nil, tries: Int = 400) throws -> Int {
        for _ in 0..<tries {
            if let drawn = inputsDrawn(), inputs.map({ drawn > $0 }) ?? true {
                // (tmux shows what the reader wrote once the write reaches the pane)
                usleep(10_000)
                return drawn
            }
            usleep(10_000)
        }
        throw TmuxError(message: "no frame drawn after input \(inputs.map(String.init) ?? "none"); screen:\n\((try? screen()) ?? "")")
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds; returns the last screen either way
    /// (`satisfied` says which). Bounded by a number of tries, not by time.
    public func waitForScreen(tries: Int = 400, _ condition: (String) -> Bool) throws -> (screen: String, satisfied: Bool) {
        var last = ""
        for _ in 0..<tries {
            last = try screen()
            if condition(last) { return (last, true) }
            usleep(25_000)
        }
        return (last, false)
    }

    public func waitFor(_ text: String, tries: Int = 400) throws -> (screen: String, satisfied: Bool) {
        try waitForScreen(tries: tries) { $0.contains(text) }
    }

    /// Waits until `condition` holds of a screen that stays the same over two
    /// captures 50 ms apart: one not caught half drawn.
    public func waitForSettledScreen(tries: Int = 200, _ condition: (String) -> Bool) throws -> (screen: String, satisfied: Bool) {
        var last = ""
        for _ in 0..<tries {
            let first = try screen()
            usleep(50_000)
            last = try screen()
            if first == last, condition(last) { return (last, true) }
        }
        return (last, false)
    }

    /// Waits until the reader has its whole library: an article open, the
    /// list titled, and no loading progress on the status line.
    @discardableResult
    public func waitUntilLoaded(tries: Int = 400) throws -> (screen: String, satisfied: Bool) {
        try waitForScreen(tries: tries) { screen in
            screen.contains("People") && screen.contains("Articles (")
                && !screen.contains("Indexing:") && !screen.contains("Reading the library")
        }
    }

    public func waitForScreen(without text: String, tries: Int = 400) throws -> (screen: String, satisfied: Bool) {
        try waitForScreen(tries: tries) { !$0.contains(text) }
    }

    /// The `EXIT=n` line the wrapping shell prints once byline has ended.
    public func waitForExitStatus(tries: Int = 400) throws -> Int? {
        let (screen, satisfied) = try waitForScreen(tries: tries) { $0.contains("EXIT=") }
        guard satisfied, let line = screen.split(separator: "\n").first(where: { $0.hasPrefix("EXIT=") }) else { return nil }
        // (the digits only: a pane that grew from 1×1 can keep old text after them on the line)
        return Int(line.dropFirst("EXIT=".count).prefix { $0.isNumber })
    }

    /// The pid of the program the pane's shell is running (its only child).
    public func childPID() throws -> pid_t? {
        guard let shell = pid_t(try format("#{pane_pid}")) else { return nil }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == shell { return pid }
        }
        return nil
    }
}

public struct TmuxError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension Optional {
    public func orThrow(_ message: String) throws -> Wrapped {
        guard let value = self else { throw TmuxError(message: message) }
        return value
    }
}
