#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs another program (a browser for `o`) in the foreground and waits for
/// it: by argument vector through `posix_spawnp`, never through a shell, with
/// the signals it would inherit as ignored put back to their defaults.
public enum ExternalProgram {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case cannotStart(String, errno: Int32)
        case failed(String, status: Int32)

        public var description: String {
            switch self {
            case .cannotStart(let program, let code):
                "cannot start \(program): \(String(cString: strerror(code))) (is it installed and on PATH? set BROWSER)"
            case .failed(let program, let status):
                "\(program) ended with status \(status)"
            }
        }
    }

    /// Runs `arguments` (the program first) and waits for it to end.
    public static func run(_ arguments: [String]) throws(Failure) {
        guard let program = arguments.first else { return }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, program, nil, &attributes, argv, environ)
        guard code == 0 else { throw .cannotStart(program, errno: code) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        let exitStatus = (status >> 8) & 0xFF
        if !exited || exitStatus != 0 { throw .failed(program, status: exited ? exitStatus : 128 + (status & 0x7F)) }
    }
}
