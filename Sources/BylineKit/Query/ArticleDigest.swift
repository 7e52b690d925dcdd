/// What the article list and the `LibraryIndex` need from an article, without
/// its text: title, header, the entities with their mention counts and who is
/// quoted. The library database keeps one per file, so a warm start never
/// decodes a full `Article`; the body is loaded when the article is opened.
public struct ArticleDigest: Sendable, Equatable {
    /// The path the article was read from, as the user named it.
    public var file: String
    public var title: String
    public var header: ArticleHeader
    /// People, countries and organisations, each once, in order of first mention.
    public var entities: [DigestEntity]
    /// The distinct speakers of the article's quotes (canonical names), in
    /// order of first quote.
    public var speakers: [String]
    public var quoteCount: Int
    /// Problems met while reading the file, as in `Article.notes`.
    public var notes: [String]
    /// When the file was last changed (seconds since 1970), where the store
    /// knows it: the list's date for an article whose header has none.
    public var modified: Int64?

    /// What the list sorts by for "newest first": the header's date, else the
    /// file's modification time, else nothing.
    public var sortDate: Int64? { header.date.flatMap(ArticleDate.seconds) ?? modified }

    public init(file: String, title: String, header: ArticleHeader = ArticleHeader(), entities: [DigestEntity] = [],
                speakers: [String] = [], quoteCount: Int = 0, notes: [String] = []) {
        self.file = file
        self.title = title
        self.header = header
        self.entities = entities
        self.speakers = speakers
        self.quoteCount = quoteCount
        self.notes = notes
    }

    public init(_ article: Article) {
        var speakers: [String] = []
        var seen = Set<String>()
        for q in article.quotes {
            if let s = q.speaker, seen.insert(s).inserted { speakers.append(s) }
        }
        self.init(
            file: article.file, title: article.title, header: article.header,
            entities: article.entities.map {
                DigestEntity(kind: $0.kind, name: $0.name, aliases: $0.aliases, role: $0.role, code: $0.code, mentionCount: $0.mentions.count)
            },
            speakers: speakers, quoteCount: article.quotes.count, notes: article.notes)
    }

    /// The entity a speaker's name refers to, when it is one of ours.
    public func entity(named name: String) -> DigestEntity? {
        entities.first { $0.name == name }
    }
}

/// An entity of an `ArticleDigest`: an `Entity` with a count instead of its mentions.
public struct DigestEntity: Sendable, Equatable {
    public var kind: Entity.Kind
    public var name: String
    public var aliases: [String]
    public var role: String?
    public var code: String?
    public var mentionCount: Int

    public init(kind: Entity.Kind, name: String, aliases: [String] = [], role: String? = nil, code: String? = nil, mentionCount: Int = 0) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.role = role
        self.code = code
        self.mentionCount = mentionCount
    }
}
