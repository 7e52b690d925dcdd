import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The article files under the PATHs with their stamps, from the one
/// walker (`ArticleFiles.walk`, which gives each file's `stat`).
enum LibraryScan {
    struct Found {
        var files: [String] = []
        var stamps: [FileStamp?] = []
        var notes: [String] = []
    }

    static func scan(_ paths: [String]) throws(ArticleLibrary.LoadError) -> Found {
        let (entries, notes) = try ArticleFiles.walk(paths)
        return Found(files: entries.map(\.path), stamps: entries.map { FileStamp($0.info) }, notes: notes)
    }
}
