/// Everything the reader can be asked to do (tig's request enum is the model).
/// Keys map to actions through the `Keymap`; `ReaderState.apply` is the only
/// place state changes.
///
/// Planned for later issues, so that their keys slot into the same table:
/// `nextQuote`/`previousQuote` (`]` `[`), `nextQuoteBySameSpeaker`/
/// `previousQuoteBySameSpeaker` (`}` `{`), `nextMention`/`previousMention`
/// (`n` `N`), `search` (`/`), `filter`/`clearFilter` (`f` `F`),
/// `filterBySelectedPerson`/`filterBySelectedCountry` (`p` `c`), `nextTheme`
/// (`t`), `toggleBoilerplate` (`s`) and mouse `click(x:y:)`/`scroll`.
public enum Action: Sendable, Equatable, Hashable {
    /// Move down/up one row (list, side panel) or one line (reading pane).
    case moveDown, moveUp
    /// A screenful down/up in the focused pane.
    case pageDown, pageUp
    /// First/last row or line of the focused pane.
    case top, bottom
    case focusNext, focusPrevious
    /// Enter: open the selected article (list); jump the reading pane to the
    /// selected entity's first mention or the selected quote (side panel).
    case activate
    case toggleHelp
    case closeHelp
    case quit
    case resize(Size)
    /// Show a message on the status line (nil clears it), e.g. load notes.
    case setStatus(String?)
}
