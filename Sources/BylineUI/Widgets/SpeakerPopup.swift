/// The `s` overlay: the speakers and their quote counts.
struct SpeakerPopup: Widget {
    let list: SpeakerList

    func draw(into screen: inout Screen, _ rect: Rect) {
        let rows = list.rows.map { Popup.Row(label: $0.label, trailing: String($0.count), role: $0.speaker == nil ? .dim : .speaker) }
        Popup(title: "Speakers", rows: rows, window: list.window).draw(into: &screen, rect)
    }
}

/// The `L` overlay: the article's links by the numbers the text shows.
struct LinkPopup: Widget {
    let list: LinkList

    func draw(into screen: inout Screen, _ rect: Rect) {
        let rows = list.links.map { Popup.Row(label: "[\($0.number)] \($0.url)", role: .text) }
        Popup(title: "Links", rows: rows, window: list.window).draw(into: &screen, rect)
    }
}
