import BylineKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure that ends the command: one line on standard error, then an exit
/// status of 2 for a usage problem (what was typed, or a library that is not
/// there) and 1 for anything else.
enum CommandLineError: Error, CustomStringConvertible {
    case usage(String)
    case failure(String)

    var description: String {
        switch self {
        case .usage(let message), .failure(let message): message
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .usage: 2
        case .failure: 1
        }
    }
}

enum Diagnostics {
    /// Writes `byline: message` as one line on standard error, with anything
    /// that could drive the terminal (control characters, escapes) made harmless.
    static func line(_ message: String) {
        var text = TextSafety.replacing(in: message)
        if !text.hasPrefix("byline: ") { text = "byline: " + text }
        text += "\n"
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            bytes = bytes.dropFirst(written)
        }
    }

    /// A progress line on standard error that rewrites itself (`\r`, clear to
    /// end of line); nil clears it. Only called when standard error is a terminal.
    static func progress(_ message: String?) {
        // (a feed's name is in it, from a file or a server: sanitised like every line)
        let text = "\r\u{1B}[K" + (message.map { "byline: " + TextSafety.replacing(in: $0) } ?? "")
        _ = text.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
    }

    static func fail(_ error: CommandLineError) -> Never {
        line(error.description)
        exit(error.exitStatus)
    }
}
