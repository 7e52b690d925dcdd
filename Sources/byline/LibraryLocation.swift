import BylineKit
import BylineStore
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
        let userLibrary = BylineDirectories(environment: environment).data.path
        if fm.fileExists(atPath: userLibrary, isDirectory: &isFolder), isFolder.boolValue { return [userLibrary] }
        throw CommandLineError.usage("no articles to open: pass a PATH (an article file or a folder), or create ./Articles or \(userLibrary)")
    }

    /// Every article under `paths`; a PATH that does not exist is a usage error.
    @Sendable static func reportProgress(done: Int, total: Int) {
        guard total >= 200 else { return }
        Diagnostics.progress("parsing \(done) of \(total) articles")
    }

    /// Parsing runs on every core; when standard error is a terminal, a progress
    /// line shows how far it has got (and is cleared at the end).
    static func load(_ paths: [String], sieves: Set<SpeakerSieve> = SpeakerSieve.all) throws -> ArticleLibrary {
        let showProgress = isatty(STDERR_FILENO) == 1
        let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? reportProgress : nil
        do {
            let library = try ArticleLibrary.load(paths: paths, sieves: sieves, progress: progress)
            if showProgress { Diagnostics.progress(nil) }
            return library
        } catch {
            throw CommandLineError.usage(error.description)
        }
    }

    /// The library through the store: digests from the parse cache under
    /// $XDG_CACHE_HOME/byline (files not cached, or changed, are parsed on
    /// every core and cached), bodies read when needed. `cache: false` parses
    /// everything in memory, as `load` does.
    static func loadDigests(_ paths: [String], cache: Bool = true, keepTexts: Bool = true,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LoadedLibrary {
        let showProgress = isatty(STDERR_FILENO) == 1
        let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? reportProgress : nil
        let store = Self.store(cache: cache, environment: environment)
        do {
            let library = try store.load(paths: paths, progress: progress, keepTexts: keepTexts)
            if showProgress, library.parsedCount >= 200 { Diagnostics.progress(nil) }
            return library
        } catch {
            throw CommandLineError.usage(error.description)
        }
    }

    /// The parse cache under $XDG_CACHE_HOME/byline, or none (`--no-cache`).
    static func store(cache: Bool, environment: [String: String]) -> LibraryStore {
        cache ? LibraryStore.standard(environment: environment) : LibraryStore(cacheDirectory: nil)
    }

    /// The reading state under $XDG_STATE_HOME/byline, its notes (a database
    /// set aside) reported; nil, with a note, when it cannot be opened.
    static func readingState(environment: [String: String] = ProcessInfo.processInfo.environment) -> ReadingState? {
        do {
            let state = try ReadingState.standard(environment: environment)
            for note in state.notes { Diagnostics.line(note) }
            return state
        } catch {
            Diagnostics.line(error.description)
            return nil
        }
    }
}
