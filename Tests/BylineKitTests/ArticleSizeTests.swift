import BylineKit
import Foundation
import Testing

/// A file far larger than any article is skipped with a note, and no more of
/// it than the limit is read.
@Suite struct ArticleSizeTests {
    @Test func aFileLargerThanTheLimitIsSkippedWithANote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-size-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("huge.txt").path
        // a sparse file: large, but nothing written to disk
        FileManager.default.createFile(atPath: huge, contents: Data("Title: Huge\n\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: UInt64(ArticleLibrary.maxArticleBytes) + 4096)
        try handle.close()
        try "Title: Small\n\nThe pier in Tallinn reopened.\n".write(toFile: folder.appendingPathComponent("small.txt").path, atomically: true, encoding: .utf8)

        let library = try ArticleLibrary.load(paths: [folder.path])
        #expect(library.articles.map(\.title) == ["Small"])
        #expect(library.notes.contains("\(huge): larger than the 16 MB Byline reads as one article; skipped (split it into articles to read it)"),
                "\(library.notes)")
    }
}
