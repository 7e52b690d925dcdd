import BylineKit
import Foundation
import GRDB

/// The parse cache, `library.sqlite`: one row per article file keyed by its
/// absolute path, with the file's size and modification time and the parser
/// version that read it; the article's digest (read at every start), its
/// whole parsed form (read when it is opened) and an FTS5 index of its text.
///
/// The text index is built when it is first needed, not while articles are
/// parsed: indexing cost an eighth of a cold load, and most loads (a list by
/// country or person, the reader's first frame) never search for a word.
/// Rows written since are listed in `unindexed`; the first word search
/// (or the reader, in the background, once its library is loaded) indexes
/// them from their stored bodies, a batch per transaction.
///
/// The cache is disposable: it holds nothing that parsing the files again
/// would not give back. WAL mode; writes go in batches, one transaction each.
final class LibraryCache: Sendable {
    /// Bumped when the tables or the binary forms change; a cache of another
    /// version is deleted and built again.
    static let schemaVersion = 4
    static let fileName = "library.sqlite"

    let path: String
    private let queue: DatabaseQueue

    /// What a parse leaves to be written: the file's key and stamp, and the
    /// encoded digest and body.
    struct Entry: Sendable {
        var path: String
        var stamp: FileStamp
        var digest: Data
        var body: Data
    }

    enum OpenError: Error {
        /// The file is not a database, or is damaged: delete it and start again.
        case damaged(String)
        /// The cache cannot be used here (no permission, disk full, …).
        case unavailable(String)
    }

    /// Opens (creating when missing) the cache at `path`. A cache of another
    /// schema version is replaced; a damaged one throws `.damaged`.
    init(path: String) throws(OpenError) {
        self.path = path
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(10)
        config.label = "library cache"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            queue = try DatabaseQueue(path: path, configuration: config)
            let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            if version != Self.schemaVersion {
                try queue.writeWithoutTransaction { db in
                    try db.inTransaction {
                        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'") {
                            try db.execute(sql: "DROP TABLE IF EXISTS \"\(table)\"")
                        }
                        try db.execute(sql: """
                            CREATE TABLE article (
                                id INTEGER PRIMARY KEY,
                                path TEXT NOT NULL UNIQUE,
                                size INTEGER NOT NULL,
                                modified INTEGER NOT NULL,
                                parser INTEGER NOT NULL,
                                digest BLOB NOT NULL);
                            CREATE TABLE body (id INTEGER PRIMARY KEY, article BLOB NOT NULL);
                            CREATE VIRTUAL TABLE search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
                            CREATE TABLE unindexed (id INTEGER PRIMARY KEY);
                            PRAGMA user_version = \(Self.schemaVersion);
                            """)
                        return .commit
                    }
                }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// Damage (not a database, malformed pages, a digest that does not decode)
    /// against everything else.
    static func classify(_ error: any Error, path: String) -> OpenError {
        if let e = error as? OpenError { return e }
        if error is BinaryReader.Malformed { return .damaged("a cached article does not decode") }
        if let e = error as? DatabaseError {
            if e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB { return .damaged(e.message ?? "\(e.resultCode)") }
            return .unavailable(e.message ?? "\(e.resultCode)")
        }
        return .unavailable("\(error)")
    }

    /// Deletes the cache files (database, WAL and shared-memory index).
    static func delete(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    // MARK: Reading

    /// Every cached row, one at a time, in no particular order: its id, path,
    /// stamp, parser version and encoded digest (valid only during the call,
    /// so 100,000 digests are never held encoded and decoded at once).
    func forEachRow(_ body: (_ id: Int64, _ path: String, _ stamp: FileStamp, _ parser: Int, _ digest: Data) throws -> Void) throws(OpenError) {
        do {
            try queue.read { db in
                let cursor = try GRDB.Row.fetchCursor(db, sql: "SELECT id, path, size, modified, parser, digest FROM article")
                while let row = try cursor.next() {
                    try row.withUnsafeData(atIndex: 5) { digest in
                        try body(row[0], row[1], FileStamp(size: row[2], modified: row[3]), row[4], digest ?? Data())
                    }
                }
            }
        } catch {
            throw Self.classify(error, path: path)
        }
    }

    /// How many articles are cached.
    func count() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// The whole parsed article of row `id`, nil when the row is gone.
    func body(id: Int64, file: String) throws -> Article? {
        let data = try queue.read { db in try Data.fetchOne(db, sql: "SELECT article FROM body WHERE id = ?", arguments: [id]) }
        guard let data else { return nil }
        return try ArticleCoding.decodeArticle(data, file: file)
    }

    /// The whole article cached for `path`, if its row was made by this
    /// parser from the file as it is now (`stamp`); nil otherwise, a cache of
    /// another schema included. Read on a connection of the caller's own
    /// (`SnapshotArticles`, before the load has opened the cache).
    static func article(path: String, stamp: FileStamp, file: String, in db: Database) throws -> Article? {
        guard try Int.fetchOne(db, sql: "PRAGMA user_version") == schemaVersion else { return nil }
        let data = try Data.fetchOne(db, sql: """
            SELECT body.article FROM article JOIN body ON body.id = article.id
            WHERE article.path = ? AND article.size = ? AND article.modified = ? AND article.parser = ?
            """, arguments: [path, stamp.size, stamp.modified, ArticleParser.version])
        return try data.map { try ArticleCoding.decodeArticle($0, file: file) }
    }

    /// The paths of the articles whose text holds `words` one after another
    /// (FTS5 phrase match), once every row is indexed. Paths, not row ids:
    /// another Byline process may have cached a file again since this one
    /// loaded (a new row for the same path), and its words are found all the
    /// same.
    func pathsContaining(words: [String]) throws -> [String] {
        try indexPending()
        let phrase = "\"" + words.joined(separator: " ") + "\""
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT article.path FROM search JOIN article ON article.id = search.rowid WHERE search MATCH ?",
                                arguments: [phrase])
        }
    }

    // MARK: Writing

    /// Writes `entries` in one transaction and returns their new row ids, in
    /// order.
    func write(_ entries: [Entry]) throws -> [Int64] {
        try queue.writeWithoutTransaction { db in
            var ids: [Int64] = []
            ids.reserveCapacity(entries.count)
            try db.inTransaction {
                let findArticle = try db.cachedStatement(sql: "SELECT id FROM article WHERE path = ?")
                let insertArticle = try db.cachedStatement(sql: "INSERT INTO article (path, size, modified, parser, digest) VALUES (?, ?, ?, ?, ?)")
                let insertBody = try db.cachedStatement(sql: "INSERT INTO body (id, article) VALUES (?, ?)")
                let markUnindexed = try db.cachedStatement(sql: "INSERT INTO unindexed (id) VALUES (?)")
                for entry in entries {
                    // a changed file: its old row goes in the same transaction
                    if let old = try Int64.fetchOne(findArticle, arguments: [entry.path]) { try Self.deleteRow(old, db) }
                    try insertArticle.execute(arguments: [entry.path, entry.stamp.size, entry.stamp.modified, ArticleParser.version, entry.digest])
                    let id = db.lastInsertedRowID
                    try insertBody.execute(arguments: [id, entry.body])
                    try markUnindexed.execute(arguments: [id])
                    ids.append(id)
                }
                return .commit
            }
            return ids
        }
    }

    /// Deletes rows (files that are gone), in one transaction.
    func delete(ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        try queue.writeWithoutTransaction { db in
            try db.inTransaction {
                for id in ids { try Self.deleteRow(id, db) }
                return .commit
            }
        }
    }

    private static func deleteRow(_ id: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM body WHERE id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM search WHERE rowid = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM unindexed WHERE id = ?", arguments: [id])
    }

    // MARK: The text index

    /// Whether some rows are not in the text index yet.
    func hasUnindexed() throws -> Bool {
        try queue.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM unindexed)") ?? false }
    }

    /// Puts every row written since the last call into the text index, from
    /// its stored body, `batch` rows per transaction: bodies are decoded on
    /// every core, then written. A row deleted meanwhile is skipped; one whose
    /// body does not decode is left out of the index (its file is parsed
    /// again when opened). Returns how many rows were indexed.
    @discardableResult
    func indexPending(batch: Int = 512, until stop: () -> Bool = { false }) throws -> Int {
        var total = 0
        while !stop() {
            let pending = try queue.read { db in
                try GRDB.Row.fetchAll(db, sql: """
                    SELECT unindexed.id, body.article FROM unindexed JOIN body ON body.id = unindexed.id
                    ORDER BY unindexed.id LIMIT ?
                    """, arguments: [batch]).map { (id: $0[0] as Int64, body: $0[1] as Data) }
            }
            if pending.isEmpty {
                // rows whose body is gone have nothing to index (written only
                // when there are such rows: every word search comes here)
                if try hasUnindexed() { try queue.write { db in try db.execute(sql: "DELETE FROM unindexed") } }
                return total
            }
            let texts = ParallelChunks.map(count: pending.count, chunk: ParallelChunks.chunk(for: pending.count, perCore: 4, bounds: 16...Int.max)) { range, out in
                // the words folded as the in-memory search folds them (case,
                // accents, ligatures: `ﬂoor` is `floor`), so both find the same
                for i in range {
                    out.append((try? ArticleCoding.decodeArticle(pending[i].body, file: "")).map {
                        InMemoryTextSearch.foldedWords(of: $0).joined(separator: " ")
                    })
                }
            }
            try queue.writeWithoutTransaction { db in
                try db.inTransaction {
                    let insertText = try db.cachedStatement(sql: "INSERT INTO search (rowid, text) VALUES (?, ?)")
                    let done = try db.cachedStatement(sql: "DELETE FROM unindexed WHERE id = ?")
                    for (k, row) in pending.enumerated() {
                        // indexed only if still listed: not deleted or indexed by another process meanwhile
                        try done.execute(arguments: [row.id])
                        guard db.changesCount > 0 else { continue }
                        if let text = texts[k] { try insertText.execute(arguments: [row.id, text]) }
                    }
                    return .commit
                }
            }
            total += pending.count
        }
        return total
    }
}
