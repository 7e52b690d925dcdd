import Foundation
import Testing
@testable import BylineUI

@Suite struct ConfigTests {
    func parse(_ text: String) throws(ConfigFileError) -> Config {
        try ConfigLoader.parse(text, file: "config.toml")
    }

    func error(_ text: String) -> ConfigFileError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func commandNamesAreWrittenOnceInKebabCase() {
        let names = Command.allCases.map(\.configName)
        #expect(Command.moveDown.configName == "move-down")
        #expect(Command.toggleHelp.configName == "toggle-help")
        #expect(Command.quit.configName == "quit")
        #expect(names.starts(with: ["move-down", "move-up", "page-down"]))
        #expect(Set(names).count == names.count)
        // every name reads back as its command, and nothing else does
        #expect(Command.allCases.allSatisfy { Command(configName: $0.configName) == $0 })
        #expect(Command(configName: "moveDown") == nil)
        // the keymap and the help screen list every command, in the table's order
        #expect(Keymap.standard.bindings.map(\.command) == Command.allCases)
    }

    @Test func readsEverySetting() throws {
        let config = try parse("""
            theme = "light"
            library = "~/News"
            boilerplate = "dimmed"
            list-style = "one-line"

            [keys]
            move-down = ["j", "Down", "Ctrl-N"]
            quit = "Q"
            toggle-help = ["F1", "?"]
            """)
        #expect(config.theme == "light")
        #expect(config.library == "~/News")
        #expect(config.boilerplate == .dimmed)
        #expect(config.listStyle == .oneLine)
        #expect(config.keys.overrides == [
            .moveDown: [.character("j"), .down, .control("n")],
            .quit: [.character("Q")],
            .toggleHelp: [.function(1), .character("?")],
        ])
    }

    @Test func anEmptyConfigChangesNothing() throws {
        #expect(try parse("") == .empty)
        #expect(try parse("# nothing yet\n") == .empty)
        #expect(Config.empty.keys.applied(to: Keymap.standard) == Keymap.standard)
    }

    @Test(arguments: [
        ("j", Key.character("j")), ("G", .character("G")), (" ", .character(" ")), ("Space", .character(" ")),
        ("space", .character(" ")), ("Enter", .enter), ("return", .enter), ("Tab", .tab), ("Shift-Tab", .backTab),
        ("Esc", .escape), ("Backspace", .backspace), ("Del", .delete), ("Up", .up), ("↓", .down), ("left", .left),
        ("PgUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end), ("F1", .function(1)),
        ("f12", .function(12)), ("Ctrl-C", .control("c")), ("C-x", .control("x")), ("^U", .control("u")),
    ])
    func keyNames(_ name: String, _ key: Key) {
        #expect(KeyName.key(named: name) == key)
    }

    @Test(arguments: ["", "jk", "Ctrl-", "Ctrl-1", "F0", "F25", "F100", "Hyper-X", "PageDwn"])
    func notKeyNames(_ name: String) {
        #expect(KeyName.key(named: name) == nil)
    }

    @Test func everyLabelOnTheHelpScreenReadsBack() {
        for binding in Keymap.standard.bindings {
            for key in binding.keys { #expect(KeyName.key(named: key.label) == key, "\(key.label)") }
        }
    }

    @Test func overridesReplaceDefaultsAndTakeKeysFromOtherActions() {
        let keymap = Keymap(bindings: [
            KeyBinding([.character("j"), .down], .moveDown),
            KeyBinding([.character("k"), .up], .moveUp),
            KeyBinding([.character(" "), .pageDown], .pageDown),
            KeyBinding([.character("q"), .control("c")], .quit),
        ])
        let config = KeyBindingsConfig(overrides: [
            .pageDown: [.character("j")],
            .quit: [.character("x")],
        ])
        let result = config.applied(to: keymap)
        #expect(result.bindings.map(\.keys) == [
            [.down], [.character("k"), .up], [.character("j")], [.character("x")],
        ])
        #expect(result.bindings.map(\.help) == [Command.moveDown.help, Command.moveUp.help, Command.pageDown.help, Command.quit.help])
        #expect(result.command(for: .character("j")) == .pageDown)
        #expect(result.command(for: .character("q")) == nil)
        #expect(result.keys(for: .quit) == [.character("x")])
    }

    @Test func anEmptyListUnbinds() throws {
        let config = try parse("[keys]\npage-up = []\n")
        #expect(config.keys.overrides == [.pageUp: []])
        #expect(config.keys.applied(to: Keymap.standard).keys(for: .pageUp).isEmpty)
    }

    @Test func unknownCommandIsPlacedAndSuggested() throws {
        let e = try #require(error("""
            theme = "light"

            [keys]
            move-down = "j"
            move-donw = "J"
            """))
        #expect(e.line == 5)
        #expect(e.problem == .unknownCommand("move-donw", suggestion: "move-down"))
        #expect(e.description == "config.toml:5: unknown command 'move-donw' (did you mean 'move-down'?); byline --help lists the commands")
    }

    @Test func unknownKeyNameIsPlacedOnItsOwnLine() throws {
        let e = try #require(error("""
            [keys]
            quit = [
                "q",
                "Hyper-Q",
            ]
            """))
        #expect(e.line == 4)
        #expect(e.problem == .unknownKeyName("Hyper-Q", action: "quit"))
        #expect(e.description.hasPrefix("config.toml:4: quit: 'Hyper-Q' is not a key name; expected a single character, Ctrl-X,"))
    }

    @Test func aKeyGivenToTwoActionsIsAConflictAtTheSecond() throws {
        let e = try #require(error("""
            [keys]
            page-down = ["Space", "d"]
            quit = "q"
            move-down = ["j", " "]
            """))
        #expect(e.line == 4)
        #expect(e.problem == .keyConflict(key: " ", actions: ["page-down", "move-down"]))

        let spelled = try #require(error("[keys]\nquit = \"Ctrl-C\"\nmove-up = \"^c\"\n"))
        #expect(spelled.line == 3)
        #expect(spelled.description == "config.toml:3: key '^c' is bound to both quit and move-up; give each key to one command")
    }

    @Test func aKeyRepeatedForOneActionIsNoConflict() throws {
        let config = try parse("[keys]\nquit = [\"q\", \"q\", \"Ctrl-c\", \"^C\"]\n")
        #expect(config.keys.overrides[.quit] == [.character("q"), .control("c")])
    }

    @Test func badSettings() throws {
        let boilerplate = try #require(error("theme = \"x\"\nboilerplate = \"shown\"\n"))
        #expect(boilerplate.line == 2)
        #expect(boilerplate.description == "config.toml:2: boilerplate cannot be 'shown'; expected \"hidden\" or \"dimmed\"")

        let style = try #require(error("list-style = \"dense\"\n"))
        #expect(style.description == "config.toml:1: list-style cannot be 'dense'; expected \"one-line\" or \"two-line\"")

        let theme = try #require(error("theme = 3\n"))
        #expect(theme.description == "config.toml:1: theme should be a theme name or the path to a .toml file, not an integer")

        let keys = try #require(error("keys = \"vim\"\n"))
        #expect(keys.problem == .wrongType(key: "keys", expected: "a table of actions, [keys]", found: "string"))

        let value = try #require(error("[keys]\nquit = 113\n"))
        #expect(value.line == 2)
        #expect(value.description.contains("keys.quit should be a key name or a list of key names"))

        let unknown = try #require(error("libary = \"~/News\"\n"))
        #expect(unknown.description == "config.toml:1: unknown key 'libary' in the config (did you mean 'library'?); expected one of theme, library, boilerplate, list-style, keys")

        let syntax = try #require(error("theme = \"light\"\n[keys\n"))
        #expect(syntax.line == 2)
        guard case .syntax = syntax.problem else { Issue.record("\(syntax)"); return }
    }

    @Test func everyProblemIsListedInLineOrder() {
        let problems = ConfigLoader.problems(in: """
            boilerplate = "never"
            [keys]
            zoom = "z"
            quit = "Nope-Key"
            """, file: "c.toml")
        #expect(problems.map(\.line) == [1, 3, 4])
    }

    @Test func locationsFollowXDG() {
        let home = URL(fileURLWithPath: "/home/a", isDirectory: true)
        #expect(Config.configHome(environment: ["XDG_CONFIG_HOME": "/xdg", "HOME": home.path]).path == "/xdg")
        #expect(Config.configHome(environment: ["XDG_CONFIG_HOME": "", "HOME": home.path]).path == "/home/a/.config")
        #expect(Config.configHome(environment: ["XDG_CONFIG_HOME": "relative", "HOME": home.path]).path == "/home/a/.config")
        #expect(Config.configHome(environment: ["HOME": home.path]).path == "/home/a/.config")
        #expect(Config.defaultFile(configHome: URL(fileURLWithPath: "/xdg")).path == "/xdg/byline/config.toml")
    }

    @Test func libraryPaths() {
        let home = URL(fileURLWithPath: "/home/a", isDirectory: true)
        let dir = URL(fileURLWithPath: "/home/a/.config/byline", isDirectory: true)
        func url(_ library: String?) -> String? {
            Config(library: library).libraryURL(home: home, configDirectory: dir)?.path
        }
        #expect(url("~/News") == "/home/a/News")
        #expect(url("~") == "/home/a")
        #expect(url("/srv/news") == "/srv/news")
        #expect(url("articles") == "/home/a/.config/byline/articles")
        #expect(url(nil) == nil)
    }

    @Test func loadingFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("config.toml")
        #expect(try ConfigLoader.loadIfPresent(contentsOf: file) == .empty)
        #expect(throws: ConfigFileError.self) { try ConfigLoader.load(contentsOf: file) }
        try "boilerplate = \"hidden\"\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try ConfigLoader.loadIfPresent(contentsOf: file).boilerplate == .hidden)
    }

    @Test func aPipeOrAFolderIsNoConfigFileAndSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-fifo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("config.toml")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(throws: ConfigFileError.self) { try ConfigLoader.load(contentsOf: fifo, displayPath: "config.toml") }
        do {
            _ = try ConfigLoader.load(contentsOf: fifo, displayPath: "config.toml")
        } catch {
            #expect(error.description == "config.toml: cannot read the file: it is a pipe (FIFO), not a file")
        }
        do {
            _ = try ConfigLoader.load(contentsOf: folder, displayPath: "byline-fifo")
        } catch {
            #expect(error.description.hasSuffix("it is a folder, not a file"))
        }
    }

}
