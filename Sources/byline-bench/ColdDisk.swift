import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The first run after the OS page cache is dropped (as after a reboot):
/// Byline's cold list with an empty cache, the same with `--no-cache`, and
/// newsboat importing the same texts as one Atom feed, in turn in the same
/// run, so that the ratio holds on a machine whose speed drifts. Root only
/// (dropping the page cache is).
enum ColdDisk {
    static func run(folder: URL, count: Int) throws {
        guard geteuid() == 0 else { throw BenchError("--cold-disk drops the page cache, which needs root: run it with sudo") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-cold-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let newsboat = ["/usr/bin/newsboat", "/usr/local/bin/newsboat"].first { FileManager.default.isExecutableFile(atPath: $0) }
        var urls: URL?
        if newsboat != nil {
            let feed = scratch.appendingPathComponent("corpus.xml")
            try atomFeed(of: folder).write(to: feed)
            urls = scratch.appendingPathComponent("urls")
            try "file://\(feed.path)\n".write(to: urls!, atomically: true, encoding: .utf8)
            try "".write(to: scratch.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        }
        WholeProgram.flushWrites()
        let list = ["list", "--query", "country:France", folder.path]
        var byline: [WholeProgram.Run] = [], noCache: [WholeProgram.Run] = [], theirs: [WholeProgram.Run] = []
        for k in 0..<3 {
            let cache = scratch.appendingPathComponent("cache-\(k)"), state = scratch.appendingPathComponent("state")
            try dropPageCache()
            byline.append(try WholeProgram.run(list, environment: ["XDG_CACHE_HOME": cache.path, "XDG_STATE_HOME": state.path]))
            try dropPageCache()
            noCache.append(try WholeProgram.run(["list", "--no-cache", "--query", "country:France", folder.path],
                                                environment: ["XDG_STATE_HOME": state.path]))
            if let newsboat, let urls {
                let db = scratch.appendingPathComponent("newsboat-\(k).db")
                try dropPageCache()
                theirs.append(try WholeProgram.runProgram(newsboat, ["-u", urls.path, "-c", db.path, "-C", scratch.appendingPathComponent("config").path,
                                                                     "-x", "reload"], environment: [:]))
            }
        }
        // the reader's first frame with its cache built, the page cache dropped
        let built = ["XDG_CACHE_HOME": scratch.appendingPathComponent("cache-0").path,
                     "XDG_STATE_HOME": scratch.appendingPathComponent("state").path]
        var frames: [WholeProgram.Run] = [], wholes: [WholeProgram.Run] = []
        for _ in 0..<3 {
            // (the whole library first: it leaves the list the next start shows)
            try dropPageCache()
            wholes.append(try WholeProgram.firstFrame(folder: folder.path, environment: built, repetitions: 1, frame: .wholeLibrary))
            try dropPageCache()
            frames.append(try WholeProgram.firstFrame(folder: folder.path, environment: built, repetitions: 1))
        }
        func line(_ name: String, _ runs: [WholeProgram.Run]) -> String {
            let m = WholeProgram.median(of: runs)
            let all = runs.map { String(format: "%.2f", $0.seconds) }.joined(separator: ", ")
            return String(format: "%@: %.2f s median (%@), peak %.0f MiB", name, m.seconds, all, m.peakMiB)
        }
        print("after a dropped page cache, \(count) articles:")
        print(line("  byline list --query country:France, empty cache", byline))
        print(line("  byline list --no-cache --query country:France", noCache))
        print(line("  the reader's first frame, cache built", frames))
        print(line("  the reader's whole library checked and drawn, cache built", wholes))
        if theirs.isEmpty {
            print("  newsboat is not installed: no ratio (apt-get install newsboat)")
        } else {
            print(line("  newsboat -x reload of the same texts as one Atom feed", theirs))
            let ratio = WholeProgram.median(of: byline).seconds / WholeProgram.median(of: theirs).seconds
            print(String(format: "  byline / newsboat: %.2f (target ≤ 0.66)", ratio))
        }
    }

    static func dropPageCache() throws {
        sync()
        guard let file = fopen("/proc/sys/vm/drop_caches", "w") else { throw BenchError("cannot open /proc/sys/vm/drop_caches (not root, or in a container that forbids it)") }
        fputs("3\n", file)
        fclose(file)
    }

    /// The corpus as one Atom feed: each article's title and its text.
    static func atomFeed(of folder: URL) throws -> Data {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Corpus</title><id>urn:byline-bench</id><updated>2026-01-01T00:00:00Z</updated>\n"
        let files = try ArticleLibrary.articleFiles(in: [folder.path]).files
        for (i, path) in files.enumerated() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let structure = ArticleStructure.parse(text)
            let body = structure.paragraphs.map(\.text).joined(separator: "\n\n")
            out += "<entry><title>\(escape(structure.title))</title><id>urn:a\(i)</id><updated>2026-01-01T00:00:00Z</updated>"
                + "<link href=\"https://bench.example/\(i)\"/><content type=\"text\">\(escape(body))</content></entry>\n"
        }
        return Data((out + "</feed>\n").utf8)
    }
}
