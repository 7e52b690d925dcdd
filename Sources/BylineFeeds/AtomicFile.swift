import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file in the
/// same folder, which is then renamed over the target. Folders are created.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let fm = FileManager.default
        let folder = url.deletingLastPathComponent()
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes a new file only if none of that name exists (the temporary file is
    /// linked into place, which fails when the name is taken). False when it was.
    static func create(_ data: Data, at url: URL) throws -> Bool {
        let fm = FileManager.default
        let folder = url.deletingLastPathComponent()
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        defer { try? fm.removeItem(at: temporary) }
        try data.write(to: temporary)
        if link(temporary.path, url.path) == 0 { return true }
        if errno == EEXIST { return false }
        // a file system without hard links: look, then rename (a race with
        // another writer of the same item can only write the same article)
        if errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == ENOSYS {
            if fm.fileExists(atPath: url.path) { return false }
            if rename(temporary.path, url.path) == 0 { return true }
        }
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
}
