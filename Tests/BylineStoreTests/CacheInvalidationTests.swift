import BylineKit
import Foundation
import GRDB
import Testing
@testable import BylineStore

@Suite("Parse cache: what is parsed again")
struct CacheInvalidationTests {
    @Test func anUnchangedLibraryIsNotParsedTwice() throws {
        let scratch = try StoreScratch()
        let first = try scratch.load()
        #expect(first.parsedCount == 14)
        let second = try scratch.load()
        #expect(second.parsedCount == 0)
        #expect(second.digests == first.digests)
        #expect(second.notes == first.notes)
    }

    @Test func cachedDigestsAndBodiesAreWhatParsingGives() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        let warm = try scratch.load()
        let parsed = try ArticleLibrary.load(paths: [scratch.library])
        #expect(warm.digests.map(\.withoutFileTime) == parsed.articles.map(ArticleDigest.init))
        #expect(warm.digests.allSatisfy { $0.modified != nil }, "the store gives each digest its file's time, the list's date of last resort")
        for i in parsed.articles.indices {
            #expect(try warm.article(at: i) == parsed.articles[i])
        }
    }

    @Test func aTouchedFileIsParsedAgain() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        try scratch.touch("riyadh-talks-afp.txt")
        let library = try scratch.load()
        #expect(library.parsedCount == 1)
        #expect(try scratch.cachedCount() == 14)
    }

    @Test func anEditedFileShowsItsNewText() throws {
        let scratch = try StoreScratch(samples: false)
        try scratch.write(syntheticArticle(1), to: "a.txt")
        try scratch.write(syntheticArticle(2), to: "b.txt")
        #expect(try scratch.load().digests.map(\.title) == ["Report 1 on Kenya", "Report 2 on Chile"])
        // same size: only the content and the modification time differ
        try scratch.write(syntheticArticle(1).replacingOccurrences(of: "Kenya", with: "Italy"), to: "a.txt")
        let library = try scratch.load()
        #expect(library.parsedCount == 1)
        #expect(library.digests.map(\.title) == ["Report 1 on Italy", "Report 2 on Chile"])
        #expect(try library.article(at: 0).paragraphs.contains { $0.text.contains("Officials in Italy") })
        #expect(try library.matches(LibraryQuery.parse("country:kenya")).isEmpty)
        #expect(try library.matches(LibraryQuery.parse("italy")) == [0])
    }

    @Test func aFileChangedJustNowIsParsedAgainNextTime() throws {
        let scratch = try StoreScratch(samples: false)
        try scratch.write(syntheticArticle(1), to: "a.txt")
        try scratch.setModified("a.txt", Date())
        // its stamp may not yet tell a later edit apart: it is not trusted
        _ = try scratch.load()
        #expect(try scratch.load().parsedCount == 1)
        try scratch.setModified("a.txt", Date(timeIntervalSinceNow: -60))
        _ = try scratch.load()
        #expect(try scratch.load().parsedCount == 0)
    }

    @Test func aDeletedFileIsDroppedFromTheCache() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        try FileManager.default.removeItem(atPath: scratch.library + "/riyadh-talks-afp.txt")
        let library = try scratch.load()
        #expect(library.count == 13)
        #expect(library.parsedCount == 0)
        #expect(!library.digests.contains { $0.file.hasSuffix("riyadh-talks-afp.txt") })
        #expect(try scratch.cachedCount() == 13)
        #expect(try library.matches(LibraryQuery.parse("Riyadh")).isEmpty)
    }

    @Test func aRenamedFileIsParsedUnderItsNewName() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        try FileManager.default.moveItem(atPath: scratch.library + "/riyadh-talks-afp.txt", toPath: scratch.library + "/zz-riyadh.txt")
        let library = try scratch.load()
        #expect(library.parsedCount == 1)
        #expect(library.digests.last?.file == scratch.library + "/zz-riyadh.txt")
        #expect(try scratch.cachedCount() == 14)
        #expect(try library.matches(LibraryQuery.parse("person:lavrov")) == [13])
    }

    @Test func aNewParserVersionParsesEverythingAgain() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        let queue = try DatabaseQueue(path: scratch.cachePath)
        try queue.write { try $0.execute(sql: "UPDATE article SET parser = parser - 1") }
        try queue.close()
        #expect(try scratch.load().parsedCount == 14)
        #expect(try scratch.load().parsedCount == 0)
    }

    @Test func aFileOutsideTheListedFoldersKeepsItsRow() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        // loading one file of the folder does not drop the others
        let one = try scratch.store.load(paths: [scratch.library + "/riyadh-talks-afp.txt"])
        #expect(one.count == 1 && one.parsedCount == 0)
        #expect(try scratch.cachedCount() == 14)
    }

    @Test func relativeAndAbsolutePathsShareRows() throws {
        let scratch = try StoreScratch()
        _ = try scratch.load()
        let previous = FileManager.default.currentDirectoryPath
        // the key is the absolute path: a ./ or .. in the name changes nothing
        let library = try scratch.store.load(paths: [scratch.root + "/cache/../library/./"])
        #expect(library.parsedCount == 0)
        #expect(FileManager.default.currentDirectoryPath == previous)
    }

    @Test func withoutACacheEverythingIsParsedInMemory() throws {
        let scratch = try StoreScratch()
        let library = try LibraryStore(cacheDirectory: nil).load(paths: [scratch.library])
        #expect(library.parsedCount == 14)
        #expect(!FileManager.default.fileExists(atPath: scratch.cachePath))
        #expect(try library.matches(LibraryQuery.parse("person:lavrov")).count == 1)
        #expect(try library.article(at: 0).title == library.digests[0].title)
    }

    @Test func unreadableAndBinaryFilesAreNotedEveryTime() throws {
        let scratch = try StoreScratch(samples: false)
        try scratch.write(syntheticArticle(1), to: "a.txt")
        try Data([0, 1, 2, 0, 0, 0, 9, 0]).write(to: URL(fileURLWithPath: scratch.library + "/b.txt"))
        for _ in 0..<2 {
            let library = try scratch.load()
            #expect(library.count == 1)
            #expect(library.notes.contains { $0.contains("b.txt: binary file") })
        }
    }

    @Test func loadEventsGiveCachedDigestsFirstThenParsedOnes() throws {
        let scratch = try StoreScratch()
        _ = try scratch.store.load(paths: [scratch.library + "/riyadh-talks-afp.txt"])
        let events = EventLog()
        let library = try scratch.store.load(paths: [scratch.library], events: { events.add($0) })
        let log = events.events
        guard case .listed(let files, let keys, let cached, let bodies) = log.first else { Issue.record("no listing first"); return }
        #expect(files.count == 14)
        #expect(keys == library.keys)
        #expect(cached.compactMap { $0 }.map(\.title) == [library.digests[13].title])
        #expect(try bodies.article(at: 13) == library.article(at: 13))
        #expect(try bodies.article(at: 0) == library.article(at: 0))   // not cached then: parsed from the file
        var parsed = Set<Int>()
        var later = bodies
        for case .parsed(let batch, _, let total) in log.dropFirst() {
            #expect(total == 13)
            for item in batch {
                parsed.insert(item.position)
                #expect(item.digest == library.digests[item.position])
                #expect(item.row != nil, "each parsed article is cached as it is parsed")
                if let row = item.row { later.cached(row: row, at: item.position) }
            }
        }
        #expect(parsed == Set(0..<13))
        // read from the cache now: a file changed on disk since does not change it
        let file = scratch.library + "/" + (files[0] as NSString).lastPathComponent
        try "Title: Changed\n\nNothing here.".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try later.article(at: 0) == library.article(at: 0))
        #expect(try bodies.article(at: 0).title == "Changed")
    }
}

final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [LibraryLoadEvent] = []
    func add(_ e: LibraryLoadEvent) { lock.lock(); list.append(e); lock.unlock() }
    var events: [LibraryLoadEvent] { lock.lock(); defer { lock.unlock() }; return list }
}

extension ArticleDigest {
    /// The digest as parsing gives it, without the file's time the store adds.
    var withoutFileTime: ArticleDigest {
        var digest = self
        digest.modified = nil
        return digest
    }
}
