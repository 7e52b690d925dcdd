import Testing
@testable import BylineUI

@Suite struct ThemeColorTests {
    @Test(arguments: [
        ("default", ThemeColor.default), ("red", .basic(.red)), ("White", .basic(.white)),
        ("bright-blue", .bright(.blue)), ("BRIGHT-black", .bright(.black)),
        ("0", .palette(0)), ("208", .palette(208)), ("255", .palette(255)),
        ("#ff8700", .rgb(red: 255, green: 135, blue: 0)), ("#000000", .rgb(red: 0, green: 0, blue: 0)),
        (" cyan ", .basic(.cyan)),
    ])
    func parsesEveryForm(_ text: String, _ expected: ThemeColor) throws {
        #expect(try ThemeColor(parsing: text) == expected)
    }

    @Test(arguments: [
        ("purple", ColorParseError.unknownName("purple")), ("", .unknownName("")),
        ("bright-purple", .unknownName("bright-purple")), ("bright", .unknownName("bright")),
        ("256", .indexOutOfRange(256)), ("99999999999999999999999", .indexOutOfRange(Int.max)),
        ("#ff87", .malformedHex("#ff87")), ("#gg0000", .malformedHex("#gg0000")), ("-1", .unknownName("-1")),
    ])
    func rejectsWhatIsNoColour(_ text: String, _ expected: ColorParseError) {
        #expect(throws: expected) { try ThemeColor(parsing: text) }
    }

    @Test func errorsSayWhatWasExpected() {
        #expect(ColorParseError.unknownName("purple").description
            == "'purple' is not a colour; expected one of the eight names (black, red, green, yellow, blue, magenta, cyan, white), bright-NAME, default, a number 0–255, or #rrggbb")
        #expect(ColorParseError.indexOutOfRange(300).description == "colour number 300 is out of range; expected a number 0–255")
        #expect(ColorParseError.malformedHex("#abc").description.contains("six hexadecimal digits"))
    }

    @Test func indexRangeIsChecked() {
        #expect(throws: ColorParseError.indexOutOfRange(-3)) { try ThemeColor(index: -3) }
        #expect(try! ThemeColor(index: 17) == .palette(17))
    }

    @Test(arguments: ["default", "red", "bright-magenta", "42", "#0a0b0c"])
    func descriptionReadsBack(_ text: String) throws {
        let colour = try ThemeColor(parsing: text)
        #expect(colour.description == text)
        #expect(try ThemeColor(parsing: colour.description) == colour)
    }

    @Test func xtermPalette() {
        #expect(ThemeColor.xtermRGB(index: 1) == (205, 0, 0))
        #expect(ThemeColor.xtermRGB(index: 16) == (0, 0, 0))
        #expect(ThemeColor.xtermRGB(index: 67) == (95, 135, 175))
        #expect(ThemeColor.xtermRGB(index: 196) == (255, 0, 0))
        #expect(ThemeColor.xtermRGB(index: 231) == (255, 255, 255))
        #expect(ThemeColor.xtermRGB(index: 232) == (8, 8, 8))
        #expect(ThemeColor.xtermRGB(index: 255) == (238, 238, 238))
    }

    // 256 colours: names and palette entries stay; #rrggbb goes to the cube or the greys.
    @Test(arguments: [
        (ThemeColor.rgb(red: 255, green: 0, blue: 0), 196),
        (.rgb(red: 0, green: 0, blue: 0), 16),
        (.rgb(red: 255, green: 255, blue: 255), 231),
        (.rgb(red: 0x5f, green: 0x87, blue: 0xaf), 67),
        (.rgb(red: 0x80, green: 0x80, blue: 0x80), 244),
        (.rgb(red: 0x12, green: 0x12, blue: 0x12), 233),
        (.rgb(red: 0xff, green: 0x80, blue: 0x00), 208),
        (.rgb(red: 0x60, green: 0x88, blue: 0xb0), 67),
        (.basic(.green), 2), (.bright(.green), 10), (.palette(100), 100), (.palette(5), 5),
    ])
    func nearestOf256(_ colour: ThemeColor, _ index: Int) {
        #expect(colour.paletteIndex(colors: 256) == index)
    }

    // 8 colours: bright forms lose their brightness, everything else goes to the nearest basic colour.
    @Test(arguments: [
        (ThemeColor.rgb(red: 255, green: 0, blue: 0), 1),
        (.rgb(red: 0x20, green: 0x20, blue: 0x20), 0),
        (.rgb(red: 0xd0, green: 0xd0, blue: 0xd0), 7),
        (.rgb(red: 0, green: 0, blue: 0x80), 4),
        (.rgb(red: 0xff, green: 0x87, blue: 0x00), 3),
        (.rgb(red: 0x00, green: 0xaf, blue: 0xaf), 6),
        (.bright(.blue), 4), (.bright(.white), 7), (.basic(.magenta), 5),
        (.palette(196), 1), (.palette(28), 2), (.palette(12), 4), (.palette(250), 7), (.palette(234), 0),
    ])
    func nearestOf8(_ colour: ThemeColor, _ index: Int) {
        #expect(colour.paletteIndex(colors: 8) == index)
    }

    // Pale colours keep their hue on few colours rather than all turning white.
    @Test(arguments: [
        (ThemeColor.palette(114), 2, 2), (.palette(81), 6, 14), (.palette(176), 5, 5), (.palette(222), 3, 11),
        (.palette(245), 7, 8), (.palette(238), 0, 8), (.palette(255), 7, 15), (.rgb(red: 0x30, green: 0, blue: 0), 0, 0),
        (.rgb(red: 0x87, green: 0xd7, blue: 0xff), 6, 14), (.rgb(red: 0xff, green: 0x5f, blue: 0x5f), 1, 9),
    ])
    func fewColoursKeepTheHue(_ colour: ThemeColor, _ on8: Int, _ on16: Int) {
        #expect(colour.paletteIndex(colors: 8) == on8)
        #expect(colour.paletteIndex(colors: 16) == on16)
    }

    @Test func sixteenColoursKeepBrightForms() {
        #expect(ThemeColor.bright(.blue).paletteIndex(colors: 16) == 12)
        #expect(ThemeColor.palette(9).paletteIndex(colors: 16) == 9)
        #expect(ThemeColor.palette(196).paletteIndex(colors: 16) == 9)
        #expect(ThemeColor.palette(9).paletteIndex(colors: 8) == 1)
    }

    @Test func noColourTerminalAndDefaultGiveNoIndex() {
        #expect(ThemeColor.default.paletteIndex(colors: 256) == nil)
        #expect(ThemeColor.basic(.red).paletteIndex(colors: 2) == nil)
        #expect(ThemeColor.rgb(red: 1, green: 2, blue: 3).paletteIndex(colors: 0) == nil)
    }

    @Test func approximatedIsANamedColourWhereItCanBe() {
        #expect(ThemeColor.rgb(red: 255, green: 0, blue: 0).approximated(colors: 8) == .basic(.red))
        #expect(ThemeColor.rgb(red: 255, green: 0, blue: 0).approximated(colors: 16) == .bright(.red))
        #expect(ThemeColor.rgb(red: 255, green: 0, blue: 0).approximated(colors: 256) == .palette(196))
        #expect(ThemeColor.basic(.red).approximated(colors: 1) == .default)
    }
}
