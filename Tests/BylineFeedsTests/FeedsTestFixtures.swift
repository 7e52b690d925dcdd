import BylineTestSupport
@testable import BylineFeeds
import Foundation

/// The fixture files next to this file.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) -> Data {
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()
    }

    static func text(_ name: String) -> String {
        String(decoding: data(name), as: UTF8.self)
    }
}

/// A temporary folder with XDG config, data and state homes inside it.
struct TemporaryHome {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    var environment: [String: String] {
        [
            "HOME": root.path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
            "XDG_STATE_HOME": root.appendingPathComponent("state").path,
            "XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
        ]
    }

    var locations: FeedLocations { FeedLocations(environment: environment) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
