import BylineKit
import Foundation
@testable import BylineStore

/// A scratch folder per test: a copy of the sample articles, a cache folder
/// and a state folder, removed at the end.
final class StoreScratch {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sampleArticles = packageRoot.appendingPathComponent("Articles").path

    let root: String
    var library: String { root + "/library" }
    var cacheDirectory: String { root + "/cache" }
    var stateDirectory: String { root + "/state" }
    var cachePath: String { cacheDirectory + "/" + LibraryCache.fileName }
    var statePath: String { stateDirectory + "/" + ReadingState.fileName }
    var store: LibraryStore { LibraryStore(cacheDirectory: cacheDirectory) }

    /// With `samples`, the library folder holds a copy of the sample articles.
    init(samples: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        if samples {
            for name in try FileManager.default.contentsOfDirectory(atPath: Self.sampleArticles) {
                try FileManager.default.copyItem(atPath: Self.sampleArticles + "/" + name, toPath: library + "/" + name)
                try setModified(name, Date(timeIntervalSinceNow: -7200))
            }
        }
    }

    private var writes = 0

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func load() throws -> LoadedLibrary { try store.load(paths: [library]) }

    /// Writes an article, dated an hour ago plus a second per write (so the
    /// cache trusts its stamp, and an edit has a new one).
    func write(_ text: String, to name: String) throws {
        try text.write(toFile: library + "/" + name, atomically: false, encoding: .utf8)
        writes += 1
        try setModified(name, Date(timeIntervalSinceNow: -3600 + Double(writes)))
    }

    func setModified(_ name: String, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: library + "/" + name)
    }

    /// Sets a file's modification time `seconds` ahead of what it was (a touch).
    func touch(_ name: String, by seconds: Double = 5) throws {
        let path = library + "/" + name
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        try FileManager.default.setAttributes([.modificationDate: modified.addingTimeInterval(seconds)], ofItemAtPath: path)
    }

    /// How many articles the cache holds.
    func cachedCount() throws -> Int {
        let cache = try LibraryCache(path: cachePath)
        return try cache.count()
    }
}

/// A news-like article whose title and words come from `n`.
func syntheticArticle(_ n: Int) -> String {
    let countries = ["France", "Kenya", "Chile", "Japan", "Poland"]
    let people = ["Maria Lopez", "Ahmed Haddad", "Olena Kovalenko", "Kenji Morita"]
    let country = countries[n % countries.count], person = people[n % people.count]
    return """
        Title: Report \(n) on \(country)

        Officials in \(country) met on Monday to discuss report number \(n), the \(n % 7 == 0 ? "harbour" : "railway") plan.

        "We will not give up on the plan," \(person) said after the meeting, adding that talks would continue.

        The ministry said the budget for item \(n) had been approved.
        """
}
