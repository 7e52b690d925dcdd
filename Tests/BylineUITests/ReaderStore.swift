import BylineKit
import Testing
@testable import BylineUI

/// The exhaustive way to test the reducer, after the Composable Architecture's
/// TestStore: each step sends one command or event, names every effect that
/// comes out, and states the change it expects; the store checks that the
/// state is exactly the one before with that change made, so a step that
/// changes more than it says fails. Article loads are effects like any other:
/// a test names `.loadArticle(i)` and then `receive`s the `.articleLoaded`
/// the runtime would report.
struct ReaderStore {
    private(set) var state: ReaderState

    init(_ state: ReaderState) { self.state = state }

    /// Sends a command, as a key bound to it would.
    mutating func send(_ command: Command, _ effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                       _ change: (inout ReaderState) -> Void = { _ in }) {
        step(effects, sourceLocation, change) { $0.reduce(command) }
    }

    /// Sends raw terminal input, as the runtime does with every key.
    mutating func send(_ input: InputEvent, _ effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                       _ change: (inout ReaderState) -> Void = { _ in }) {
        step(effects, sourceLocation, change) { $0.reduce(.input(input)) }
    }

    /// Reports what the world did, as the runtime does when an effect is done.
    mutating func receive(_ event: Event, _ effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                          _ change: (inout ReaderState) -> Void = { _ in }) {
        step(effects, sourceLocation, change) { $0.reduce(event) }
    }

    /// Reports an article's text coming in. Laying an article out changes
    /// the pane, the side panel and the focus together, which a step would
    /// restate at length: this one checks every effect and what `check`
    /// asserts of the state.
    mutating func receiveArticle(_ event: Event, _ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation,
                                 _ check: (ReaderState) -> Void) {
        #expect(state.reduce(event) == effects, "effects", sourceLocation: sourceLocation)
        check(state)
    }

    private mutating func step(_ expectedEffects: [Effect], _ sourceLocation: SourceLocation,
                               _ change: (inout ReaderState) -> Void, _ reduce: (inout ReaderState) -> [Effect]) {
        var expected = state
        change(&expected)
        let effects = reduce(&state)
        #expect(effects == expectedEffects, "effects", sourceLocation: sourceLocation)
        if state != expected {
            Issue.record("the state changed otherwise than the step says:\n\(Self.difference(state, expected))",
                         sourceLocation: sourceLocation)
        }
    }

    /// The stored properties that differ, each as it is and as the step said,
    /// so a failure names the field instead of printing two whole states.
    static func difference(_ actual: ReaderState, _ expected: ReaderState) -> String {
        let said = Dictionary(Mirror(reflecting: expected).children.compactMap { c in c.label.map { ($0, "\(c.value)") } },
                              uniquingKeysWith: { a, _ in a })
        return Mirror(reflecting: actual).children.compactMap { c -> String? in
            guard let label = c.label, let other = said[label] else { return nil }
            let now = "\(c.value)"
            return now == other ? nil : "  \(label): \(now.prefix(300))\n    the step said: \(other.prefix(300))"
        }.joined(separator: "\n")
    }
}
