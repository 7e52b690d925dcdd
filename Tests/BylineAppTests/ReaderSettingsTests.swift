import BylineApp
import Foundation
import Testing

/// What the reader starts with: a mistake the user typed stops it before the
/// screen is taken; a mistake in a file is said on the status line.
@Suite struct ReaderSettingsTests {
    func home() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/byline"), withIntermediateDirectories: true)
        return home
    }

    @Test func aMistakeTypedOnTheCommandLineIsAUsageError() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
        #expect(throws: ReaderSettings.UsageError.self) {
            try ReaderSettings.resolve(themeOption: "no-such-theme", configOption: nil, environment: environment)
        }
        #expect(throws: ReaderSettings.UsageError.self) {
            try ReaderSettings.resolve(themeOption: nil, configOption: "/no/such/config.toml", environment: environment)
        }
    }

    @Test func aMistakeInTheConfigFileKeepsTheDefaultsAndSaysWhy() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        try "[keys]\nmove-donw = \"x\"\n".write(to: home.appendingPathComponent("config/byline/config.toml"), atomically: true, encoding: .utf8)
        let settings = try ReaderSettings.resolve(themeOption: nil, configOption: nil,
                                                  environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                                                                "NO_COLOR": ""])
        #expect(settings.problems.count == 1)
        #expect(settings.problems.first?.contains("unknown command 'move-donw'") == true)
        #expect(settings.keymap == .standard)
        #expect(!settings.colour, "NO_COLOR set, even empty, says no colour")
    }
}
