import BylineKit

/// Draws a `ReaderState` into a `Screen`: a pure function, so every screen is
/// testable as text and roles (ratatui's `TestBackend` is the model). The
/// screen is composed of widgets (`Widgets/`), each drawing into its
/// rectangle; the terminal backend copies the changed cells to the terminal.
public struct Renderer: Sendable {
    public init() {}

    public func render(_ state: ReaderState) -> Screen {
        var screen = Screen(size: Size(width: max(0, state.size.width), height: max(0, state.size.height)))
        let whole = Rect(x: 0, y: 0, width: screen.size.width, height: screen.size.height)
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallView().draw(into: &screen, whole)
            return screen
        }
        if state.isHelpShown {
            HelpView(state: state).draw(into: &screen, whole)
        } else {
            PaneFrame(state: state).draw(into: &screen, whole)
            if let rect = layout.list { ListView(state: state).draw(into: &screen, rect) }
            if let rect = layout.reading { ReadingView(state: state).draw(into: &screen, rect) }
            if let rect = layout.side { SidePanelView(state: state).draw(into: &screen, rect) }
            if let list = state.speakerList, let rect = layout.reading { SpeakerPopup(list: list).draw(into: &screen, rect) }
            if let list = state.linkList, let rect = layout.reading { LinkPopup(list: list).draw(into: &screen, rect) }
        }
        StatusLine(state: state).draw(into: &screen, whole)
        return screen
    }
}

/// The screen for `state` (see `Renderer`).
public func render(_ state: ReaderState) -> Screen {
    Renderer().render(state)
}
