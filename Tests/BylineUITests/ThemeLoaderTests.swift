import Testing
@testable import BylineUI

@Suite struct ThemeLoaderTests {
    func error(_ text: String) -> ConfigFileError? {
        do {
            _ = try ThemeLoader.parse(text, name: "mine", file: "mine.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func readsBothTableForms() throws {
        let theme = try ThemeLoader.parse("""
            description = "Mine"
            [roles]
            text = { fg = "default", bg = 234 }
            person = { fg = "#87d787", attrs = ["bold", "UNDERLINE"] }
            country = { attrs = "reverse" }

            [roles.quote]
            fg = "bright-yellow"
            attrs = ["italic"]
            """, name: "mine", file: "mine.toml")
        #expect(theme.name == "mine")
        #expect(theme.description == "Mine")
        #expect(theme.styles[.text] == Theme.Style(foreground: .default, background: .palette(234)))
        #expect(theme.styles[.person] == Theme.Style(foreground: .rgb(red: 0x87, green: 0xd7, blue: 0x87), attributes: [.bold, .underline]))
        #expect(theme.styles[.country] == Theme.Style(attributes: [.reverse]))
        #expect(theme.styles[.quote] == Theme.Style(foreground: .bright(.yellow), attributes: [.italic]))
        #expect(theme.styles.count == 4)
        #expect(theme.style(for: .speaker).background == .palette(234))
    }

    @Test func roleNamesAreKebabCase() throws {
        #expect(ThemeLoader.roleName(.quoteFocus) == "quote-focus")
        #expect(ThemeLoader.roleName(.searchMatch) == "search-match")
        #expect(ThemeLoader.role(named: "mention-focus") == .mentionFocus)
        #expect(ThemeLoader.role(named: "speakerFocus") == .speakerFocus)
        #expect(ThemeLoader.role(named: "focus") == nil)
        let theme = try ThemeLoader.parse("[roles]\nquote-focus = { bg = \"yellow\" }\n", name: "k", file: "k.toml")
        #expect(theme.styles[.quoteFocus] == Theme.Style(background: .basic(.yellow)))
        let e = try #require(error("[roles]\nquote-fokus = {}\n"))
        #expect(e.problem == .unknownRole("quote-fokus", suggestion: "quote-focus"))
    }

    @Test func anEmptyFileIsAPlainTheme() throws {
        #expect(try ThemeLoader.parse("", name: "e", file: "e.toml") == Theme(name: "e", styles: [:]))
    }

    @Test func syntaxErrorHasLineAndColumn() throws {
        let e = try #require(error("""
            [roles]
            text = { fg = "white" }
            person = { fg = "green"
            """))
        #expect(e.file == "mine.toml")
        #expect(e.line == 3)
        #expect(e.column != nil)
        guard case .syntax = e.problem else { Issue.record("expected a syntax error, got \(e)"); return }
        #expect(e.description.hasPrefix("mine.toml:3:"))
        #expect(e.description.contains("TOML syntax error"))
    }

    @Test func duplicateRoleIsASyntaxError() throws {
        let e = try #require(error("[roles]\ntext = {}\n\ntext = {}\n"))
        #expect(e.line == 4)
    }

    @Test func unknownRoleIsPlacedAndSuggested() throws {
        let e = try #require(error("""
            # my theme
            [roles]
            text = { fg = "white" }
            speeker = { fg = "green" }
            """))
        #expect(e.line == 4)
        #expect(e.problem == .unknownRole("speeker", suggestion: "speaker"))
        #expect(e.description.hasPrefix("mine.toml:4: unknown role 'speeker' (did you mean 'speaker'?); expected one of text, dim,"))
    }

    @Test func badColourInAnInlineTable() throws {
        let e = try #require(error("""
            [roles]
            text = { fg = "white" }

            person = { fg = "purple", attrs = ["bold"] }
            """))
        #expect(e.line == 4)
        #expect(e.problem == .badColour(key: "person.fg", .unknownName("purple")))
        #expect(e.description == "mine.toml:4: person.fg: 'purple' is not a colour; expected one of the eight names (black, red, green, yellow, blue, magenta, cyan, white), bright-NAME, default, a number 0–255, or #rrggbb")
    }

    @Test func badColourInARoleTableIsAtItsOwnLine() throws {
        let e = try #require(error("""
            [roles.person]
            attrs = ["bold"]
            bg = 300
            """))
        #expect(e.line == 3)
        #expect(e.problem == .badColour(key: "person.bg", .indexOutOfRange(300)))
    }

    @Test func wrongTypes() throws {
        let colour = try #require(error("[roles]\ntext = {}\nquote = { fg = 1.5 }\n"))
        #expect(colour.line == 3)
        #expect(colour.description == "mine.toml:3: quote.fg should be a colour: a name, a number 0–255 or \"#rrggbb\", not a floating-point number")

        let role = try #require(error("[roles]\nperson = \"green\"\n"))
        #expect(role.line == 2)
        #expect(role.problem == .wrongType(key: "roles.person", expected: "a table such as { fg = \"green\", attrs = [\"bold\"] }", found: "string"))

        let attrs = try #require(error("[roles]\nperson = { attrs = [1, 2] }\n"))
        #expect(attrs.line == 2)
        #expect(attrs.description.contains("person.attrs should be a list of attributes such as [\"bold\", \"underline\"], not a list containing integer items"))

        let roles = try #require(error("description = \"x\"\nroles = 3\n"))
        #expect(roles.line == 2)
        #expect(roles.description == "mine.toml:2: roles should be a table of roles, [roles], not an integer")

        let description = try #require(error("description = true\n"))
        #expect(description.description == "mine.toml:1: description should be a string, not a boolean")
    }

    @Test func unknownAttributeInAMultiLineList() throws {
        let e = try #require(error("""
            [roles]
            person = { fg = "green" }
            speaker = { attrs = [
                "bold",
                "blink",
            ] }
            """))
        #expect(e.line == 5)
        #expect(e.problem == .unknownAttribute("blink", suggestion: nil))
        #expect(e.description.hasSuffix("expected one of bold, underline, reverse, dim, italic"))
    }

    @Test func unknownFieldAndTopLevelKey() throws {
        let field = try #require(error("[roles]\nperson = { fg = \"green\", colour = \"red\" }\n"))
        #expect(field.line == 2)
        #expect(field.problem == .unknownKey("colour", in: "role 'person'", expected: ["fg", "bg", "attrs"]))

        let top = try #require(error("name = \"x\"\n\n[roles]\n"))
        #expect(top.line == 1)
        #expect(top.description == "mine.toml:1: unknown key 'name' in the theme; expected one of description, roles")
    }

    @Test func allProblemsComeInLineOrder() {
        let problems = ThemeLoader.problems(in: """
            [roles]
            zzz = {}
            text = { fg = "nope" }
            aaa = {}
            """, file: "x.toml")
        #expect(problems.map(\.line) == [2, 3, 4])
        #expect(ThemeLoader.problems(in: "[roles]\ntext = {}\n", file: "x.toml").isEmpty)
    }

    @Test func keysAfterAStringWithBracketsAreFound() throws {
        let e = try #require(error("""
            description = "a [tricky] { one } # not a comment"
            [roles]
            text = { fg = "default" } # a comment with [brackets]
            "quote" = { fg = "#12345" }
            """))
        #expect(e.line == 4)
        #expect(e.problem == .badColour(key: "quote.fg", .malformedHex("#12345")))
    }

    @Test func multiLineStringsAreSkipped() throws {
        let e = try #require(error("""
            description = \"\"\"
            person = { fg = "green" }
            \"\"\"
            [roles]
            person = { fg = "gren" }
            """))
        #expect(e.line == 5)
    }
}
