import BylineKit
import Foundation

/// Loads a library through the parse cache: files whose size, modification
/// time and parser version match their cached row are not parsed again (their
/// digests come from the cache); the others are parsed on all cores and
/// written to the cache in batches, one transaction each. Rows of files that
/// are gone from a folder that was listed are dropped.
///
/// A damaged cache is deleted and built again, with a note; a cache that
/// cannot be used at all (no permission, …) is done without, with a note.
public struct LibraryStore: Sendable {
    /// The folder of `library.sqlite`; nil parses everything in memory.
    public var cacheDirectory: String?

    public init(cacheDirectory: String?) {
        self.cacheDirectory = cacheDirectory
    }

    /// The cache under the XDG cache folder (`~/.cache/byline`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> LibraryStore {
        LibraryStore(cacheDirectory: StoreLocation.cacheDirectory(environment: environment))
    }

    public var cachePath: String? { cacheDirectory.map { $0 + "/" + LibraryCache.fileName } }

    /// Every article under `paths` (files, or folders searched recursively).
    /// `progress` is told how many of the files to parse are done (from any
    /// thread); `events` reports the cached digests at once and the parsed
    /// ones as they are written (see `LibraryLoadEvent`). Without a cache,
    /// `keepTexts` keeps each parsed article encoded in memory for opening
    /// and word search; a command that needs neither (`list` with no words
    /// to look for) passes false, and an article it asks for after all is
    /// parsed from its file again.
    public func load(
        paths: [String],
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
        events: (@Sendable (LibraryLoadEvent) -> Void)? = nil,
        keepTexts: Bool = true
    ) throws(ArticleLibrary.LoadError) -> LoadedLibrary {
        // The cache is opened and read on a thread of its own while the
        // folders are scanned: on a warm start the two take about as long.
        let prefetch = cachePath.map { CachePrefetch(path: $0) }
        defer { prefetch?.wait() }
        let scan = try LibraryScan.scan(paths)
        let (files, listNotes) = (scan.files, scan.notes)
        let directory = FileManager.default.currentDirectoryPath
        let keys = files.map { StorePath.absolute($0, relativeTo: directory) }
        let roots = paths.map { StorePath.absolute($0, relativeTo: directory) + "/" }
        var notes = listNotes
        guard let cachePath, let prefetch else {
            var load = LibraryLoad(files: files, keys: keys, stamps: scan.stamps, cache: nil, keepTexts: keepTexts, progress: progress, events: events)
            return load.run(notes: notes)
        }
        // Damage found while opening or reading is repaired by starting again
        // with an empty cache; anything else means going without.
        for attempt in 0..<2 {
            do {
                let (cache, rows) = attempt == 0 ? try prefetch.result() : try CachePrefetch.read(path: cachePath)
                var load = LibraryLoad(files: files, keys: keys, stamps: scan.stamps, cache: cache, progress: progress, events: events)
                let gone = try load.matchCache(rows, roots: roots)
                var library = load.run(notes: notes)
                load.drop(gone, notes: &library.notes)
                return library
            } catch .damaged(let reason) where attempt == 0 {
                LibraryCache.delete(at: cachePath)
                notes.append("\(cachePath): the library cache was damaged (\(reason)); it has been deleted and is being rebuilt")
            } catch {
                let reason = switch error { case .damaged(let r), .unavailable(let r): r }
                notes.append("\(cachePath): cannot use the library cache (\(reason)); articles are parsed without it")
                break
            }
        }
        var load = LibraryLoad(files: files, keys: keys, stamps: scan.stamps, cache: nil, keepTexts: keepTexts, progress: progress, events: events)
        return load.run(notes: notes)
    }
}

/// One load: which files the cache has, parsing the rest, writing them back.
struct LibraryLoad {
    let files: [String]
    let keys: [String]
    let cache: LibraryCache?
    let progress: (@Sendable (Int, Int) -> Void)?
    let events: (@Sendable (LibraryLoadEvent) -> Void)?
    /// Per file: the cached digest and row, when the cache is good for it.
    private var cached: [(digest: ArticleDigest, id: Int64)?] = []
    /// Each file's size and modification time when it was listed (before it is read).
    private let stamps: [FileStamp?]
    /// Without a cache: keep the parsed articles, encoded (see `LibraryStore.load`).
    private let keepTexts: Bool

    init(files: [String], keys: [String], stamps: [FileStamp?], cache: LibraryCache?, keepTexts: Bool = true,
         progress: (@Sendable (Int, Int) -> Void)?, events: (@Sendable (LibraryLoadEvent) -> Void)?) {
        self.keepTexts = keepTexts
        self.files = files
        self.keys = keys
        self.stamps = stamps
        self.cache = cache
        self.progress = progress
        self.events = events
        cached = Array(repeating: nil, count: files.count)
    }

    /// Decodes the digests of the files whose row matches their stamp, in one
    /// pass over the cache; returns the rows of files that are gone from a
    /// listed folder (`roots` end with a slash).
    mutating func matchCache(_ rows: [CachePrefetch.Row], roots: [String]) throws(LibraryCache.OpenError) -> [Int64] {
        guard cache != nil else { return [] }
        // Rows come in the order their files were listed when they were
        // written, which is usually the order they are listed in now: each
        // row is first tried against the file after the last one matched, and
        // only rows out of step are looked up by path (hashing 100,000 paths
        // was a tenth of a warm start).
        var positions: [String: Int]? = nil
        func position(of path: String, after previous: Int) -> Int? {
            if previous + 1 < keys.count && keys[previous + 1] == path { return previous + 1 }
            if positions == nil {
                var table: [String: Int] = [:]
                table.reserveCapacity(keys.count)
                for (i, key) in keys.enumerated() { table[key] = i }
                positions = table
            }
            return positions![path]
        }
        var gone: [Int64] = []
        // The rows that still match their file; decoding them, most of a warm
        // start's work, is spread over the cores.
        var matched: [(position: Int, row: Int)] = []
        matched.reserveCapacity(min(rows.count, keys.count))
        var previous = -1
        // (rows read in place: a copy of each would count references to its path and digest)
        for k in rows.indices {
            guard let i = position(of: rows[k].path, after: previous) else {
                if roots.contains(where: { rows[k].path.hasPrefix($0) }) { gone.append(rows[k].id) }
                continue
            }
            previous = i
            guard stamps[i] == rows[k].stamp, rows[k].parser == ArticleParser.version else { continue }
            matched.append((i, k))
        }
        var decoded = DigestDecoding.decode(matched.map { rows[$0.row].digest }, files: matched.map { files[$0.position] })
        // (moved, not copied: on a throw this load is dropped whole)
        for (k, match) in matched.enumerated() {
            guard var digest = decoded[k].take() else {
                throw LibraryCache.OpenError.damaged("the cached digest of \(keys[match.position]) does not decode")
            }
            digest.modified = rows[match.row].stamp.modifiedSeconds
            cached[match.position] = (digest, rows[match.row].id)
        }
        return gone
    }

    /// Parses what the cache did not have, writes it, and puts the library
    /// together (moving the cached digests into it: run once).
    mutating func run(notes: [String]) -> LoadedLibrary {
        events?(.listed(files: files, keys: keys, cached: cached.map { $0?.digest },
                        bodies: CachedArticles(cache: cache, files: files, ids: cached.map { $0?.id })))
        let misses = files.indices.filter { cached[$0] == nil }
        // only the digests stay: the encoded bodies and texts go once written
        var parsed: [Int: (digest: ArticleDigest?, skipNote: String?)] = [:]
        var ids: [Int: Int64] = [:]
        var bodiesParsed: [Int: Data] = [:]
        var writeNote: String?
        var cache = self.cache
        if !misses.isEmpty {
            let pipeline = ParsePipeline(files: files, keys: keys, stamps: stamps, misses: misses, keepArticles: cache == nil && keepTexts, progress: progress)
            pipeline.start()
            var done = 0
            while let batch = pipeline.next() {
                done += batch.count
                let entries = batch.compactMap { $0.entry }
                if let c = cache, !entries.isEmpty {
                    do {
                        let written = try c.write(entries)
                        var k = 0
                        for p in batch where p.entry != nil { ids[p.position] = written[k]; k += 1 }
                    } catch {
                        writeNote = "\(c.path): cannot write the library cache (\(LibraryCache.classify(error, path: c.path))); articles not cached are parsed again when opened"
                        cache = nil
                    }
                }
                for p in batch {
                    parsed[p.position] = (p.digest, p.skipNote)
                    if let body = p.body { bodiesParsed[p.position] = body }
                }
                events?(.parsed(batch.map { ($0.position, $0.digest, ids[$0.position]) }, done: done, total: misses.count))
            }
            MemoryRelease.returnFreedMemory()
        }
        // Put it together in file order.
        var digests: [ArticleDigest] = []
        var keysKept: [String] = []
        var rowIDs: [Int64?] = []
        var kept: [Data] = []
        var allNotes = notes
        digests.reserveCapacity(files.count)
        for i in files.indices {
            let digest: ArticleDigest
            if let c = cached[i].take() {
                digest = c.digest
                rowIDs.append(c.id)
            } else if let p = parsed[i], let d = p.digest {
                digest = d
                rowIDs.append(ids[i])
                if let body = bodiesParsed[i] { kept.append(body) }
            } else {
                if let note = parsed[i]?.skipNote { allNotes.append(note) }
                continue
            }
            allNotes += digest.notes.map { "\(files[i]): \($0)" }
            digests.append(digest)
            keysKept.append(keys[i])
        }
        if let writeNote { allNotes.append(writeNote) }
        let index: LibraryIndex
        let bodies: LoadedLibrary.Bodies
        if let cache = self.cache, kept.isEmpty {
            var positions: [String: Int] = [:]
            positions.reserveCapacity(rowIDs.count)
            for (i, id) in rowIDs.enumerated() where id != nil { positions[keysKept[i]] = i }
            index = LibraryIndex(digests: digests, textSearch: CachedTextSearch(cache: cache, positions: positions,
                                                                               uncached: rowIDs.count - positions.count))
            bodies = .cache(cache, rowIDs)
        } else {
            // (no cache: the articles are kept encoded, and decoded when one
            // is opened or the first word search builds the word index; or,
            // with no texts kept, read again from their files if asked for)
            let uncached: LoadedLibrary.Bodies = cache == nil && !keepTexts ? .files : .encoded(kept)
            let files = digests.map(\.file)
            index = LibraryIndex(digests: digests) { i in
                // (one that cannot be had stands empty, so that the numbering holds)
                (try? uncached.article(at: i, file: files[i])) ?? Article(file: files[i], title: "", paragraphs: [])
            }
            bodies = uncached
        }
        return LoadedLibrary(digests: digests, keys: keysKept, notes: allNotes, index: index, parsedCount: misses.count, bodies: bodies)
    }

    /// Deletes the rows of files that are gone (deleted or renamed).
    func drop(_ gone: [Int64], notes: inout [String]) {
        guard let cache, !gone.isEmpty else { return }
        do {
            try cache.delete(ids: gone)
        } catch {
            notes.append("\(cache.path): cannot update the library cache (\(LibraryCache.classify(error, path: cache.path)))")
        }
    }
}

/// Encoded digests decoded on every core, in chunks, each chunk sharing its
/// recurring names through a `StringTable` of its own.
enum DigestDecoding {
    /// The digests, in order; nil for one that does not decode.
    static func decode(_ encoded: [Data], files: [String]) -> [ArticleDigest?] {
        ParallelChunks.map(count: encoded.count, chunk: ParallelChunks.chunk(for: encoded.count, perCore: 4, bounds: 256...Int.max)) { range, out in
            var strings = StringTable()
            for i in range { out.append(try? ArticleCoding.decodeDigest(encoded[i], file: files[i], strings: &strings)) }
        }
    }
}

/// The cache opened and its rows read (encoded digests copied out) on a
/// thread of its own, so that a warm start scans the folders meanwhile.
final class CachePrefetch: @unchecked Sendable {
    struct Row {
        var id: Int64
        var path: String
        var stamp: FileStamp
        var parser: Int
        var digest: Data
    }

    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<(LibraryCache, [Row]), LibraryCache.OpenError>?

    init(path: String) {
        let thread = Thread { [self] in
            outcome = Result { () throws(LibraryCache.OpenError) in try Self.read(path: path) }
            done.signal()
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Waits for the read to end (again and again: it is waited for once
    /// more when the load returns, whatever happened).
    func wait() {
        done.wait()
        done.signal()
    }

    func result() throws(LibraryCache.OpenError) -> (LibraryCache, [Row]) {
        wait()
        return try outcome!.get()
    }

    /// Opens the cache at `path` and reads every row.
    static func read(path: String) throws(LibraryCache.OpenError) -> (LibraryCache, [Row]) {
        let cache = try LibraryCache(path: path)
        var rows: [Row] = []
        try cache.forEachRow { id, path, stamp, parser, digest in
            rows.append(Row(id: id, path: path, stamp: stamp, parser: parser, digest: Data(digest)))
        }
        return (cache, rows)
    }
}
