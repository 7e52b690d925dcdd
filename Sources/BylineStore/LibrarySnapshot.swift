import BylineKit
import Foundation
import GRDB
import Synchronization

/// The list as the reader last had it: each article's key, file, title,
/// header and file time, in file order, for the PATHs it was loaded from.
/// It is kept beside the cache (`list.snapshot`), and the next start draws
/// its first frame from it while the library is read and checked.
///
/// Why: a warm start must look at every file (one `stat` each) and decode
/// every cached digest before it knows the library, which is most of a
/// second at 100,000 articles on two cores. The list the user saw last is
/// almost always the list now, and one small file gives it in a few
/// milliseconds. The checked library replaces it as soon as it is in, so an
/// article added, changed or deleted since is right a moment later; until
/// then names and words are not searchable (the digests have no entities),
/// as while a library is being parsed.
public enum LibrarySnapshot {
    static let fileName = "list.snapshot"
    /// Bumped when what is written changes.
    static let format = 1
    private static let magic = Array("BYLINE-LIST".utf8)

    /// The articles to list, and their keys in the reading state.
    public struct Contents: Sendable, Equatable {
        public var digests: [ArticleDigest]
        public var keys: [String]
    }

    /// The snapshot of `library`, loaded from `paths`, written atomically to
    /// `cacheDirectory` (a failure is no matter: the next start reads the
    /// library as it would without one).
    public static func write(_ library: LoadedLibrary, paths: [String], cacheDirectory: String) {
        var w = BinaryWriter(capacity: 64 + library.digests.count * 160)
        w.int(magic.count)
        for byte in magic { w.int(Int(byte)) }
        w.int(format)
        w.strings(roots(of: paths))
        w.int(library.digests.count)
        for (digest, key) in zip(library.digests, library.keys) {
            w.string(key)
            w.string(digest.file)
            w.string(digest.title)
            w.optionalString(digest.header.title)
            w.optionalString(digest.header.source)
            w.optionalString(digest.header.author)
            w.optionalString(digest.header.date)
            w.optionalString(digest.header.url)
            w.int(digest.modified.map { $0 >= 0 ? Int($0) + 1 : 0 } ?? 0)
        }
        try? w.data.write(to: URL(fileURLWithPath: cacheDirectory + "/" + fileName), options: .atomic)
    }

    /// The snapshot in `cacheDirectory` if it was made for `paths` and reads
    /// whole; nil otherwise.
    public static func read(paths: [String], cacheDirectory: String) -> Contents? {
        guard let data = FileManager.default.contents(atPath: cacheDirectory + "/" + fileName) else { return nil }
        let roots = roots(of: paths)
        return data.withUnsafeBytes { buffer -> Contents? in
            var r = BinaryReader(buffer)
            do {
                guard try r.int() == magic.count else { return nil }
                for byte in magic {
                    guard try r.int() == Int(byte) else { return nil }
                }
                guard try r.int() == format, try r.strings() == roots else { return nil }
                let n = try r.count()
                var strings = StringTable()
                var contents = Contents(digests: [], keys: [])
                contents.digests.reserveCapacity(n)
                contents.keys.reserveCapacity(n)
                for _ in 0..<n {
                    contents.keys.append(try r.string())
                    let file = try r.string(), title = try r.string()
                    let header = ArticleHeader(title: try r.optionalString(), source: try r.optionalString(sharedIn: &strings),
                                               author: try r.optionalString(sharedIn: &strings), date: try r.optionalString(),
                                               url: try r.optionalString())
                    var digest = ArticleDigest(file: file, title: title, header: header)
                    let modified = try r.int()
                    digest.modified = modified > 0 ? Int64(modified - 1) : nil
                    contents.digests.append(digest)
                }
                return r.isAtEnd ? contents : nil
            } catch {
                return nil
            }
        }
    }

    /// The PATHs as the store keys them (absolute, standard).
    private static func roots(of paths: [String]) -> [String] {
        let directory = FileManager.default.currentDirectoryPath
        return paths.map { StorePath.absolute($0, relativeTo: directory) }
    }
}

/// Whole articles read from the cache while the last start's list is shown,
/// before the load has opened the cache: a read-only connection, opened at
/// the first article asked for. An article is taken only from a row made by
/// this parser from the file as it is now; else (or with no usable cache)
/// nil, and the caller parses the file. (Parsing the first article of a
/// session also sets up the parser's tables, a tenth of a second the first
/// frame would wait for.)
public final class SnapshotArticles: Sendable {
    private let path: String
    private let queue: Mutex<DatabaseQueue??>

    public init(cacheDirectory: String) {
        path = cacheDirectory + "/" + LibraryCache.fileName
        queue = Mutex(nil)
    }

    /// Article `file` (keyed `key` in the cache), if the cache has it as it is now.
    public func article(key: String, file: String) -> Article? {
        guard let stamp = FileStamp(path: file), let queue = openQueue() else { return nil }
        return try? queue.read { db in try LibraryCache.article(path: key, stamp: stamp, file: file, in: db) }
    }

    private func openQueue() -> DatabaseQueue? {
        queue.withLock { queue in
            if let opened = queue { return opened }
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(1)
            let opened = try? DatabaseQueue(path: path, configuration: config)
            queue = .some(opened)
            return opened
        }
    }
}
