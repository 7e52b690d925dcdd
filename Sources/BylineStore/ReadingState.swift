import BylineKit
import Foundation
import GRDB

/// Where the reader was: the open article (by its key, the absolute path that
/// `LoadedLibrary.keys` holds), the paragraph at the top of the reading pane
/// and an offset (Unicode scalars) within it, so a new width keeps the place.
public struct ReadingPosition: Sendable, Equatable {
    public var key: String
    public var paragraph: Int
    public var offset: Int

    public init(key: String, paragraph: Int, offset: Int = 0) {
        self.key = key
        self.paragraph = paragraph
        self.offset = offset
    }
}

/// The reading state that lasts, `state.sqlite` under `$XDG_STATE_HOME/byline`:
/// read marks, bookmarks and the last position. Every change is its own
/// transaction (WAL, synchronous = FULL), so once a call returns the change
/// survives a `kill -9` or a power cut.
///
/// A damaged database, or one written by a newer Byline, is never dropped or
/// overwritten: it is moved aside (`state.sqlite.damaged-<time>` or
/// `state.sqlite.newer-<time>`, with its WAL) and `notes` says so.
public final class ReadingState: Sendable {
    public static let fileName = "state.sqlite"
    public static let schemaVersion = 1

    public let path: String
    /// What happened while opening (a database set aside, a read-only one),
    /// one line each.
    public let notes: [String]
    /// The database could only be read (the file or its folder is not
    /// writable): every mark shows, none is saved this session.
    public let isReadOnly: Bool
    private let queue: DatabaseQueue
    /// The folder of the copy a read-only database is read from, removed with this.
    private let readCopy: URL?

    public struct OpenError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Opens (creating when missing) the state database in `directory`.
    public convenience init(directory: String) throws(OpenError) {
        try self.init(path: directory + "/" + Self.fileName)
    }

    /// The state under the XDG state folder (`~/.local/state/byline`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) throws(OpenError) -> ReadingState {
        guard let directory = StoreLocation.stateDirectory(environment: environment) else {
            throw OpenError(description: "no place for the reading state: set HOME or XDG_STATE_HOME")
        }
        return try ReadingState(directory: directory)
    }

    /// `writable` nil: whether the file and its folder can be written is
    /// asked of the system (`access`); a test says it (as root every file is
    /// writable whatever its mode).
    public init(path: String, writable: Bool? = nil) throws(OpenError) {
        self.path = path
        var notes: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        } catch {
            throw OpenError(description: "\(path): cannot create its folder (\(error.localizedDescription))")
        }
        // an intact database that cannot be written is read, never set aside
        let exists = FileManager.default.fileExists(atPath: path)
        let folder = (path as NSString).deletingLastPathComponent
        let canWrite = writable ?? (access(path, W_OK) == 0 && access(folder, W_OK) == 0)
        if exists, !canWrite {
            // read from a copy: SQLite reading a WAL database in place wants
            // to make its index beside it, which a read-only folder refuses
            // and a writable one would get; the original is left as it is
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("byline-state-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
                for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
                    try FileManager.default.copyItem(atPath: path + suffix, toPath: copy.path + "/" + Self.fileName + suffix)
                }
                let copied = copy.path + "/" + Self.fileName
                guard case .good = Self.check(copied) else {
                    throw OpenError(description: "\(path): the reading state cannot be read and cannot be written; it is left as it is")
                }
                queue = try DatabaseQueue(path: copied, configuration: Self.readOnlyConfiguration())
                _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mark") }
            } catch let error as OpenError {
                try? FileManager.default.removeItem(at: copy)
                throw error
            } catch {
                try? FileManager.default.removeItem(at: copy)
                throw OpenError(description: "\(path): cannot read the reading state (\(error))")
            }
            readCopy = copy
            isReadOnly = true
            self.notes = notes + ["\(path) is read-only: marks are shown but not saved this session"]
            return
        }
        if exists {
            switch Self.check(path) {
            case .good: break
            case .damaged(let reason):
                let aside = try Self.setAside(path, as: "damaged")
                notes.append("\(path): the reading state was damaged (\(reason)); it was moved to \(aside) and a new one started")
            case .newer(let version):
                let aside = try Self.setAside(path, as: "newer")
                notes.append("\(path): the reading state was written by a newer Byline (format \(version), this one reads \(Self.schemaVersion)); it was moved to \(aside) and a new one started")
            }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.configuration())
            try Self.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = \(Self.schemaVersion)") }
        } catch {
            throw OpenError(description: "\(path): cannot open the reading state (\(error))")
        }
        self.notes = notes
        isReadOnly = false
        readCopy = nil
    }

    deinit {
        if let readCopy {
            try? queue.close()
            try? FileManager.default.removeItem(at: readCopy)
        }
    }

    /// The state database's schema, one migration per change. (The first
    /// creates its tables only when missing: databases from before the
    /// migrator already have them.) `user_version` still says which Byline
    /// wrote the file, so an older one sets a newer file aside untouched.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: marks and the last position") { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS mark (
                    path TEXT PRIMARY KEY,
                    read INTEGER NOT NULL DEFAULT 0,
                    bookmarked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS position (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    path TEXT NOT NULL,
                    paragraph INTEGER NOT NULL,
                    offset INTEGER NOT NULL);
                """)
        }
        // (a table more needs no new format: an older Byline reads its marks
        // and position as before and leaves this table alone)
        migrator.registerMigration("v2: remembered settings") { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        }
        return migrator
    }()

    private static func configuration() -> Configuration {
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(10)
        config.label = "reading state"
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        return config
    }

    /// Reading only: no journal mode is set, nothing is written, not even
    /// the WAL's index (`immutable` is not needed: SQLite reads a WAL
    /// database read-only when its `-shm` cannot be made).
    private static func readOnlyConfiguration() -> Configuration {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        config.label = "reading state (read-only)"
        return config
    }

    private enum Health { case good, damaged(String), newer(Int) }

    /// Opens the existing file read-only and checks it: a database, intact,
    /// of a version we read. (Read-only: a file set aside afterwards is byte
    /// for byte as it was found.)
    private static func check(_ path: String) -> Health {
        do {
            let queue = try DatabaseQueue(path: path, configuration: readOnlyConfiguration())
            defer { try? queue.close() }
            return try queue.read { db in
                let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard result == ["ok"] else { return .damaged(result.prefix(3).joined(separator: "; ")) }
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                return version > schemaVersion ? .newer(version) : .good
            }
        } catch let error as DatabaseError {
            return .damaged(error.message ?? "\(error.resultCode)")
        } catch {
            return .damaged("\(error)")
        }
    }

    /// Moves the database (and its WAL and shared-memory files) to a new name
    /// beside it; returns that name.
    private static func setAside(_ path: String, as kind: String) throws(OpenError) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        var aside = "\(path).\(kind)-\(formatter.string(from: Date()))"
        var n = 2
        while FileManager.default.fileExists(atPath: aside) { aside = "\(path).\(kind)-\(formatter.string(from: Date()))-\(n)"; n += 1 }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            guard rename(path + suffix, aside + suffix) == 0 else {
                throw OpenError(description: "\(path): the reading state is unusable and cannot be moved aside (\(String(cString: strerror(errno)))); left as it is")
            }
        }
        return aside
    }

    // MARK: Reading

    /// Every article with a mark, by key. Throws when the database cannot be
    /// read, so that a failure is said rather than shown as "all unread".
    public func marks() throws -> [String: ArticleMark] {
        try queue.read { db in
            var marks: [String: ArticleMark] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, read, bookmarked FROM mark")
            while let row = try rows.next() { marks[row[0]] = ArticleMark(read: row[1], bookmarked: row[2]) }
            return marks
        }
    }

    public func mark(for key: String) -> ArticleMark {
        (try? queue.read { db in
            try Row.fetchOne(db, sql: "SELECT read, bookmarked FROM mark WHERE path = ?", arguments: [key]).map { ArticleMark(read: $0[0], bookmarked: $0[1]) }
        }) ?? ArticleMark()
    }

    public func lastPosition() -> ReadingPosition? {
        try? queue.read { db in
            try Row.fetchOne(db, sql: "SELECT path, paragraph, offset FROM position WHERE id = 1").map {
                ReadingPosition(key: $0[0], paragraph: $0[1], offset: $0[2])
            }
        }
    }

    // MARK: Changing (each its own transaction, durable when the call returns)

    public func setRead(_ read: Bool, key: String) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO mark (path, read) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET read = excluded.read", arguments: [key, read])
        }
    }

    /// Marks many articles at once (`A`), in one transaction.
    public func setRead(_ read: Bool, keys: [String]) throws {
        try queue.write { db in
            let statement = try db.makeStatement(sql: "INSERT INTO mark (path, read) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET read = excluded.read")
            for key in keys { try statement.execute(arguments: [key, read]) }
        }
    }

    public func setBookmarked(_ bookmarked: Bool, key: String) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO mark (path, bookmarked) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET bookmarked = excluded.bookmarked",
                           arguments: [key, bookmarked])
        }
    }

    /// Flips the read mark; returns the new value.
    @discardableResult
    public func toggleRead(key: String) throws -> Bool {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO mark (path, read) VALUES (?, 1) ON CONFLICT(path) DO UPDATE SET read = 1 - read", arguments: [key])
            return try Bool.fetchOne(db, sql: "SELECT read FROM mark WHERE path = ?", arguments: [key]) ?? true
        }
    }

    /// Flips the bookmark; returns the new value.
    @discardableResult
    public func toggleBookmark(key: String) throws -> Bool {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO mark (path, bookmarked) VALUES (?, 1) ON CONFLICT(path) DO UPDATE SET bookmarked = 1 - bookmarked", arguments: [key])
            return try Bool.fetchOne(db, sql: "SELECT bookmarked FROM mark WHERE path = ?", arguments: [key]) ?? true
        }
    }

    /// The theme last chosen with `t`, for the next start.
    public func rememberedTheme() -> String? {
        try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'theme'") }
    }

    public func rememberTheme(_ name: String) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('theme', ?)", arguments: [name])
        }
    }

    public func setLastPosition(_ position: ReadingPosition) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO position (id, path, paragraph, offset) VALUES (1, ?, ?, ?)",
                           arguments: [position.key, position.paragraph, position.offset])
        }
    }
}
