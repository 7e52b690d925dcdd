import BylineKit
import Foundation
import GRDB
import Testing
@testable import BylineStore

@Suite("Reading state")
struct ReadingStateTests {
    @Test func marksAndPositionSurviveReopening() throws {
        let scratch = try StoreScratch(samples: false)
        do {
            let state = try ReadingState(directory: scratch.stateDirectory)
            try state.setRead(true, key: "/news/a.txt")
            #expect(try state.toggleBookmark(key: "/news/b.txt") == true)
            try state.setLastPosition(ReadingPosition(key: "/news/b.txt", paragraph: 4, offset: 17))
        }
        let reopened = try ReadingState(directory: scratch.stateDirectory)
        #expect(reopened.notes.isEmpty)
        #expect(reopened.mark(for: "/news/a.txt") == ArticleMark(read: true, bookmarked: false))
        #expect(reopened.mark(for: "/news/b.txt") == ArticleMark(read: false, bookmarked: true))
        #expect(reopened.mark(for: "/news/c.txt") == ArticleMark())
        #expect(reopened.lastPosition() == ReadingPosition(key: "/news/b.txt", paragraph: 4, offset: 17))
    }

    @Test func manyArticlesAreMarkedReadAtOnceKeepingTheirBookmarks() throws {
        let scratch = try StoreScratch(samples: false)
        let state = try ReadingState(directory: scratch.stateDirectory)
        try state.setBookmarked(true, key: "/b")
        try state.setRead(true, keys: ["/a", "/b", "/c"])
        #expect(state.mark(for: "/a") == ArticleMark(read: true, bookmarked: false))
        #expect(state.mark(for: "/b") == ArticleMark(read: true, bookmarked: true))
        #expect(state.mark(for: "/c").read)
    }

    @Test func togglesFlipAndReportTheNewValue() throws {
        let scratch = try StoreScratch(samples: false)
        let state = try ReadingState(directory: scratch.stateDirectory)
        #expect(try state.toggleRead(key: "/a") == true)
        #expect(try state.toggleRead(key: "/a") == false)
        #expect(try state.toggleBookmark(key: "/a") == true)
        #expect(state.mark(for: "/a") == ArticleMark(read: false, bookmarked: true))
        #expect(try state.toggleBookmark(key: "/a") == false)
        try state.setLastPosition(ReadingPosition(key: "/a", paragraph: 1))
        try state.setLastPosition(ReadingPosition(key: "/b", paragraph: 2))
        #expect(state.lastPosition() == ReadingPosition(key: "/b", paragraph: 2))
    }

    @Test func isUnreadAndIsBookmarkedFollowTheState() throws {
        let scratch = try StoreScratch()
        let library = try scratch.load()
        let state = try ReadingState(directory: scratch.stateDirectory)
        try state.setRead(true, key: library.keys[0])
        try state.setRead(true, key: library.keys[2])
        try state.setBookmarked(true, key: library.keys[2])
        try state.setBookmarked(true, key: library.keys[5])
        let marks = try library.markSets(from: state)
        #expect(try library.matches(LibraryQuery.parse("is:bookmarked"), marks: marks) == [2, 5])
        #expect(try library.matches(LibraryQuery.parse("is:read"), marks: marks) == [0, 2])
        #expect(try library.matches(LibraryQuery.parse("is:unread"), marks: marks) == Array(0..<14).filter { $0 != 0 && $0 != 2 })
        #expect(try library.matches(LibraryQuery.parse("is:unread is:bookmarked"), marks: marks) == [5])
        #expect(try library.matches(LibraryQuery.parse("-is:bookmarked"), marks: marks).count == 12)
        #expect(try library.matches(LibraryQuery.parse("is:bookmarked,read"), marks: marks) == [0, 2, 5])
        // without marks, every article is unread and none bookmarked
        #expect(try library.matches(LibraryQuery.parse("is:unread")).count == 14)
    }

    @Test func aGarbageStateFileIsSetAsideAndReported() throws {
        let scratch = try StoreScratch(samples: false)
        try FileManager.default.createDirectory(atPath: scratch.stateDirectory, withIntermediateDirectories: true)
        let garbage = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try garbage.write(to: URL(fileURLWithPath: scratch.statePath))
        let state = try ReadingState(directory: scratch.stateDirectory)
        #expect(state.notes.count == 1)
        #expect(state.notes.first?.contains("damaged") == true)
        let aside = try FileManager.default.contentsOfDirectory(atPath: scratch.stateDirectory).filter { $0.hasPrefix("state.sqlite.damaged-") }
        #expect(aside.count == 1)
        // the damaged file is kept byte for byte, and the new state works
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.stateDirectory + "/" + aside[0])) == garbage)
        try state.setBookmarked(true, key: "/a")
        #expect(try ReadingState(directory: scratch.stateDirectory).mark(for: "/a").bookmarked)
    }

    @Test func aTruncatedStateFileIsSetAside() throws {
        let scratch = try StoreScratch(samples: false)
        do {
            let state = try ReadingState(directory: scratch.stateDirectory)
            for i in 0..<3000 { try state.setRead(true, key: "/news/article-\(i)-with-a-long-name.txt") }
        }
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: scratch.statePath))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size / 3)
        try handle.close()
        let state = try ReadingState(directory: scratch.stateDirectory)
        #expect(state.notes.first?.contains("damaged") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.stateDirectory).contains { $0.hasPrefix("state.sqlite.damaged-") })
    }

    @Test func aStateFromANewerBylineIsSetAsideNotOverwritten() throws {
        let scratch = try StoreScratch(samples: false)
        do {
            let state = try ReadingState(directory: scratch.stateDirectory)
            try state.setBookmarked(true, key: "/a")
        }
        let queue = try DatabaseQueue(path: scratch.statePath)
        try queue.write { try $0.execute(sql: "PRAGMA user_version = \(ReadingState.schemaVersion + 1)") }
        try queue.close()
        let state = try ReadingState(directory: scratch.stateDirectory)
        #expect(state.notes.first?.contains("newer") == true)
        #expect(state.mark(for: "/a") == ArticleMark())
        let aside = try FileManager.default.contentsOfDirectory(atPath: scratch.stateDirectory).filter { $0.hasPrefix("state.sqlite.newer-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
        #expect(aside.count == 1)
        let kept = try DatabaseQueue(path: scratch.stateDirectory + "/" + aside[0])
        #expect(try kept.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == ReadingState.schemaVersion + 1)
        #expect(try kept.read { try Bool.fetchOne($0, sql: "SELECT bookmarked FROM mark WHERE path = '/a'") } == true)
    }
}

/// The state database's schema comes from a migrator; files from before it keep their marks.
@Suite("Reading state migrations")
struct ReadingStateMigrationTests {
    @Test func aDatabaseFromBeforeTheMigratorKeepsItsMarks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-migrate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("state.sqlite").path
        // what an older Byline wrote: the tables, a mark, version 1, no migration record
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(sql: """
                CREATE TABLE mark (path TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0, bookmarked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
                CREATE TABLE position (id INTEGER PRIMARY KEY CHECK (id = 1), path TEXT NOT NULL, paragraph INTEGER NOT NULL, offset INTEGER NOT NULL);
                INSERT INTO mark VALUES ('/news/a.txt', 1, 1);
                PRAGMA user_version = 1;
                """)
        }
        try old.close()
        let state = try ReadingState(path: path)
        #expect(state.notes.isEmpty, "not set aside: \(state.notes)")
        #expect(try state.marks() == ["/news/a.txt": ArticleMark(read: true, bookmarked: true)])
        let applied = try DatabaseQueue(path: path).read { db in try ReadingState.migrator.appliedMigrations(db) }
        #expect(applied == ["v1: marks and the last position", "v2: remembered settings"])
    }

    @Test func theThemeChosenLastIsRememberedAndTheFormatStaysOne() throws {
        let scratch = try StoreScratch(samples: false)
        do {
            let state = try ReadingState(directory: scratch.stateDirectory)
            #expect(state.rememberedTheme() == nil)
            try state.rememberTheme("high-contrast")
            try state.rememberTheme("light")
        }
        let reopened = try ReadingState(directory: scratch.stateDirectory)
        #expect(reopened.rememberedTheme() == "light")
        #expect(ReadingState.schemaVersion == 1, "a table more: an older Byline still reads its marks")
    }

    /// An intact state database that cannot be written (the file, or its
    /// folder) is read, never set aside: every mark shows, nothing is saved,
    /// and the file is byte for byte as it was.
    @Test(arguments: [nil, true, false])
    func aReadOnlyDatabaseIsReadAndLeftUntouched(folderReadOnly: Bool?) throws {
        // (nil: the database is opened as one that cannot be written; the modes
        // are tried only when not root, for root writes whatever they say)
        if folderReadOnly != nil, getuid() == 0 { return }
        let scratch = try StoreScratch(samples: false)
        let path = scratch.stateDirectory + "/" + ReadingState.fileName
        do {
            let state = try ReadingState(directory: scratch.stateDirectory)
            try state.setRead(true, key: "/news/a.txt")
            try state.setBookmarked(true, key: "/news/b.txt")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let listing = try FileManager.default.contentsOfDirectory(atPath: scratch.stateDirectory).sorted()
        if let folderReadOnly {
            chmod(path, 0o444)
            if folderReadOnly { chmod(scratch.stateDirectory, 0o555) }
        }
        defer {
            chmod(scratch.stateDirectory, 0o755)
            chmod(path, 0o644)
        }
        let state = try ReadingState(path: path, writable: folderReadOnly == nil ? false : nil)
        #expect(state.isReadOnly)
        #expect(state.notes.contains { $0.contains("read-only: marks are shown but not saved this session") })
        #expect(try state.marks() == ["/news/a.txt": ArticleMark(read: true, bookmarked: false),
                                      "/news/b.txt": ArticleMark(read: false, bookmarked: true)])
        #expect(throws: (any Error).self) { try state.setRead(true, key: "/news/c.txt") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "untouched")
        let after = try FileManager.default.contentsOfDirectory(atPath: scratch.stateDirectory).sorted()
        #expect(after == listing, "nothing set aside: \(listing) then \(after)")
    }

}
