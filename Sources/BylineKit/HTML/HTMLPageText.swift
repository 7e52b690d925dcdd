/// Counts over an `HTMLTree` with some subtrees left out: characters of words,
/// characters inside links, commas, and how many `p` and `img`
/// elements there are, each as a prefix sum in document order. Any element's
/// share is then two reads, so scoring every element of a page stays linear
/// however deeply the page nests.
struct HTMLPageText {
    private var chars: [Int32]
    private var linkChars: [Int32]
    private var commas: [Int32]
    private var paragraphs: [Int32]
    private var images: [Int32]
    private let ends: [Int]

    init(_ tree: HTMLTree, leavingOut removed: [Bool]) {
        let n = tree.count
        chars = [Int32](repeating: 0, count: n + 1)
        linkChars = chars
        commas = chars
        paragraphs = chars
        images = chars
        ends = tree.nodes.map(\.end)
        var linkEnd = 0
        var i = 0
        while i < n {
            let node = tree[i]
            var c: Int32 = 0, l: Int32 = 0, k: Int32 = 0, p: Int32 = 0, m: Int32 = 0
            if let name = node.name {
                if removed[i] {
                    // the whole subtree adds nothing
                    for j in i..<node.end { carry(j, 0, 0, 0, 0, 0) }
                    i = node.end
                    continue
                }
                switch name {
                case "a": if node["href"] != nil { linkEnd = max(linkEnd, node.end) }
                case "p": p = 1
                case "img": m = 1
                default: break
                }
            } else {
                for byte in node.text.utf8 {
                    if HTMLTree.startsWordCharacter(byte) { c += 1 }
                    if byte == 0x2C { k += 1 }
                }
                if i < linkEnd { l = c }
            }
            carry(i, c, l, k, p, m)
            i += 1
        }
    }

    private mutating func carry(_ i: Int, _ c: Int32, _ l: Int32, _ k: Int32, _ p: Int32, _ m: Int32) {
        chars[i + 1] = chars[i] + c
        linkChars[i + 1] = linkChars[i] + l
        commas[i + 1] = commas[i] + k
        paragraphs[i + 1] = paragraphs[i] + p
        images[i + 1] = images[i] + m
    }

    private func sum(_ values: [Int32], _ i: Int) -> Int { Int(values[ends[i]] - values[i]) }

    /// Characters of words under element `i`.
    func length(_ i: Int) -> Int { sum(chars, i) }
    func commaCount(_ i: Int) -> Int { sum(commas, i) }
    /// `p` elements within `i` (itself included).
    func paragraphCount(_ i: Int) -> Int { sum(paragraphs, i) }
    func imageCount(_ i: Int) -> Int { sum(images, i) }

    /// The share of `i`'s text that is link text: menus and lists of
    /// headlines are mostly links, stories hardly at all.
    func linkDensity(_ i: Int) -> Double {
        let total = length(i)
        return total == 0 ? 0 : Double(sum(linkChars, i)) / Double(total)
    }
}
