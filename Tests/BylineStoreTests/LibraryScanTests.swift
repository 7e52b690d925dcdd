import BylineKit
import Foundation
import Testing
@testable import BylineStore

/// Which files of a folder are the library: what a person who points byline
/// at a folder of saved articles expects to see listed, and nothing else.
@Suite("Library scan")
struct LibraryScanTests {
    /// A folder with articles at two depths, things that are not articles,
    /// hidden entries, READMEs, a link to an article and a link back up.
    static func makeFolder() throws -> (root: String, library: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-scan-\(UUID().uuidString)").path
        let library = root + "/library"
        let fm = FileManager.default
        for folder in ["library/2026/11", "library/.git", "library/notes", "elsewhere"] {
            try fm.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for name in ["library/b.txt", "library/a.MD", "library/c.html", "library/photo.jpg", "library/.draft.txt",
                     "library/README.md", "library/2026/README.md", "library/2026/11/z.markdown", "library/2026/11/y.htm",
                     "library/.git/config.txt", "library/notes/todo", "elsewhere/linked.txt"] {
            try "Headline\n\nText.\n".write(toFile: root + "/" + name, atomically: false, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: library + "/2026/11/loop", withDestinationPath: library)
        try fm.createSymbolicLink(atPath: library + "/link.txt", withDestinationPath: root + "/elsewhere/linked.txt")
        return (root, library)
    }

    static let expected = ["2026/11/y.htm", "2026/11/z.markdown", "a.MD", "b.txt", "c.html", "link.txt"]

    @Test func theStoreListsArticlesSortedWithinEachFolder() throws {
        let (root, library) = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try LibraryScan.scan([library])
        #expect(found.files.map { String($0.dropFirst(library.count + 1)) } == Self.expected)
        #expect(found.stamps.allSatisfy { $0 != nil })
        #expect(found.notes.isEmpty)
    }
}
