import CLibXML2

/// HTML text → `HTMLTree`, through libxml2's recovering HTML parser: the one
/// file in BylineKit that talks to libxml2. libxml2 closes what pages leave
/// open, decodes every entity HTML names, keeps a `<script>`'s text out of the
/// page's, and never touches the network (`HTML_PARSE_NONET`).
public enum HTMLTreeBuilder {
    /// Attributes the extractor reads; the rest are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "itemtype", "href", "hidden", "aria-hidden", "style", "content", "property",
        "name", "rel", "datetime", "type", "charset",
    ]

    public static func parse(_ html: String) -> HTMLTree {
        var tree = HTMLTree()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        var html = html
        let parsed: htmlDocPtr? = html.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlReadMemory($0, Int32(bytes.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return tree }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return tree }
        copy(root, into: &tree)
        return tree
    }

    /// A depth-first copy without recursion: each element is closed when the
    /// walk climbs back past it.
    private static func copy(_ root: xmlNodePtr, into tree: inout HTMLTree) {
        var open: [Int] = []
        var node: xmlNodePtr? = root
        while let current = node {
            var descended = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let index = tree.append(name: lowercased(current.pointee.name), attributes: attributes(of: current),
                                        parent: open.last ?? -1)
                if let child = current.pointee.children {
                    open.append(index)
                    node = child
                    descended = true
                } else {
                    tree.close(index)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    tree.append(name: nil, text: String(cString: content), parent: open.last ?? -1)
                }
            default:
                break
            }
            if descended { continue }
            // next sibling, or up until a node has one
            var climbing: xmlNodePtr? = current
            node = nil
            while let here = climbing {
                if here == root { break }
                if let next = here.pointee.next { node = next; break }
                climbing = here.pointee.parent
                if let closed = open.popLast() { tree.close(closed) }
            }
        }
        while let closed = open.popLast() { tree.close(closed) }
    }

    private static func lowercased(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        return String(cString: name).lowercased()
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            let name = lowercased(current.pointee.name)
            guard keptAttributes.contains(name) else { continue }
            guard let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) else {
                result[name] = ""
                continue
            }
            result[name] = String(cString: value)
            byline_xml_free(value)
        }
        return result
    }
}
