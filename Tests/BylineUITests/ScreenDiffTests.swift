import Testing
@testable import BylineUI

/// What the terminal writes between two frames, wide characters above all.
@Suite struct ScreenDiffTests {
    func screen(_ text: String, width: Int = 4) -> Screen {
        var s = Screen(size: Size(width: width, height: 1))
        _ = s.write(text, x: 0, y: 0, limit: width, role: .text)
        return s
    }

    func written(_ diff: ScreenDiff) -> [String] {
        diff.changes.map { "\($0.x):\($0.character)\($0.isWide ? "²" : "")" }
    }

    @Test func theFirstFrameAndANewSizeRepaintEverything() {
        let first = ScreenDiff(previous: nil, next: screen("ab"), limit: Size(width: 4, height: 1))
        #expect(first.repaintsAll)
        #expect(written(first) == ["0:a", "1:b", "2: ", "3: "])
        let resized = ScreenDiff(previous: screen("ab"), next: screen("ab", width: 5), limit: Size(width: 5, height: 1))
        #expect(resized.repaintsAll && resized.changes.count == 5)
    }

    @Test func anUnchangedFrameWritesNothing() {
        let diff = ScreenDiff(previous: screen("a中"), next: screen("a中"), limit: Size(width: 4, height: 1))
        #expect(!diff.repaintsAll && diff.changes.isEmpty)
    }

    @Test func narrowToWideWritesTheWideCharacterOnly() {
        // the continuation cell is covered by the wide character, never written
        let diff = ScreenDiff(previous: screen("abcd"), next: screen("中cd"), limit: Size(width: 4, height: 1))
        #expect(written(diff) == ["0:中²"])
    }

    @Test func wideToNarrowWritesBothHalves() {
        let diff = ScreenDiff(previous: screen("中cd"), next: screen("abcd"), limit: Size(width: 4, height: 1))
        #expect(written(diff) == ["0:a", "1:b"])
    }

    @Test func aWideCharacterMovedByOneRewritesWhatItLeft() {
        let diff = ScreenDiff(previous: screen("中  "), next: screen(" 中 "), limit: Size(width: 4, height: 1))
        #expect(written(diff) == ["0: ", "1:中²"])
    }

    @Test func cellsBeyondTheTerminalAreNotWritten() {
        let diff = ScreenDiff(previous: nil, next: screen("abcd"), limit: Size(width: 2, height: 1))
        #expect(written(diff) == ["0:a", "1:b"])
    }
}
