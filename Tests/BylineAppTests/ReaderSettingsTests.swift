import BylineApp
import BylineTerminal
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

    /// The theme to start in: `--theme`, else the one last chosen with `t`,
    /// else the config's, else the light one on a light background.
    @Test func theStartingThemeFollowsTheCommandLineTheLastChoiceTheConfigThenTheBackground() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path]
        var asked = 0
        let light = { () -> TerminalBackground? in asked += 1; return .light }

        var plain = try ReaderSettings.resolve(themeOption: nil, configOption: nil, environment: environment)
        plain.chooseStartingTheme(remembered: nil, background: light)
        #expect(plain.theme?.name == "light" && asked == 1, "a light terminal gets the light theme")

        var dark = try ReaderSettings.resolve(themeOption: nil, configOption: nil, environment: environment)
        dark.chooseStartingTheme(remembered: nil) { .dark }
        #expect(dark.theme?.name == "default")

        var remembered = try ReaderSettings.resolve(themeOption: nil, configOption: nil, environment: environment)
        remembered.chooseStartingTheme(remembered: "high-contrast", background: light)
        #expect(remembered.theme?.name == "high-contrast" && asked == 1, "the last choice, and the terminal not asked")

        var named = try ReaderSettings.resolve(themeOption: "low-colour", configOption: nil, environment: environment)
        named.chooseStartingTheme(remembered: "high-contrast", background: light)
        #expect(named.theme?.name == "low-colour", "--theme over everything")

        try "theme = \"monochrome\"\n".write(to: home.appendingPathComponent("config/byline/config.toml"), atomically: true, encoding: .utf8)
        var configured = try ReaderSettings.resolve(themeOption: nil, configOption: nil, environment: environment)
        configured.chooseStartingTheme(remembered: nil, background: light)
        #expect(configured.theme?.name == "monochrome" && asked == 1, "the config's theme, the terminal not asked")
    }

}
