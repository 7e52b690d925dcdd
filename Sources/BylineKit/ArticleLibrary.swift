import Foundation

/// The articles named on the command line: files, or folders searched
/// recursively. A file that cannot be read is reported and skipped, never
/// fatal to the rest.
public struct ArticleLibrary: Sendable {
    public var articles: [Article]
    /// One line per problem met while loading (unreadable file, binary file, …).
    public var notes: [String]

    public init(articles: [Article], notes: [String] = []) {
        self.articles = articles
        self.notes = notes
    }

    /// File extensions taken as articles when a folder is searched.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text", "html", "htm"]

    /// Extensions of HTML pages, read through `HTMLArticleExtractor`.
    public static let htmlExtensions: Set<String> = ["html", "htm"]

    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case notFound(String)

        public var description: String {
            switch self {
            case .notFound(let p): "no such file or folder: \(p) — name an article file or a folder of .txt/.md/.html articles"
            }
        }
    }

    /// The article files under `paths` (`ArticleFiles.walk`), sorted by name within each folder.
    public static func articleFiles(in paths: [String]) throws(LoadError) -> (files: [String], notes: [String]) {
        let (entries, notes) = try ArticleFiles.walk(paths)
        return (entries.map(\.path), notes)
    }

    /// Reads and parses every article under `paths`, on all cores; the order of
    /// the articles is the order of the files. `progress` (if given) is told how
    /// many files are done, from whichever thread finished one.
    /// `sieves`: the speaker rules asked (`ArticleParser.parse`).
    public static func load(paths: [String], sieves: Set<SpeakerSieve> = SpeakerSieve.all,
                            progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) throws(LoadError) -> ArticleLibrary {
        let (files, notes) = try articleFiles(in: paths)
        let results = readArticles(files, sieves: sieves, progress: progress)
        var library = ArticleLibrary(articles: [], notes: notes)
        library.articles.reserveCapacity(files.count)
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let article):
                library.articles.append(article)
                library.notes += article.notes.map { "\(file): \($0)" }
            case .failure(let note):
                library.notes.append(note.message)
            }
        }
        return library
    }

    /// `readArticle` for every file, spread over the cores; results in file order.
    public static func readArticles(_ files: [String], sieves: Set<SpeakerSieve> = SpeakerSieve.all,
                                    progress: (@Sendable (Int, Int) -> Void)? = nil) -> [Result<Article, SkipNote>] {
        let done = Counter()
        return ParallelChunks.map(count: files.count, chunk: ParallelChunks.chunk(for: files.count, perCore: 8, bounds: 1...64)) { range, out in
            for i in range { out.append(readArticle(at: files[i], sieves: sieves)) }
            progress?(done.add(range.count), files.count)
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add(_ n: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += n
            return value
        }
    }

    public struct SkipNote: Error, Sendable { public var message: String }

    /// The largest file read as one article. A news article is a few
    /// kilobytes; parsing holds about twenty-five times a file's size at its
    /// peak, so a file past this would take gigabytes.
    public static let maxArticleBytes = 16 * 1024 * 1024

    /// One file, read and parsed; a file that is unreadable, binary or too
    /// large gives a note. Never more than `maxArticleBytes` + 1 bytes are
    /// read, whatever the file's size.
    public static func readArticle(at path: String, sieves: Set<SpeakerSieve> = SpeakerSieve.all) -> Result<Article, SkipNote> {
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: maxArticleBytes + 1) ?? Data() else {
            return .failure(SkipNote(message: "\(path): cannot read file (permission denied?); skipped"))
        }
        try? handle.close()
        if data.count > maxArticleBytes {
            return .failure(SkipNote(message: "\(path): larger than the \(maxArticleBytes / (1024 * 1024)) MB Byline reads as one article; skipped (split it into articles to read it)"))
        }
        if looksBinary(data) {
            return .failure(SkipNote(message: "\(path): binary file, not an article; skipped"))
        }
        let decoded = ArticleTextDecoder.decode(data)
        let isHTML = htmlExtensions.contains((path as NSString).pathExtension.lowercased())
        let text = isHTML ? HTMLArticleExtractor.extract(decoded.text).articleText() : decoded.text
        var article = ArticleParser.parse(text, file: path, sieves: sieves)
        if let note = decoded.note { article.notes.insert(note, at: 0) }
        return .success(article)
    }

    /// NUL bytes in the first 8 KiB (and no UTF-16 BOM) mean a binary file.
    /// Counted over the bytes in place: iterating `Data` byte by byte goes
    /// through its iterator, which cost as much as a tenth of parsing the file.
    static func looksBinary(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let head = UnsafeRawBufferPointer(rebasing: raw.prefix(8192))
            if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
            var nuls = 0
            for byte in head where byte == 0 { nuls += 1 }
            return nuls > 0 && nuls * 100 > head.count
        }
    }
}
