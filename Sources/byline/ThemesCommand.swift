import BylineApp
import ArgumentParser
import BylineUI
import Foundation

/// `byline themes [list]`: the themes found; `byline themes check FILE`: one checked.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes found, or check a theme file.",
        discussion: """
            Themes are the .toml files in Byline's Themes folder and in \
            $XDG_CONFIG_HOME/byline/themes (~/.config/byline/themes); a theme of \
            your own with a shipped theme's name replaces it. Use one with \
            'byline --theme NAME', the config file's theme = "NAME", or t in the reader.

            Examples:
              byline themes
              byline themes check ~/.config/byline/themes/mine.toml
            """,
        subcommands: [List.self, Check.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Each theme found: name, tab, where it comes from, tab, description.")

        func run() throws {
            let catalog = ShippedThemes.catalog()
            let entries = catalog.entries()
            if entries.isEmpty {
                throw CommandLineError.failure("no themes found: Byline's Themes folder is missing and \(catalog.userFolder?.path ?? "the user theme folder") has no .toml files")
            }
            for entry in entries {
                let description: String
                do {
                    description = try ThemeLoader.load(contentsOf: entry.url, displayPath: entry.url.path).description ?? ""
                } catch {
                    description = "(does not load: \(error))"
                }
                // (a theme's name is its file's name, which may hold anything: sanitised like the rest)
                print([entry.name, entry.origin.rawValue, description].map(ArticleSummary.safe).joined(separator: "\t"))
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check a theme file: every problem with its line, or 'ok'.")

        @Argument(help: ArgumentHelp("The theme file to check.", valueName: "FILE"))
        var file: String

        func run() throws {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CommandLineError.usage("\(file): no such file")
            }
            // (read as the reader reads themes: a pipe, a folder or a file too big is said so)
            let text: String
            do throws(ConfigFileError) {
                text = try ThemeLoader.readText(URL(fileURLWithPath: file), file: file)
            } catch {
                throw CommandLineError.failure(error.description)
            }
            let problems = ThemeLoader.problems(in: text, file: file)
            if problems.isEmpty {
                let theme = try? ThemeLoader.parse(text, name: (file as NSString).lastPathComponent, file: file)
                let set = theme?.styles.count ?? 0
                let roles = set == Role.allCases.count ? "every role set" : "\(set) of \(Role.allCases.count) roles set, the rest fall back"
                print("\(ArticleSummary.safe(file)): ok, \(roles)")
                return
            }
            for problem in problems { print(ArticleSummary.safe(problem.description)) }
            throw CommandLineError.failure("\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
        }
    }
}
