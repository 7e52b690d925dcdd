import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one folder walker: the article files under the PATHs, sorted by name
/// within each folder, hidden names and README.md skipped, symlink loops cut
/// (a folder is entered once, by device and inode), an unreadable folder
/// noted and skipped. Each file comes with its `stat`, from one `fstatat` per
/// entry in the open folder: a warm start looks at every file once, and that
/// look is most of its time. A regular file that is no article is not looked at.
public enum ArticleFiles {
    public struct Entry: Sendable {
        public var path: String
        public var info: stat
    }

    public static func walk(_ paths: [String]) throws(ArticleLibrary.LoadError) -> (entries: [Entry], notes: [String]) {
        var entries: [Entry] = [], notes: [String] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { throw .notFound(path) }
            if (info.st_mode & S_IFMT) != S_IFDIR {
                entries.append(Entry(path: path, info: info))
                continue
            }
            var visited = Set<FolderID>()
            collect(folder: path, info: info, into: &entries, notes: &notes, visited: &visited)
        }
        return (entries, notes)
    }

    /// Where `d_name` lies in a `dirent`.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func collect(folder: String, info: stat, into entries: inout [Entry], notes: inout [String], visited: inout Set<FolderID>) {
        guard visited.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
        guard let dir = opendir(folder) else {
            notes.append("\(folder): cannot read folder (permission denied?); skipped")
            return
        }
        defer { closedir(dir) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var names: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            // (the name read where it lies: a record is only as long as its
            // name, so copying `d_name`'s full 256 bytes read past the end
            // of readdir's buffer, as AddressSanitizer showed)
            let bytes = (UnsafeRawPointer(entry) + Self.nameOffset).assumingMemoryBound(to: CChar.self)
            let (name, valid) = String(validatingCString: bytes).map { ($0, true) } ?? (String(cString: bytes), false)
            guard valid else {
                // (a name that is not UTF-8 cannot be opened by the name a String
                // holds: it is said, not dropped in silence)
                if isArticleName(name) || entry.pointee.d_type == UInt8(DT_DIR) {
                    let shown = TextSafety.replacing(in: prefix + name)
                    notes.append("\(shown): its name is not valid UTF-8; skipped (rename it to read it)")
                }
                continue
            }
            if !name.hasPrefix(".") { names.append((name, entry.pointee.d_type)) }
        }
        names.sort { $0.name < $1.name }
        let folderFD = dirfd(dir)
        for (name, type) in names {
            let isArticle = isArticleName(name)
            // a regular file that is no article needs no look (the file system says what it is)
            if type == UInt8(DT_REG) && !isArticle { continue }
            var entryInfo = stat()
            // (looked up in the open folder: one name to resolve, not the whole path)
            guard fstatat(folderFD, name, &entryInfo, 0) == 0 else { continue }
            if (entryInfo.st_mode & S_IFMT) == S_IFDIR {
                collect(folder: prefix + name, info: entryInfo, into: &entries, notes: &notes, visited: &visited)
            } else if isArticle {
                entries.append(Entry(path: prefix + name, info: entryInfo))
            }
        }
    }

    /// An article extension (any case) and not a README.md.
    public static func isArticleName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let ext = name[name.index(after: dot)...].lowercased()
        return ArticleLibrary.articleExtensions.contains(ext) && name.uppercased() != "README.MD"
    }
}
