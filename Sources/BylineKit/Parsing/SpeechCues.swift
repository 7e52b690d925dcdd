/// The verbs and phrases that report speech, in every inflection. The list of
/// lemmas is the one common to published attributors (see the README's sources).
enum SpeechCues {
    static let lemmas: [String] = [
        "say", "tell", "add", "ask", "reply", "respond", "answer", "explain", "note", "announce", "declare",
        "state", "claim", "insist", "argue", "warn", "urge", "admit", "acknowledge", "confirm", "deny",
        "suggest", "write", "tweet", "post", "report", "describe", "comment", "continue", "conclude",
        "predict", "promise", "recall", "stress", "testify", "maintain", "observe", "mention", "agree",
        "allege", "assert", "complain", "concede", "contend", "criticise", "criticize", "disclose", "estimate",
        "quip", "vow", "pledge", "caution", "recount", "reiterate", "emphasise", "emphasize", "remark",
        "shout", "whisper", "exclaim", "joke", "boast", "lament", "charge", "counter", "retort", "demand",
        "tout", "call", "dub", "label", "hail", "brand", "characterise", "characterize", "read", "proclaim",
        "plead", "signal", "indicate", "affirm", "advise", "recommend", "propose", "accuse", "blame",
        "apologise", "apologize", "thank", "welcome", "condemn", "praise", "order", "instruct", "threaten",
        "cry", "sing", "chant", "text", "email", "message", "wonder", "muse", "grumble", "protest", "reason",
    ]

    static let irregular: [String: String] = [
        "said": "say", "says": "say", "saying": "say", "told": "tell", "wrote": "write", "written": "write",
        "writing": "write", "spoke": "speak", "spoken": "speak", "speaks": "speak", "speak": "speak",
        "speaking": "speak", "read": "read", "reads": "read", "reading": "read", "sang": "sing",
        "cried": "cry", "cries": "cry", "replied": "reply", "replies": "reply", "denied": "deny", "denies": "deny",
        "testified": "testify", "testifies": "testify", "texted": "text", "messaged": "message",
    ]

    /// Verbs that also give orders or make requests (`asked the council to help`).
    static let directiveLemmas: Set<String> = ["ask", "urge", "tell", "call", "order", "instruct", "advise", "warn", "invite", "press", "plead", "demand"]

    /// Belief verbs report speech only right next to a quote mark.
    static let beliefLemmas: Set<String> = ["think", "believe", "hope", "fear", "worry", "feel", "know"]

    static let forms: [String: String] = {
        var map = irregular
        for lemma in lemmas {
            map[lemma, default: lemma] = lemma
            let stem: String
            if lemma.hasSuffix("e") { stem = String(lemma.dropLast()) } else { stem = lemma }
            let doubled = ["quip", "admit", "dub"].contains(lemma) ? lemma + String(lemma.last!) : lemma
            if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
                map[lemma + "es", default: lemma] = lemma
            } else {
                map[lemma + "s", default: lemma] = lemma
            }
            map[lemma.hasSuffix("e") ? lemma + "d" : doubled + "ed", default: lemma] = lemma
            map[lemma.hasSuffix("e") ? stem + "ing" : doubled + "ing", default: lemma] = lemma
        }
        return map
    }()

    static let beliefForms: [String: String] = {
        var map: [String: String] = ["thought": "think", "knew": "know", "felt": "feel", "known": "know"]
        for lemma in beliefLemmas {
            map[lemma] = lemma
            map[lemma + (lemma.hasSuffix("y") ? "" : "s")] = lemma
            if lemma == "worry" { map["worries"] = lemma; map["worried"] = lemma } else {
                map[lemma.hasSuffix("e") ? lemma + "d" : lemma + "ed"] = lemma
            }
            map[lemma.hasSuffix("e") ? String(lemma.dropLast()) + "ing" : lemma + "ing"] = lemma
        }
        return map
    }()

    /// `as X put it`: `put` before `it` (token `k` and the next) is a cue, as
    /// `said` is. (Told by the words' lengths before their text.)
    static func isPutIt(at k: Int, in para: ParagraphText) -> Bool {
        let toks = para.tokens
        return k + 1 < toks.count && toks[k].kind == .word && toks[k].end - toks[k].start == 3 && toks[k + 1].end - toks[k + 1].start == 2
            && para.lower(of: toks[k]) == "put" && para.lower(of: toks[k + 1]) == "it"
    }

    /// The lemma of a speech verb form, or nil. Verbs are written in lowercase
    /// inside a sentence; a capitalised `State` or `Post` is a name.
    static func lemma(of word: String) -> String? {
        guard let first = word.utf8.first, !(first >= 0x41 && first <= 0x5A) else { return nil }
        if first >= 0x80, word.unicodeScalars.first!.properties.isUppercase { return nil }
        return forms[word]
    }

    /// Verbs that are cues only when a quote mark is adjacent, or that are also
    /// common nouns/adjectives and so need a subject right before them.
    static let weakLemmas: Set<String> = [
        "call", "read", "post", "report", "note", "state", "order", "charge", "signal", "text", "message",
        "counter", "label", "brand", "dub", "hail", "continue", "thank", "welcome", "praise", "blame",
        "accuse", "condemn", "demand", "propose", "recommend", "advise", "instruct", "threaten", "estimate",
        "answer", "comment", "protest", "cry", "sing", "chant", "email", "tout", "wonder", "muse",
    ]
}
