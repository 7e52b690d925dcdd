import Foundation
import Testing
@testable import BylineUI

@Suite struct ThemeCatalogTests {
    /// A temporary user theme folder holding the given files.
    func userFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("byline-theme-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func listsShippedAndUserThemesSortedWithUserOverriding() throws {
        let user = try userFolder(["mine.toml": "[roles]\n", "light.toml": "[roles]\n", "notes.txt": ""])
        defer { try? FileManager.default.removeItem(at: user) }
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: user)
        let entries = catalog.entries()
        #expect(entries.map(\.name) == ["default", "high-contrast", "light", "low-colour", "mine", "monochrome"])
        #expect(entries.first { $0.name == "light" }?.origin == .user)
        #expect(entries.first { $0.name == "default" }?.origin == .shipped)
        #expect(entries.first { $0.name == "mine" }?.origin == .user)
    }

    @Test func missingFoldersAreEmpty() {
        let nowhere = URL(fileURLWithPath: "/nonexistent/byline/themes")
        #expect(ThemeCatalog(shippedFolder: nowhere, userFolder: nil).entries().isEmpty)
    }

    @Test func userFolderFollowsXDG() {
        let folder = ThemeCatalog.userFolder(configHome: URL(fileURLWithPath: "/home/a/.config"))
        #expect(folder.path == "/home/a/.config/byline/themes")
    }

    @Test func resolvesNamesAndFiles() throws {
        let user = try userFolder(["mine.toml": "[roles]\nperson = { fg = \"red\" }\n"])
        defer { try? FileManager.default.removeItem(at: user) }
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: user)
        let cwd = URL(fileURLWithPath: "/", isDirectory: true)

        #expect(try catalog.resolve("light", currentDirectory: cwd).lastPathComponent == "light.toml")
        #expect(try catalog.load("mine", currentDirectory: cwd).styles[.person] == Theme.Style(foreground: .basic(.red)))
        let path = user.appendingPathComponent("mine.toml").path
        #expect(try catalog.load(path, currentDirectory: cwd).name == "mine")
        #expect(try catalog.load("mine.toml", currentDirectory: user).name == "mine")
    }

    @Test func unknownNameListsTheThemes() {
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: nil)
        let cwd = URL(fileURLWithPath: "/", isDirectory: true)
        #expect(throws: ThemeCatalogError.unknownName("ligth", available: ["default", "high-contrast", "light", "low-colour", "monochrome"])) {
            try catalog.resolve("ligth", currentDirectory: cwd)
        }
        let message = ThemeCatalogError.unknownName("ligth", available: ["default", "light"]).description
        #expect(message == "no theme named 'ligth' (did you mean 'light'?); the themes are default, light. Give a theme name or the path to a .toml file")
        #expect(throws: ThemeCatalogError.noSuchFile("./nope.toml")) { try catalog.resolve("./nope.toml", currentDirectory: cwd) }
    }

    @Test func anInvalidFileSaysWhereWithItsPath() throws {
        let user = try userFolder(["broken.toml": "[roles]\ntext = {}\nperson = { fg = \"gren\" }\n"])
        defer { try? FileManager.default.removeItem(at: user) }
        let catalog = ThemeCatalog(shippedFolder: nil, userFolder: user)
        do {
            _ = try catalog.load("broken", currentDirectory: user)
            Issue.record("a broken theme loaded")
        } catch {
            guard case .invalid(let e) = error else { Issue.record("\(error)"); return }
            #expect(e.line == 3)
            #expect(e.file.hasSuffix("broken.toml"))
            #expect(error.description.contains("broken.toml:3: person.fg: 'gren' is not a colour"))
        }
    }

    @Test func unreadableAndNonUTF8Files() throws {
        let user = try userFolder([:])
        defer { try? FileManager.default.removeItem(at: user) }
        let binary = user.appendingPathComponent("binary.toml")
        try Data([0xff, 0xfe, 0x00, 0x80]).write(to: binary)
        #expect(throws: ConfigFileError(file: "b.toml", line: nil, problem: .unreadable("it is not UTF-8 text"))) {
            try ThemeLoader.load(contentsOf: binary, displayPath: "b.toml")
        }
        do {
            _ = try ThemeLoader.load(contentsOf: user.appendingPathComponent("missing.toml"), displayPath: "missing.toml")
            Issue.record("a missing file loaded")
        } catch {
            guard case .unreadable = error.problem else { Issue.record("\(error)"); return }
            #expect(error.description.hasPrefix("missing.toml: cannot read the file"))
        }
    }

    @Test func cyclingWrapsRound() {
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: nil)
        #expect(catalog.name(after: "default") == "high-contrast")
        #expect(catalog.name(after: "monochrome") == "default")
        #expect(catalog.name(after: "gone") == "default")
        #expect(ThemeCatalog(shippedFolder: nil, userFolder: nil).name(after: "default") == nil)
    }
}
