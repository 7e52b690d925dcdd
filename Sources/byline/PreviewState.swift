// TEMPORARY stand-in until BylineUI's ReaderState lands.
import BylineKit
import BylineUI

struct ReaderState {
    var articles: [Article]
    var size: Size
    var selected = 0
    var isQuitting = false
    init(articles: [Article], size: Size) { self.articles = articles; self.size = size }
    mutating func handle(_ event: InputEvent) {
        switch event {
        case .resize(let s): size = s
        case .key(.character("q")): isQuitting = true
        case .key(.character("j")), .key(.down): selected = min(selected + 1, articles.count - 1)
        case .key(.character("k")), .key(.up): selected = max(selected - 1, 0)
        default: break
        }
    }
}

func render(_ state: ReaderState) -> Screen {
    var screen = Screen(size: state.size)
    func put(_ text: String, _ y: Int, _ role: Role) {
        var x = 0
        for ch in text {
            let w = ch.unicodeScalars.first!.value >= 0x1100 ? 2 : 1
            guard screen.contains(x: x + w - 1, y: y) else { return }
            screen[x, y] = Cell(character: ch, role: role, width: w)
            if w == 2 { screen[x + 1, y] = Cell(character: nil, role: role, width: 0) }
            x += w
        }
    }
    if state.size.width < 20 || state.size.height < 5 { put("too small", 0, .warning); return screen }
    for (i, a) in state.articles.enumerated() where i + 1 < state.size.height {
        put((i == state.selected ? "> " : "  ") + a.title, i, i == state.selected ? .selection : Role.allCases[i % Role.allCases.count])
    }
    put("\(state.selected + 1)/\(state.articles.count)  \u{1b}[2J esc 中文 😀 x", state.size.height - 1, .status)
    return screen
}
