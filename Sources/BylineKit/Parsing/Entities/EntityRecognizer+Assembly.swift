/// Mentions to entities: each person, country and organisation once, with its
/// mentions in text order and the fullest form as its name.
extension EntityRecognizer {


    /// `the Ports Office` after `the Harbour Ports Office`: a body's name of two
    /// words or more that ends the name of exactly one other body in the text,
    /// after capitalised words, is that body named shorter.
    func shortFormsOfBodies(_ raw: inout [RawMention]) {
        var names: [String: String] = [:]  // lowercase → as found
        for r in raw { if case .organisation(let o) = r.draft { names[Tokenizer.lowercase(o)] = o } }
        guard names.count > 1 else { return }
        var longer: [String: String] = [:]
        for short in names.keys where short.contains(" ") {
            // (its words opened by a modifier, `Harbour`, not a phrase: `Tribunal of the World Bank` is another body)
            let owners = names.keys.filter { long in
                guard long.count > short.count, long.hasSuffix(" " + short), let written = names[long] else { return false }
                let before = written.dropLast(short.count + 1).split(separator: " ").last
                return before?.first?.isUppercase == true
            }
            if owners.count == 1, let owner = names[owners[0]] { longer[short] = owner }
        }
        guard !longer.isEmpty else { return }
        for i in raw.indices {
            if case .organisation(let o) = raw[i].draft, let owner = longer[Tokenizer.lowercase(o)] { raw[i].draft = .organisation(owner) }
        }
    }

    func assemble(people: [PersonDraft], raw: [RawMention], paragraphCount: Int) -> Result {
        // draft → entity index: people by number, countries by record, organisations by lowercase name
        var personEntity = [Int?](repeating: nil, count: people.count)
        var countryEntity = [Int?](repeating: nil, count: gazetteer.countries.records.count)
        var organisationEntity: [String: Int] = [:]
        var entities: [Entity] = []
        var genders: [Int: PersonGender] = [:]
        genders.reserveCapacity(people.count)
        // the mentions in text order, by index (sorting the mentions themselves
        // would copy each one's strings)
        let order = raw.indices.sorted { (raw[$0].paragraph, raw[$0].start) < (raw[$1].paragraph, raw[$1].start) }
        // each mention's entity, made on first mention
        var entityOf = [Int](repeating: 0, count: raw.count)
        for ri in order {
            let index: Int
            switch raw[ri].draft {
            case .person(let p):
                if let e = personEntity[p] { index = e } else {
                    index = entities.count
                    personEntity[p] = index
                    // (the draft read in place: a copy would retain its lists)
                    entities.append(Entity(kind: .person, name: people[p].fullestForm ?? people[p].tokens.joined(separator: " "), aliases: [],
                                           role: people[p].role))
                    if let g = people[p].gender { genders[index] = g }
                }
            case .country(let c):
                if let e = countryEntity[c] { index = e } else {
                    index = entities.count
                    countryEntity[c] = index
                    let record = gazetteer.countries.records[c]
                    entities.append(Entity(kind: .country, name: record.name, code: record.code))
                }
            case .organisation(let o):
                let key = Tokenizer.lowercase(o)
                if let e = organisationEntity[key] { index = e } else {
                    index = entities.count
                    organisationEntity[key] = index
                    entities.append(Entity(kind: .organisation, name: o))
                }
            }
            entityOf[ri] = index
        }
        // the lists of mentions, each made at its size: counted first
        var entityMentions = [Int](repeating: 0, count: entities.count)
        var paragraphMentions = [Int](repeating: 0, count: paragraphCount)
        var demonymCount = 0
        for ri in raw.indices {
            entityMentions[entityOf[ri]] += 1
            paragraphMentions[raw[ri].paragraph] += 1
            if raw[ri].isDemonym { demonymCount += 1 }
        }
        for e in entities.indices { entities[e].mentions.reserveCapacity(entityMentions[e]) }
        var mentions: [[EntityMention]] = paragraphMentions.map { count in
            var list: [EntityMention] = []
            if count > 0 { list.reserveCapacity(count) }
            return list
        }
        var demonyms = Set<Mention>(minimumCapacity: demonymCount)
        for ri in order {
            // (the mention's fields read in place: a copy of it would retain its strings)
            let index = entityOf[ri], paragraph = raw[ri].paragraph, start = raw[ri].start, end = raw[ri].end
            entities[index].mentions.append(Mention(paragraph: paragraph, start: start, end: end))
            if raw[ri].isDemonym { demonyms.insert(Mention(paragraph: paragraph, start: start, end: end)) }
            mentions[paragraph].append(EntityMention(entity: index, start: start, end: end, firstToken: raw[ri].firstToken, endToken: raw[ri].endToken))
        }
        // aliases: the other forms used, in order of first use
        for pi in people.indices {
            guard let index = personEntity[pi] else { continue }
            let name = entities[index].name
            entities[index].aliases = people[pi].forms.filter { $0 != name }
        }
        // organisations: named by the fullest form the article uses
        for ri in raw.indices where !raw[ri].surface.isEmpty {
            guard case .organisation = raw[ri].draft else { continue }
            let index = entityOf[ri]
            if raw[ri].surface.count > entities[index].name.count { entities[index].name = raw[ri].surface }
        }
        // (appended in text order already: sorting is left for any that are not)
        for p in mentions.indices where !Self.isSortedByStart(mentions[p]) {
            mentions[p].sort { $0.start < $1.start }
        }
        return Result(entities: entities, genders: genders, mentions: mentions, demonymMentions: demonyms)
    }

    static func isSortedByStart(_ mentions: [EntityMention]) -> Bool {
        for i in mentions.indices.dropFirst() where mentions[i - 1].start > mentions[i].start { return false }
        return true
    }
}
