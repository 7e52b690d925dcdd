/// A parsed HTML page as plain data: its elements and text in document order,
/// each element knowing where its subtree ends. Everything that decides what a
/// page's story is works on this value, so it is tested without libxml2 and
/// walked without recursion (a page may nest fifty thousand elements deep).
///
/// Node `i`'s subtree is `i..<end[i]`; its children are found by hopping from
/// `i + 1` to each child's `end`. Text lengths are summed once, by prefix, so
/// "how much text is under this element" costs two array reads.
public struct HTMLTree: Sendable {
    public struct Node: Sendable {
        /// A lower-case tag name, or `nil` for a text node.
        public var name: String?
        /// A text node's text (whitespace as in the page).
        public var text: String
        /// The attributes the extractor reads, lower-case names.
        public var attributes: [String: String]
        public var parent: Int
        /// One past the last node of this node's subtree.
        public var end: Int

        public var isText: Bool { name == nil }

        public subscript(attribute: String) -> String? { attributes[attribute] }
    }

    public private(set) var nodes: [Node] = []
    /// Characters of words in the text nodes before node `i` (`textBefore[i]`),
    /// leaving out scripts' and styles' text,
    /// one more entry than nodes.
    private var textBefore: [Int] = [0]

    public init() {}

    /// Elements whose text is code or markup, not words a reader sees.
    static let codeElements: Set<String> = ["script", "style", "noscript", "template"]

    public var count: Int { nodes.count }

    public subscript(index: Int) -> Node { nodes[index] }

    /// Adds an element or text node as the last child of `parent` (-1 for
    /// the root); the caller closes elements in order with `close`.
    @discardableResult
    public mutating func append(name: String?, text: String = "", attributes: [String: String] = [:], parent: Int) -> Int {
        let index = nodes.count
        nodes.append(Node(name: name, text: text, attributes: attributes, parent: parent, end: index + 1))
        var letters = 0
        if name == nil, parent < 0 || !Self.codeElements.contains(nodes[parent].name ?? "") {
            for byte in text.utf8 where Self.startsWordCharacter(byte) { letters += 1 }
        }
        textBefore.append(textBefore[index] + letters)
        return index
    }

    /// Whether a UTF-8 byte starts a character that is counted as text: a
    /// letter or digit, or anything beyond ASCII (punctuation and spaces are
    /// not).
    static func startsWordCharacter(_ byte: UInt8) -> Bool {
        byte & 0xC0 != 0x80 && (byte > 0x40 || (byte >= 0x30 && byte <= 0x39))
    }

    /// Marks the end of element `index`'s subtree: every node appended since.
    public mutating func close(_ index: Int) {
        nodes[index].end = nodes.count
    }

    /// Letters and digits (roughly: bytes of words) under node `index`.
    public func textLength(_ index: Int) -> Int {
        textBefore[nodes[index].end] - textBefore[index]
    }

    /// The element children of `index`, in order.
    public func children(_ index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }

    /// The first element named `name` in document order.
    public func first(_ name: String) -> Int? {
        nodes.firstIndex { $0.name == name }
    }
}
