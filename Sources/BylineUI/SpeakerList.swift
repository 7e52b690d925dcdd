import BylineKit

/// The `s` overlay: the open article's speakers, each with how many quotes
/// are theirs, in order of their first quote (quotes whose speaker the text
/// does not name come last, as `unattributed`). Choosing one jumps to their first quote.
public struct SpeakerList: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The speaker's name, nil for quotes whose speaker is not known.
        public var speaker: String?
        public var count: Int
        /// Index into the article's `quotes` of their first quote (reading order).
        public var firstQuote: Int

        public var label: String { speaker ?? Quote.unattributed }
    }

    public var rows: [Row]
    /// The row the marker is on (the window's offset is the renderer's: it knows the overlay's height).
    var window = ScrollableSelection()
    public var selection: Int { window.selection }

    public init(article: Article) {
        rows = []
        var unknown: Row?
        for i in ArticleQuotes.order(article) {
            let q = article.quotes[i]
            guard let name = q.speaker else {
                if unknown == nil { unknown = Row(speaker: nil, count: 0, firstQuote: i) }
                unknown!.count += 1
                continue
            }
            if let r = rows.firstIndex(where: { ArticleQuotes.sameSpeaker($0.speaker, name) }) {
                rows[r].count += 1
            } else {
                rows.append(Row(speaker: name, count: 1, firstQuote: i))
            }
        }
        if let unknown { rows.append(unknown) }
    }
}

/// Quotes in reading order, and who said them.
enum ArticleQuotes {
    /// Indices into `article.quotes`, sorted by where each stands.
    static func order(_ article: Article) -> [Int] {
        article.quotes.indices.sorted { article.quotes[$0].mention < article.quotes[$1].mention }
    }

    /// Speakers are the same when their names are, case and accents aside.
    static func sameSpeaker(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a == b || LibraryIndex.fold(a) == LibraryIndex.fold(b)
    }
}

/// The `L` overlay: the open article's links (`ArticleLinks`), the marker on
/// one; Enter opens it in `$BROWSER` as `o` opens the article's own.
public struct LinkList: Sendable, Equatable {
    public var links: [ArticleLinks.Link]
    var window = ScrollableSelection()
    public var selection: Int { window.selection }
}

/// A list overlay: a marker over some rows.
protocol OverlayList {
    var window: ScrollableSelection { get set }
    /// How many rows it lists.
    var count: Int { get }
}

extension SpeakerList: OverlayList {
    var count: Int { rows.count }
}

extension LinkList: OverlayList {
    var count: Int { links.count }
}

/// What a key means in a list overlay (the speakers, the links): ↑/↓, j/k,
/// g/G move; Enter chooses; Esc, ←, h, q or the overlay's own key close it;
/// Q and Ctrl-C quit.
enum OverlayKey {
    case move(ReaderState.Movement), choose, close, quit

    init?(_ key: Key, closing own: Character) {
        switch key {
        case .down, .character("j"): self = .move(.down)
        case .up, .character("k"): self = .move(.up)
        case .home, .character("g"): self = .move(.top)
        case .end, .character("G"): self = .move(.bottom)
        case .enter: self = .choose
        case .escape, .left, .character("h"), .character("q"): self = .close
        case .control("c"), .character("Q"): self = .quit
        case .character(let c) where c == own: self = .close
        default: return nil
        }
    }
}
