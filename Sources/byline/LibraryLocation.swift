import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the articles come from: the PATHs given, or the default library.
enum LibraryLocation {
    /// The PATHs to open: those given, else ./Articles, else
    /// $XDG_DATA_HOME/byline (~/.local/share/byline), whichever exists.
    /// A PATH that does not exist, or no default library, is a usage error.
    static func paths(_ given: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        if !given.isEmpty {
            for path in given where !FileManager.default.fileExists(atPath: path) {
                throw CommandLineError.usage("no such file or folder: \(path) (name an article file or a folder of .txt/.md articles)")
            }
            return given
        }
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: "Articles", isDirectory: &isFolder), isFolder.boolValue { return ["Articles"] }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { $0 + "/.local/share" } ?? "")
        let userLibrary = dataHome + "/byline"
        if !dataHome.isEmpty, fm.fileExists(atPath: userLibrary, isDirectory: &isFolder), isFolder.boolValue { return [userLibrary] }
        throw CommandLineError.usage("no articles to open: pass a PATH (an article file or a folder), or create ./Articles or \(userLibrary)")
    }

    /// Every article under `paths`; a PATH that does not exist is a usage error.
    @Sendable static func reportProgress(done: Int, total: Int) {
        guard total >= 200 else { return }
        Diagnostics.progress("parsing \(done) of \(total) articles")
    }

    /// Parsing runs on every core; when standard error is a terminal, a progress
    /// line shows how far it has got (and is cleared at the end).
    static func load(_ paths: [String]) throws -> ArticleLibrary {
        let showProgress = isatty(STDERR_FILENO) == 1
        let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? reportProgress : nil
        do {
            let library = try ArticleLibrary.load(paths: paths, progress: progress)
            if showProgress { Diagnostics.progress(nil) }
            return library
        } catch {
            throw CommandLineError.usage(error.description)
        }
    }
}
