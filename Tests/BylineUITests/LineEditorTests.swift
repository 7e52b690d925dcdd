import Testing
@testable import BylineUI

@Suite struct LineEditorTests {
    /// An editor after typing `text` (cursor at the end).
    func typed(_ text: String, history: [String] = []) -> LineEditor {
        var editor = LineEditor(history: history)
        for c in text { editor.handle(.character(c)) }
        return editor
    }

    @Test func typingInsertsAtTheCursor() {
        var editor = typed("ukrane")
        #expect(editor.text == "ukrane" && editor.cursor == 6)
        editor.handle(.left)
        editor.handle(.left)
        editor.handle(.character("i"))
        #expect(editor.text == "ukraine" && editor.cursor == 5)
        // q and other command letters are text here
        editor.handle(.end)
        editor.handle(.character("q"))
        #expect(editor.text == "ukraineq")
    }

    @Test func leftRightHomeEndMoveTheCursorAndStopAtTheEnds() {
        var editor = typed("abc")
        editor.handle(.right)
        #expect(editor.cursor == 3)
        editor.handle(.home)
        #expect(editor.cursor == 0)
        editor.handle(.left)
        #expect(editor.cursor == 0)
        editor.handle(.right)
        #expect(editor.cursor == 1)
        editor.handle(.end)
        #expect(editor.cursor == 3)
        editor.handle(.control("a"))
        #expect(editor.cursor == 0)
        editor.handle(.control("e"))
        #expect(editor.cursor == 3)
        #expect(editor.text == "abc")
    }

    @Test func backspaceAndDeleteRemoveBeforeAndUnderTheCursor() {
        var editor = typed("abcd")
        editor.handle(.backspace)
        #expect(editor.text == "abc" && editor.cursor == 3)
        editor.handle(.delete)  // nothing under the cursor at the end
        #expect(editor.text == "abc")
        editor.handle(.home)
        editor.handle(.backspace)  // nothing before the cursor at the start
        #expect(editor.text == "abc" && editor.cursor == 0)
        editor.handle(.delete)
        #expect(editor.text == "bc" && editor.cursor == 0)
        editor.handle(.right)
        editor.handle(.backspace)
        #expect(editor.text == "c" && editor.cursor == 0)
    }

    @Test func controlUKWRemoveToTheStartTheEndAndAWord() {
        var editor = typed("country:UA riyadh")
        editor.handle(.control("w"))
        #expect(editor.text == "country:UA " && editor.cursor == 11)
        editor.handle(.control("w"))  // spaces before the word go with it
        #expect(editor.text == "" && editor.cursor == 0)

        editor = typed("person:okafor")
        for _ in 0..<6 { editor.handle(.left) }
        editor.handle(.control("u"))
        #expect(editor.text == "okafor" && editor.cursor == 0)
        editor.handle(.right)
        editor.handle(.control("k"))
        #expect(editor.text == "o" && editor.cursor == 1)
    }

    @Test func wideAndCombinedCharactersAreOneStep() {
        var editor = typed("東京👨‍👩‍👧é")
        #expect(editor.characters.count == 4)
        editor.handle(.left)
        editor.handle(.backspace)
        #expect(editor.text == "東京é")
    }

    @Test func enterSubmitsAndEscapeCancels() {
        var editor = typed("org:nato")
        #expect(editor.handle(.enter) == .submitted("org:nato"))
        #expect(editor.handle(.escape) == .cancelled)
        #expect(editor.handle(.control("c")) == .cancelled)
        #expect(editor.handle(.character("x")) == .editing)
        #expect(editor.handle(.tab) == .editing)
        #expect(editor.text == "org:natox")
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToTheDraft() {
        var editor = typed("spea", history: ["country:MT", "person:dragan"])
        editor.handle(.up)
        #expect(editor.text == "person:dragan" && editor.cursor == 13 && editor.historyPosition == 1)
        editor.handle(.up)
        #expect(editor.text == "country:MT" && editor.historyPosition == 0)
        editor.handle(.up)  // the oldest stays
        #expect(editor.text == "country:MT")
        editor.handle(.down)
        #expect(editor.text == "person:dragan")
        editor.handle(.down)  // past the newest: the line being typed again
        #expect(editor.text == "spea" && editor.historyPosition == nil && editor.cursor == 4)
        editor.handle(.down)
        #expect(editor.text == "spea")
        // an entry recalled can be edited and submitted
        editor.handle(.up)
        editor.handle(.backspace)
        #expect(editor.handle(.enter) == .submitted("person:draga"))
        // no history: up and down do nothing
        var empty = typed("x")
        empty.handle(.up)
        empty.handle(.down)
        #expect(empty.text == "x")
    }

    @Test func historyKeepsEntriesOnceInARowAndNotEmptyOnes() {
        var history: [String] = []
        history = LineEditor.history(history, adding: "country:MT")
        history = LineEditor.history(history, adding: "country:MT")
        history = LineEditor.history(history, adding: "  ")
        history = LineEditor.history(history, adding: "person:palo")
        history = LineEditor.history(history, adding: "country:MT")
        #expect(history == ["country:MT", "person:palo", "country:MT"])
        #expect(LineEditor.history(["a", "b", "c"], adding: "d", limit: 3) == ["b", "c", "d"])
    }

    @Test func newlinesAreNotTypedAndTabsBecomeSpaces() {
        var editor = LineEditor(text: "a")
        editor.insert("\n")
        editor.insert("\t")
        #expect(editor.text == "a ")
    }
}
