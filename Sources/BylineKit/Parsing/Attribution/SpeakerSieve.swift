/// The speaker rules, each a named sieve in a file of its own, asked in this
/// order for every quote: the first that decides — a speaker, or that the
/// text names none — wins. Each has one signature (`QuoteAttributor.decide`:
/// a `QuoteContext` in, a `Speaker` or nil out), and any can be switched off
/// (`byline parse --without-sieve NAME`) to measure what it is worth.
/// The names are part of `byline parse --json` (a quote's `rule`).
public enum SpeakerSieve: String, CaseIterable, Sendable {
    /// In a heading: `Roe: Talks 'Going Nowhere'`, `… Roe Says` (HeadlineCueSieve)
    case headlineCue = "headline-cue"
    /// A transcript's turn: `"PENCE: Well, …` (TranscriptSieve)
    case transcript
    /// `"…," X said.` / `"…," said X.` / `"…", according to X.` (CueAfterSieve)
    case cueAfter = "cue-after"
    /// `"…" — Dana Ortiz`: a credit after a dash (DashCreditSieve)
    case dashCredit = "dash-credit"
    /// A paragraph that reopens a quote left open keeps its speaker (ContinuationSieve).
    case continuation
    /// `X said "…"`, `X said that … "…"`, `according to X, "…"` (CueBeforeSieve)
    case cueBefore = "cue-before"
    /// A second quote of one sentence with no new cue between (SameSentenceSieve).
    case sameSentence = "same-sentence"
    /// A quoted phrase in a sentence with no cue: the sentence's subject
    /// (`X dismissed Y as "…"`) (SentenceSubjectSieve)
    case sentenceSubject = "sentence-subject"
    /// A quote with no cue: the latest speaker of this or the previous
    /// paragraph, else the person the previous paragraph was about (FloatingQuoteSieve).
    case floating
    /// After all the others: a headline quote repeated in the body takes the
    /// body's speaker (HeadlineSieve).
    case headline

    /// Every sieve: what a parse asks unless some are switched off.
    public static let all: Set<SpeakerSieve> = Set(allCases)

    /// The sieves asked quote by quote, in order (the headline's is a pass after them).
    static let perQuote: [SpeakerSieve] = allCases.filter { $0 != .headline }
}
