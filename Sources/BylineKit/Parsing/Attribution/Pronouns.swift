/// `he`, `she`, `they`, `it` as speakers: resolved to the latest compatible
/// speaker or sentence subject.
extension QuoteAttributor {
    /// The pronouns that can stand for a speaker.
    static let pronouns: Set<String> = ["he", "she", "they", "it"]

    func pronoun(_ t: Token, in para: ParagraphText) -> String? {
        isPronoun(t) ? para.lower(of: t) : nil
    }

    /// `pronoun(t) != nil`, with no String asked for.
    func isPronoun(_ t: Token) -> Bool { t.kind == .word && t.isIn(.pronoun) }

    /// he/she → the latest person who spoke or was named as a subject, of that
    /// gender where it is known; they/it/we → the latest body or country that spoke.
    func resolvePronoun(_ p: String, at pronoun: Mention, before pos: Position, speechEvents: SpeechHistory) -> Speaker? {
        let wanted: PersonGender? = p == "he" ? .male : p == "she" ? .female : nil
        if p == "he" || p == "she" {
            // the latest person who spoke or was a sentence's subject, of this gender or of none known
            var found: Speaker? = nil
            speechEvents.visitLatest(before: pos, includingSubjects: true) { e in
                guard let s = e.speaker, entities[s].kind == .person else { return true }
                if genders[s] == nil || genders[s] == wanted { found = .entity(s, pronoun); return false }
                return true
            }
            return found
        }
        var found: Speaker? = nil
        speechEvents.visitLatest(before: pos, includingSubjects: false) { e in
            if let s = e.speaker, entities[s].kind != .person { found = .entity(s, pronoun); return false }
            return true
        }
        return found
    }
}
