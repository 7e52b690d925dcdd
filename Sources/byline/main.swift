// The `byline` command: arguments in, one of the subcommands run, and every
// failure turned into one line on standard error and a non-zero exit status.
import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a parsed command. `feeds add` and `fetch` wait on the network, so
/// they are async; they are awaited here, on a task, while this thread waits.
/// (The program's entry stays synchronous: an async entry hands the main
/// queue to another thread on Linux, and curses on the main thread would no
/// longer be woken by SIGWINCH, so the reader would miss resizes.)
func execute(_ command: inout any ParsableCommand) throws {
    guard let asynchronous = command as? any AsyncParsableCommand else { return try command.run() }
    final class Outcome: @unchecked Sendable { var error: (any Error)? }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    let sendable = UncheckedSendable(asynchronous)
    Task.detached {
        var command = sendable.value
        do { try await command.run() } catch { outcome.error = error }
        done.signal()
    }
    done.wait()
    if let error = outcome.error { throw error }
}

/// (a parsed command is a value of plain fields, handed to the task once)
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

do {
    var command = try Byline.parseAsRoot()
    try execute(&command)
} catch let error as CommandLineError {
    Diagnostics.fail(error)
} catch {
    let code = Byline.exitCode(for: error)
    if code.isSuccess {
        print(Byline.fullMessage(for: error))   // --help, --version
        exit(0)
    }
    if code == .validationFailure {
        Diagnostics.fail(.usage("\(Byline.message(for: error)) (see 'byline --help')"))
    }
    let message = Byline.message(for: error)
    if !message.isEmpty { Diagnostics.line(message) }
    exit(code.rawValue)
}
