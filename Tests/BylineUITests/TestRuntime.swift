import BylineKit
@testable import BylineUI

/// The runtime in miniature, for state tests: each call reduces, then carries
/// out the article loads the state asks for against its in-memory library
/// (reporting `.articleLoaded` back, as the real runtime does), and returns the
/// other effects, which a test either checks or lets go.
extension ReaderState {
    @discardableResult
    mutating func apply(_ command: Command) -> [Effect] { settle(reduce(command)) }

    @discardableResult
    mutating func apply(_ event: Event) -> [Effect] { settle(reduce(event)) }

    @discardableResult
    mutating func handle(_ input: InputEvent) -> [Effect] { apply(.input(input)) }

    /// Applies a query as if typed at the filter prompt.
    @discardableResult
    mutating func filter(_ query: String) -> [Effect] {
        applyFilter(query)
        return settle(takeEffects())
    }

    /// Searches the open article as if typed at the search prompt.
    @discardableResult
    mutating func find(_ text: String) -> [Effect] {
        searchOpenArticle(text)
        return settle(takeEffects())
    }

    /// The state as the runtime has it once its first article is in.
    func started() -> ReaderState {
        var state = self
        _ = state.settle(state.start())
        return state
    }

    /// The state and the effects other than loads that starting it asks for.
    func startedWithEffects() -> (ReaderState, [Effect]) {
        var state = self
        let effects = state.settle(state.start())
        return (state, effects)
    }

    mutating func settle(_ effects: [Effect]) -> [Effect] {
        var queue = effects, others: [Effect] = []
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if case .loadArticle(let i) = effect {
                queue += reduce(.articleLoaded(i, library.article(at: i)))
            } else {
                others.append(effect)
            }
        }
        return others
    }
}
