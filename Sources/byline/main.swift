// The `byline` command: arguments in, one of the subcommands run, and every
// failure turned into one line on standard error and a non-zero exit status.
import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

do {
    var command = try Byline.parseAsRoot()
    try command.run()
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
