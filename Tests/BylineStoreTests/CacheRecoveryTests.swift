import BylineKit
import Foundation
import Testing
@testable import BylineStore

@Suite("Parse cache: damage is repaired")
struct CacheRecoveryTests {
    /// After damage, a load says so once, gives the same library as before and
    /// leaves a cache that works.
    func expectRebuilt(_ scratch: StoreScratch, expected: [ArticleDigest]) throws {
        let library = try scratch.load()
        #expect(library.notes.contains { $0.contains("library cache was damaged") }, "\(library.notes)")
        #expect(library.digests == expected)
        #expect(try library.matches(LibraryQuery.parse("riyadh")).count == 1)
        let next = try scratch.load()
        #expect(next.parsedCount == 0)
        #expect(!next.notes.contains { $0.contains("library cache") })
    }

    @Test func aTruncatedCacheIsRebuilt() throws {
        let scratch = try StoreScratch()
        let expected = try scratch.load().digests   // and the cache closed again
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: scratch.cachePath))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size / 2)
        try handle.close()
        try expectRebuilt(scratch, expected: expected)
    }

    @Test func aCacheOfGarbageIsRebuilt() throws {
        let scratch = try StoreScratch()
        let expected = try scratch.load().digests   // and the cache closed again
        let garbage = Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: scratch.cachePath))
        try expectRebuilt(scratch, expected: expected)
    }

    @Test func garbageInsideACachedDigestIsRebuilt() throws {
        let scratch = try StoreScratch()
        let expected = try scratch.load().digests   // and the cache closed again
        let cache = try LibraryCache(path: scratch.cachePath)
        _ = cache   // schema in place
        let queue = try GRDBTestAccess.queue(scratch.cachePath)
        try queue.write { try $0.execute(sql: "UPDATE article SET digest = x'ffffffff' WHERE id = 3") }
        try queue.close()
        try expectRebuilt(scratch, expected: expected)
    }

    @Test func aCacheThatCannotBeWrittenIsDoneWithout() throws {
        let scratch = try StoreScratch()
        // a file where the cache folder should be
        try Data().write(to: URL(fileURLWithPath: scratch.cacheDirectory))
        let library = try scratch.load()
        #expect(library.count == 14)
        #expect(library.notes.contains { $0.contains("cannot use the library cache") })
        #expect(try library.matches(LibraryQuery.parse("riyadh")).count == 1)
    }

    @Test func anArticleWhoseBodyIsGoneIsParsedAgainWhenOpened() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        let library = try scratch.load()
        let queue = try GRDBTestAccess.queue(scratch.cachePath)
        try queue.write { try $0.execute(sql: "DELETE FROM body") }
        try queue.close()
        let expected = try ArticleLibrary.readArticle(at: library.digests[13].file).get()
        #expect(try library.article(at: 13) == expected)
    }
}

import GRDB

enum GRDBTestAccess {
    static func queue(_ path: String) throws -> DatabaseQueue { try DatabaseQueue(path: path) }
}
