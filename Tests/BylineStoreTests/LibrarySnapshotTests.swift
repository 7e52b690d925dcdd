import BylineKit
import Foundation
import Testing
@testable import BylineStore

/// The list a start leaves for the next one's first frame, and the articles
/// read from the cache while it is shown.
@Suite("The last start's list")
struct LibrarySnapshotTests {
    @Test func theListComesBackAsItWasLeftForTheSamePathsOnly() throws {
        let scratch = try StoreScratch()
        let library = try scratch.load()
        LibrarySnapshot.write(library, paths: [scratch.library], cacheDirectory: scratch.cacheDirectory)
        let snapshot = try #require(LibrarySnapshot.read(paths: [scratch.library], cacheDirectory: scratch.cacheDirectory))
        #expect(snapshot.keys == library.keys)
        #expect(snapshot.digests.map(\.title) == library.digests.map(\.title))
        #expect(snapshot.digests.map(\.header) == library.digests.map(\.header))
        #expect(snapshot.digests.map(\.file) == library.digests.map(\.file))
        #expect(snapshot.digests.map(\.sortDate) == library.digests.map(\.sortDate), "the list is in the same order")
        // another set of folders has no list yet
        #expect(LibrarySnapshot.read(paths: [scratch.library, scratch.root], cacheDirectory: scratch.cacheDirectory) == nil)
    }

    @Test func aDamagedListIsNone() throws {
        let scratch = try StoreScratch()
        let library = try scratch.load()
        LibrarySnapshot.write(library, paths: [scratch.library], cacheDirectory: scratch.cacheDirectory)
        let path = scratch.cacheDirectory + "/" + LibrarySnapshot.fileName
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        for cut in [0, 5, whole.count / 2, whole.count - 1] {
            try whole.prefix(cut).write(to: URL(fileURLWithPath: path))
            #expect(LibrarySnapshot.read(paths: [scratch.library], cacheDirectory: scratch.cacheDirectory) == nil, "cut at \(cut)")
        }
        try (whole + Data([7])).write(to: URL(fileURLWithPath: path))
        #expect(LibrarySnapshot.read(paths: [scratch.library], cacheDirectory: scratch.cacheDirectory) == nil)
    }

    /// An article opened from the list is the cached one while its file is
    /// as it was parsed, and none (to be parsed) once the file has changed.
    @Test func anArticleComesFromTheCacheOnlyWhileItsFileIsUnchanged() throws {
        let scratch = try StoreScratch()
        let library = try scratch.load()
        let articles = SnapshotArticles(cacheDirectory: scratch.cacheDirectory)
        let i = try #require(library.digests.firstIndex { $0.quoteCount > 0 })
        let file = library.digests[i].file
        #expect(articles.article(key: library.keys[i], file: file) == (try library.article(at: i)))
        try "Title: Changed since\n\nA new text.".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(articles.article(key: library.keys[i], file: file) == nil)
        #expect(SnapshotArticles(cacheDirectory: scratch.root + "/nowhere").article(key: library.keys[i], file: file) == nil)
    }
}
