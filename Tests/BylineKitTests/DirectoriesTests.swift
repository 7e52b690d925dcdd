import Foundation
import Testing
import BylineKit

/// Every folder Byline reads or writes follows one XDG rule.
@Suite("Directories")
struct DirectoriesTests {
    @Test func eachFolderIsBylineUnderItsBaseOrUnderHome() {
        let dirs = BylineDirectories(environment: ["HOME": "/home/a", "XDG_DATA_HOME": "/data", "XDG_CACHE_HOME": "/c"])
        #expect(dirs.config.path == "/home/a/.config/byline")
        #expect(dirs.data.path == "/data/byline")
        #expect(dirs.cache.path == "/c/byline")
        #expect(dirs.state.path == "/home/a/.local/state/byline")
    }

    @Test func aRelativeOrEmptyBaseIsIgnoredForEveryFolder() {
        let dirs = BylineDirectories(environment: ["HOME": "/home/a", "XDG_CONFIG_HOME": "conf", "XDG_DATA_HOME": "share",
                                                   "XDG_CACHE_HOME": "", "XDG_STATE_HOME": "./state"])
        #expect([dirs.config, dirs.data, dirs.cache, dirs.state].map(\.path)
                == ["/home/a/.config/byline", "/home/a/.local/share/byline", "/home/a/.cache/byline", "/home/a/.local/state/byline"])
    }
}
