import BylineTerminal
import Testing

/// The terminal's background, from its answer to OSC 11 or from COLORFGBG.
@Suite struct TerminalBackgroundTests {
    @Test(arguments: [
        ("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\", TerminalBackground.light),
        ("\u{1B}]11;rgb:0000/0000/0000\u{07}", .dark),
        ("\u{1B}]11;rgb:fd/f6/e3\u{1B}\\", .light),            // two hex digits a channel (Solarized light)
        ("\u{1B}]11;rgb:2828/2c2c/3434\u{1B}\\", .dark),
        ("\u{1B}]11;rgb:ffff/ffff/0000\u{1B}\\", .light),       // yellow: bright by luminance
    ])
    func theOSC11AnswerByItsLuminance(_ reply: String, _ background: TerminalBackground) {
        #expect(TerminalBackground.fromOSC11Reply(reply) == background)
    }

    @Test(arguments: ["", "\u{1B}[?62;c", "\u{1B}]11;rgb:ff/ff\u{1B}\\", "\u{1B}]11;rgb:fffff/0/0\u{1B}\\", "\u{1B}]10;rgb:ffff/ffff/ffff\u{07}"])
    func anythingElseSaysNothing(_ reply: String) {
        #expect(TerminalBackground.fromOSC11Reply(reply) == nil)
    }

    @Test func colorfgbgNamesTheBackgroundLast() {
        #expect(TerminalBackground.fromCOLORFGBG("15;0") == .dark)
        #expect(TerminalBackground.fromCOLORFGBG("0;15") == .light)
        #expect(TerminalBackground.fromCOLORFGBG("0;default;7") == .light)
        #expect(TerminalBackground.fromCOLORFGBG("7;8") == .dark)
        #expect(TerminalBackground.fromCOLORFGBG("nonsense") == nil)
        #expect(TerminalBackground.fromCOLORFGBG(nil) == nil)
    }
}
