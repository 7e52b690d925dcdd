/// A span of quoted text found in a paragraph, before anyone is said to have said it.
struct QuoteSpan: Sendable, Equatable {
    var paragraph: Int
    /// Scalar offsets of the quoted text, between the marks.
    var start: Int
    var end: Int
    /// Offsets of the opening and closing marks, nil where the span runs from the
    /// paragraph's start (a continuation) or to its end (unclosed).
    var openMark: Int?
    var closeMark: Int?
    /// Continues a quote left open at the end of the previous paragraph.
    var isContinuation: Bool
}

/// Finds quotations. Only double marks pair in body text (`"…"`, `“…”`, `«…»`,
/// `„…“`); single marks pair only in headings, where news sets quotes that way.
/// An apostrophe never opens or closes a quote. An unclosed quote runs to the
/// end of its paragraph and never further; a paragraph after an unclosed quote
/// continues it when it opens with a quote mark, or when its first mark can
/// only be a closing one (sources that omit the reopening mark).
enum QuoteFinder {
    static func isDoubleMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}", "\u{FF02}": true
        default: false
        }
    }

    static func isSingleMark(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2018}" || s == "\u{2019}" || s == "\u{201A}" || s == "\u{2039}" || s == "\u{203A}"
    }

    private static func isOpeningContext(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/", ":": true
        default: isDoubleMark(s) || isSingleMark(s)
        }
    }

    private static func isClosingContext(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2014}", "\u{2013}", "-", "\u{2026}": true
        default: isDoubleMark(s) || isSingleMark(s)
        }
    }

    enum Shape { case opening, closing, either }

    /// Whether a mark at `i` can open or close, from the glyph and its neighbours.
    static func shape(_ scalars: TextRun<Unicode.Scalar>, _ i: Int) -> Shape {
        let before = i > 0 ? scalars[i - 1] : nil
        let after = i + 1 < scalars.count ? scalars[i + 1] : nil
        // (`Tokenizer.isSpace` is `properties.isWhitespace`, with ASCII answered directly)
        let spaceBefore = before == nil || Tokenizer.isSpace(before!) || isOpeningContext(before!)
        let spaceAfter = after == nil || Tokenizer.isSpace(after!) || isClosingContext(after!)
        if spaceBefore && !spaceAfter { return .opening }
        if spaceAfter && !spaceBefore { return .closing }
        switch scalars[i] {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}", "\u{201A}", "\u{2039}": return .opening
        case "\u{201D}", "\u{00BB}", "\u{2019}", "\u{203A}": return .closing
        default: return .either
        }
    }

    /// The quotations of an article's paragraphs, in text order. Boilerplate
    /// keeps none (it is page furniture), though a quote left open there
    /// carries on into the next paragraph as from any other.
    static func find(in paragraphs: [ParagraphText]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var carriedOpen = false
        for para in paragraphs {
            let before = spans.count
            carriedOpen = findInParagraph(para.scalars, paragraph: para.index, continuing: carriedOpen,
                                          singleMarks: para.kind == .heading, into: &spans)
            if para.kind == .boilerplate { spans.removeSubrange(before...) }
        }
        return spans
    }

    /// The index of the first scalar after `i` that may be a quote mark (`n` if
    /// none): no mark is below U+00AB but `"` and `'`, so most scalars are
    /// passed over here, eight at a time while none of them may be one, then
    /// one by one.
    private static func nextPossibleMark(in scalars: TextRun<Unicode.Scalar>, after i: Int) -> Int {
        scalars.withUnsafeBufferPointer { buffer in
            var j = i + 1
            let n = buffer.count
            if let base = buffer.baseAddress {
                let low = SIMD8<Int32>(repeating: 0xAA), quote = SIMD8<Int32>(repeating: 0x22), apostrophe = SIMD8<Int32>(repeating: 0x27)
                while j + 8 <= n {
                    // (a scalar is its value, below 0x110000, so an Int32 lane compares it;
                    // vectors are compared with vectors: the forms taking a scalar
                    // compile to a loop over the lanes)
                    let v = UnsafeRawPointer(base + j).loadUnaligned(as: SIMD8<Int32>.self)
                    let hit = (v .> low) .| (v .== quote) .| (v .== apostrophe)
                    if any(hit) { break }
                    j += 8
                }
            }
            while j < n {
                let v = buffer[j].value
                if v >= 0xAB || v == 0x22 || v == 0x27 { return j }
                j += 1
            }
            return n
        }
    }

    /// Appends the paragraph's quotations to `spans`; returns whether the
    /// last one is left open at the paragraph's end.
    static func findInParagraph(_ scalars: TextRun<Unicode.Scalar>, paragraph p: Int, continuing: Bool, singleMarks: Bool,
                                into spans: inout [QuoteSpan]) -> Bool {
        var open: (mark: Int, start: Int, continuation: Bool)? = nil
        var sawMark = false
        let n = scalars.count
        var i = -1
        while true {
            i = nextPossibleMark(in: scalars, after: i)
            guard i < n else { break }
            let s = scalars[i]
            let double = isDoubleMark(s)
            // single marks: only in headings, and never between two letters (an apostrophe)
            let single = !double && singleMarks && isSingleMark(s) && !(i > 0 && i + 1 < n
                && Tokenizer.isWordScalar(scalars[i - 1]) && Tokenizer.isWordScalar(scalars[i + 1]))
            guard double || single else { continue }
            let shape = shape(scalars, i)
            if !sawMark && continuing && shape == .closing && double && open == nil {
                // the source omitted the reopening mark: the paragraph so far is the quote
                spans.append(QuoteSpan(paragraph: p, start: 0, end: i, openMark: nil, closeMark: i, isContinuation: true))
                sawMark = true
                continue
            }
            let firstMark = !sawMark
            sawMark = true
            if let o = open {
                guard shape != .opening else {
                    // two openings in a row: the first one was a stray; start again here
                    if double { open = (i, i + 1, false) }
                    continue
                }
                // a single mark closes only a single-mark quote, a double only a double
                if isDoubleMark(scalars[o.mark]) != double { continue }
                if i > o.start {
                    spans.append(QuoteSpan(paragraph: p, start: o.start, end: i, openMark: o.mark, closeMark: i, isContinuation: o.continuation))
                }
                open = nil
            } else if shape != .closing {
                if single && (i + 1 >= n || !Tokenizer.isWordScalar(scalars[i + 1])) { continue }
                open = (i, i + 1, continuing && firstMark && i == 0)
            }
        }
        if let o = open, isDoubleMark(scalars[o.mark]) {
            var end = n
            while end > o.start, Tokenizer.isSpace(scalars[end - 1]) { end -= 1 }
            if end > o.start {
                spans.append(QuoteSpan(paragraph: p, start: o.start, end: end, openMark: o.mark, closeMark: nil, isContinuation: o.continuation))
                return true
            }
        }
        return false
    }
}
