/// What a text says about its own country decides some names: a state that
/// shares a country's name, a bare `Senate` in another country's story.
extension EntityRecognizer {
    /// `Georgia voters in Atlanta`: a state's name shared with a country
    /// (`NameRules.statesNamedLikeCountries`) is the US state's in a text that
    /// speaks of the United States and names that country in no other way.
    func sharedStateNames(_ raw: inout [RawMention], in paragraphs: [ParagraphText]) {
        guard let us = gazetteer.countries.recordIndex(code: "US"),
              raw.contains(where: { if case .country(us) = $0.draft { return true } else { return false } }) else { return }
        for name in NameRules.statesNamedLikeCountries {
            guard let country = gazetteer.countries.entry(forForm: name)?.index else { continue }
            var named = false, otherwise = false
            for r in raw {
                guard case .country(country) = r.draft else { continue }
                if paragraphs[r.paragraph].text(r.start, r.end) == name { named = true } else { otherwise = true }
            }
            guard named, !otherwise else { continue }
            for i in raw.indices {
                if case .country(country) = raw[i].draft { raw[i].draft = .country(us) }
            }
        }
    }

    /// `the Senate`, `Congress`: a bare name the gazetteer knows as the US
    /// body's (`US Senate`) is the body of the country the text is about; when
    /// that is not the United States, the body keeps the text's own name.
    func bareNationalBodies(_ raw: inout [RawMention], in paragraphs: [ParagraphText]) {
        guard let us = gazetteer.countries.recordIndex(code: "US"),
              raw.contains(where: { if case .organisation(let o) = $0.draft { return o.hasPrefix("US ") } else { return false } }) else { return }
        var counts: [Int: Int] = [:]
        for r in raw where !r.isDemonym { if case .country(let c) = r.draft { counts[c, default: 0] += 1 } }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              top.key != us, top.value > counts[us, default: 0] else { return }
        for i in raw.indices {
            guard case .organisation(let o) = raw[i].draft, o.hasPrefix("US "), raw[i].endToken - raw[i].firstToken == 1 else { continue }
            let surface = paragraphs[raw[i].paragraph].text(raw[i].start, raw[i].end)
            raw[i].draft = .organisation(surface)
            raw[i].surface = surface
        }
    }
}
