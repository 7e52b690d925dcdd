import BylineKit
import Foundation

/// The cache's binary forms of an `ArticleDigest` (read at every start) and of
/// a whole `Article` (read when it is opened). Neither stores the file's path:
/// the path comes from the file list, as the user named it this time.
/// Changing either layout means bumping `LibraryCache.schemaVersion`.
enum ArticleCoding {
    static func encode(_ digest: ArticleDigest) -> Data {
        var w = BinaryWriter()
        w.string(digest.title)
        header(digest.header, into: &w)
        w.int(digest.entities.count)
        for e in digest.entities {
            w.int(kindTag(e.kind))
            w.string(e.name)
            w.strings(e.aliases)
            w.optionalString(e.role)
            w.optionalString(e.code)
            w.int(e.mentionCount)
        }
        w.strings(digest.speakers)
        w.int(digest.quoteCount)
        w.strings(digest.notes)
        return w.data
    }

    static func decodeDigest(_ data: Data, file: String) throws(BinaryReader.Malformed) -> ArticleDigest {
        var strings = StringTable()
        return try decodeDigest(data, file: file, strings: &strings)
    }

    /// Names, roles and sources recur across thousands of digests: `strings`
    /// makes each one a single shared copy in memory.
    static func decodeDigest(_ data: Data, file: String, strings: inout StringTable) throws(BinaryReader.Malformed) -> ArticleDigest {
        do {
            return try data.withUnsafeBytes { buffer in
                var r = BinaryReader(buffer)
                let title = try r.string()
                let header = ArticleHeader(title: try r.optionalString(), source: try r.optionalString(sharedIn: &strings),
                                           author: try r.optionalString(sharedIn: &strings), date: try r.optionalString(), url: try r.optionalString())
                let n = try r.count()
                var entities: [DigestEntity] = []
                entities.reserveCapacity(n)
                for _ in 0..<n {
                    let kind = try readKind(&r)
                    entities.append(DigestEntity(kind: kind, name: try r.string(sharedIn: &strings), aliases: try r.strings(sharedIn: &strings),
                                                 role: try r.optionalString(sharedIn: &strings),
                                                 code: try r.optionalString(), mentionCount: try r.int()))
                }
                let digest = ArticleDigest(file: file, title: title, header: header, entities: entities,
                                           speakers: try r.strings(sharedIn: &strings), quoteCount: try r.int(), notes: try r.strings())
                guard r.isAtEnd else { throw BinaryReader.Malformed() }
                return digest
            }
        } catch {
            throw BinaryReader.Malformed()
        }
    }

    static func encode(_ article: Article) -> Data {
        var w = BinaryWriter(capacity: 4096)
        w.string(article.title)
        header(article.header, into: &w)
        w.int(article.paragraphs.count)
        for p in article.paragraphs {
            w.int(paragraphTag(p.kind))
            w.string(p.text)
            w.int(p.references.count)
            for reference in p.references {
                w.int(reference.offset)
                w.int(reference.number)
            }
        }
        w.int(article.entities.count)
        for e in article.entities {
            w.int(kindTag(e.kind))
            w.string(e.name)
            w.strings(e.aliases)
            w.optionalString(e.role)
            w.optionalString(e.code)
            w.int(e.mentions.count)
            for m in e.mentions { mention(m, into: &w) }
        }
        w.int(article.quotes.count)
        for q in article.quotes {
            w.string(q.text)
            w.optionalString(q.speaker)
            w.int(q.speakerKind.map { kindTag($0) + 1 } ?? 0)
            mention(q.mention, into: &w)
            w.int(q.speakerMention == nil ? 0 : 1)
            if let m = q.speakerMention { mention(m, into: &w) }
            w.optionalString(q.rule)
        }
        w.strings(article.notes)
        return w.data
    }

    static func decodeArticle(_ data: Data, file: String) throws(BinaryReader.Malformed) -> Article {
        do {
            return try data.withUnsafeBytes { buffer in
                var r = BinaryReader(buffer)
                let title = try r.string()
                let header = try readHeader(&r)
                var paragraphs: [Paragraph] = []
                for _ in 0..<(try r.count()) {
                    let kind: Paragraph.Kind = switch try r.int() {
                    case 0: .body
                    case 1: .heading
                    case 2: .boilerplate
                    default: throw BinaryReader.Malformed()
                    }
                    let text = try r.string()
                    var references: [Paragraph.Reference] = []
                    for _ in 0..<(try r.count()) {
                        references.append(Paragraph.Reference(offset: try r.int(), number: try r.int()))
                    }
                    paragraphs.append(Paragraph(kind: kind, text: text, references: references))
                }
                var entities: [Entity] = []
                for _ in 0..<(try r.count()) {
                    let kind = try readKind(&r)
                    var e = Entity(kind: kind, name: try r.string(), aliases: try r.strings(), role: try r.optionalString(), code: try r.optionalString())
                    let n = try r.count()
                    e.mentions.reserveCapacity(n)
                    for _ in 0..<n { e.mentions.append(try readMention(&r)) }
                    entities.append(e)
                }
                var quotes: [Quote] = []
                for _ in 0..<(try r.count()) {
                    let text = try r.string()
                    let speaker = try r.optionalString()
                    let tag = try r.int()
                    guard tag >= 0, tag <= 3 else { throw BinaryReader.Malformed() }
                    let kind: Entity.Kind? = tag == 0 ? nil : try kindFromTag(tag - 1)
                    let at = try readMention(&r)
                    let speakerMention: Mention? = switch try r.int() {
                    case 0: nil
                    case 1: try readMention(&r)
                    default: throw BinaryReader.Malformed()
                    }
                    quotes.append(Quote(text: text, speaker: speaker, speakerKind: kind, mention: at,
                                        speakerMention: speakerMention, rule: try r.optionalString()))
                }
                let notes = try r.strings()
                guard r.isAtEnd else { throw BinaryReader.Malformed() }
                return Article(file: file, title: title, header: header, paragraphs: paragraphs, entities: entities, quotes: quotes, notes: notes)
            }
        } catch {
            throw BinaryReader.Malformed()
        }
    }

    // MARK: Parts

    private static func header(_ h: ArticleHeader, into w: inout BinaryWriter) {
        for field in [h.title, h.source, h.author, h.date, h.url] { w.optionalString(field) }
    }

    private static func readHeader(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> ArticleHeader {
        ArticleHeader(title: try r.optionalString(), source: try r.optionalString(), author: try r.optionalString(),
                      date: try r.optionalString(), url: try r.optionalString())
    }

    private static func mention(_ m: Mention, into w: inout BinaryWriter) {
        w.int(m.paragraph)
        w.int(m.start)
        w.int(m.end - m.start)
    }

    private static func readMention(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> Mention {
        let paragraph = try r.int()
        let start = try r.int()
        return Mention(paragraph: paragraph, start: start, end: start + (try r.int()))
    }

    private static func kindTag(_ kind: Entity.Kind) -> Int {
        switch kind {
        case .person: 0
        case .country: 1
        case .organisation: 2
        }
    }

    private static func kindFromTag(_ tag: Int) throws(BinaryReader.Malformed) -> Entity.Kind {
        switch tag {
        case 0: .person
        case 1: .country
        case 2: .organisation
        default: throw BinaryReader.Malformed()
        }
    }

    private static func readKind(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> Entity.Kind {
        try kindFromTag(try r.int())
    }

    private static func paragraphTag(_ kind: Paragraph.Kind) -> Int {
        switch kind {
        case .body: 0
        case .heading: 1
        case .boilerplate: 2
        }
    }
}

/// One shared copy of each string met (those too long to be stored inline),
/// found by its encoded bytes: a name met before costs neither a new String
/// (allocated, its UTF-8 checked) nor a SipHash of one. Strings are told
/// apart by their bytes, so each digest keeps the exact text it was written
/// with (a table of Strings would have shared one form of two canonically
/// equal ones).
struct StringTable {
    private var strings: [String] = []
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 256)

    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> String {
        // small strings live inside the String value
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while slots[slot] != 0 {
            let shared = strings[Int(slots[slot]) - 1]
            if Self.hasBytes(shared, bytes) { return shared }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        strings.append(string)
        slots[slot] = Int32(strings.count)
        if strings.count * 2 > slots.count { rehash() }
        return string
    }

    /// FNV-1a: cheap for names of a few dozen bytes.
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        Int(truncatingIfNeeded: FNV1a.hash64(bytes))
    }

    /// `string`'s UTF-8 is `bytes`, compared in place.
    private static func hasBytes(_ string: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { utf8 in
            utf8.count == bytes.count && memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? string.utf8.elementsEqual(bytes)
    }

    private mutating func rehash() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (e, string) in strings.enumerated() {
            var slot = Self.hash(string.utf8) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e + 1)
        }
    }
}
