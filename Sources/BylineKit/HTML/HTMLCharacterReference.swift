import CLibXML2

/// HTML's named character references (`&eacute;`, `&nbsp;`, `&chi;`) by
/// libxml2's table of HTML 4's names, the set feeds borrow from and the one
/// feedparser reads: for a feed that uses them without declaring them.
public enum HTMLCharacterReference {
    /// The text `&name;` stands for, or nil for a name HTML does not have.
    public static func named(_ name: String) -> String? {
        guard !name.isEmpty, name.utf8.count <= 32 else { return nil }
        let found = name.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { htmlEntityLookup($0) }
        }
        guard let found, let scalar = Unicode.Scalar(found.pointee.value) else { return nil }
        return String(scalar)
    }
}
