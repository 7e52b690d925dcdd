/// The understood form of one news article: what the parser produces and what
/// every other layer (the reader, queries, `byline parse --json`) consumes.
///
/// Offsets in `Mention` and `Quote` count Unicode scalars within the paragraph's
/// `text`, so they mean the same in Swift, in JSON and in Python (the scorer).
public struct Article: Sendable, Equatable {
    /// The path the article was read from, as the user named it.
    public var file: String
    public var title: String
    public var header: ArticleHeader
    public var paragraphs: [Paragraph]
    /// People, countries and organisations, each once, in order of first mention.
    public var entities: [Entity]
    public var quotes: [Quote]
    /// Problems met while reading the file (invalid UTF-8 replaced, …), said once.
    public var notes: [String]

    public init(
        file: String, title: String, header: ArticleHeader = ArticleHeader(),
        paragraphs: [Paragraph], entities: [Entity] = [], quotes: [Quote] = [], notes: [String] = []
    ) {
        self.file = file
        self.title = title
        self.header = header
        self.paragraphs = paragraphs
        self.entities = entities
        self.quotes = quotes
        self.notes = notes
    }

    public var people: [Entity] { entities.filter { $0.kind == .person } }
    public var countries: [Entity] { entities.filter { $0.kind == .country } }
    public var organisations: [Entity] { entities.filter { $0.kind == .organisation } }

    /// The entity a quote's speaker names, when the speaker is one of ours.
    public func entity(named name: String) -> Entity? {
        entities.first { $0.name == name }
    }
}

/// Fields of the optional header block (`Title:`, `Source:`, `Author:`, `Date:`, `URL:`).
public struct ArticleHeader: Sendable, Equatable {
    public var title: String?
    public var source: String?
    public var author: String?
    public var date: String?
    public var url: String?

    public init(title: String? = nil, source: String? = nil, author: String? = nil, date: String? = nil, url: String? = nil) {
        self.title = title
        self.source = source
        self.author = author
        self.date = date
        self.url = url
    }

    public var isEmpty: Bool { title == nil && source == nil && author == nil && date == nil && url == nil }
}

public struct Paragraph: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable {
        case body, heading, boilerplate
    }

    /// A numbered link reference (`the report[1]`) taken out of the text: the
    /// reading pane shows `[number]` at `offset` (a Unicode scalar offset
    /// into `text`); names and quotes are found in the text without it.
    public struct Reference: Sendable, Equatable {
        public var offset: Int
        public var number: Int

        public init(offset: Int, number: Int) {
            self.offset = offset
            self.number = number
        }
    }

    public var kind: Kind
    public var text: String
    /// In order of offset.
    public var references: [Reference]

    public init(kind: Kind, text: String, references: [Reference] = []) {
        self.kind = kind
        self.text = text
        self.references = references
    }
}

/// Where an entity's name or a quote stands: a paragraph index and a half-open
/// range of Unicode scalar offsets within that paragraph's text.
public struct Mention: Sendable, Equatable, Hashable, Comparable {
    public var paragraph: Int
    public var start: Int
    public var end: Int

    public init(paragraph: Int, start: Int, end: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }

    public static func < (a: Mention, b: Mention) -> Bool {
        (a.paragraph, a.start, a.end) < (b.paragraph, b.start, b.end)
    }
}

public struct Entity: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        case person, country, organisation
    }

    public var kind: Kind
    /// The canonical name: a person's fullest form in the article, a country's
    /// English short name, an organisation's fullest form.
    public var name: String
    /// Other forms used in the article (`Zelensky` for `Volodymyr Zelensky`).
    public var aliases: [String]
    /// A person's role when the text gives one (`Ukrainian President`).
    public var role: String?
    /// ISO 3166-1 alpha-2 code, for countries.
    public var code: String?
    public var mentions: [Mention]

    public init(kind: Kind, name: String, aliases: [String] = [], role: String? = nil, code: String? = nil, mentions: [Mention] = []) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.role = role
        self.code = code
        self.mentions = mentions
    }
}

public struct Quote: Sendable, Equatable {
    /// The characters between the quote marks, exactly.
    public var text: String
    /// The canonical name of the speaking entity, or nil when the text does not say.
    public var speaker: String?
    public var speakerKind: Entity.Kind?
    /// Where the quoted text stands (between the marks).
    public var mention: Mention
    /// The words the parser took to name the speaker (a name, a pronoun,
    /// `the ministry`), so a reader can check who said it; nil when the text
    /// has none for this quote (a quote with no speaker).
    public var speakerMention: Mention?
    /// The sieve that decided the speaker (`SpeakerSieve`'s name), nil when none did.
    public var rule: String?

    public init(text: String, speaker: String?, speakerKind: Entity.Kind?, mention: Mention,
                speakerMention: Mention? = nil, rule: String? = nil) {
        self.text = text
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.mention = mention
        self.speakerMention = speakerMention
        self.rule = rule
    }

    public var paragraph: Int { mention.paragraph }

    /// The one word every view uses for a quote whose speaker the text does
    /// not name: the side panel, the status line, `byline quotes`, `byline parse`.
    public static let unattributed = "unattributed"

    /// The speaker's name, or `unattributed`.
    public var speakerOrUnattributed: String { speaker ?? Self.unattributed }
}
