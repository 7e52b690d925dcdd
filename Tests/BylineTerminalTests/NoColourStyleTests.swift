import BylineTerminal
import BylineUI
import Foundation
import Testing

/// Under NO_COLOR every shipped theme still tells people, countries, bodies
/// and quotes apart, by attributes alone.
@Suite struct NoColourStyleTests {
    static let themes = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes", isDirectory: true)

    @Test(arguments: ["default", "light", "high-contrast", "low-colour", "monochrome"])
    func entitiesLookDifferentWithoutColour(_ name: String) throws {
        let theme = try ThemeLoader.load(contentsOf: Self.themes.appendingPathComponent(name + ".toml"))
        let table = StyleTable(colourlessTheme: theme)
        let looks = [Role.person, .country, .organisation, .quote].map { table[$0].attributes }
        #expect(Set(looks).count == 4, "\(name): \(looks)")
        #expect(table[.country] != table[.organisation])
        for role in Role.allCases {
            #expect(table[role].foreground == .default && table[role].background == .default, "\(name): \(role) has no colour")
        }
    }
}
