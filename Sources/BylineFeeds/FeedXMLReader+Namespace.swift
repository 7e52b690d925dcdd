/// The namespaces the feed reader knows, and how it compares them.
extension FeedXMLReader {
    enum Namespace {
        static let atom = "http://www.w3.org/2005/Atom"
        static let atom03 = "http://purl.org/atom/ns#"
        static let content = "http://purl.org/rss/1.0/modules/content/"
        static let dublinCore = "http://purl.org/dc/elements/1.1/"
        static let dublinCoreTerms = "http://purl.org/dc/terms/"
        static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
        static let rss1 = "http://purl.org/rss/1.0/"
        static let userland = "http://backend.userland.com/rss2"
        static let xhtml = "http://www.w3.org/1999/xhtml"
        static let media = "http://search.yahoo.com/mrss/"
        static let itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd"

        /// The feed's own vocabulary, as opposed to extensions (`media:title`,
        /// `itunes:author`) that reuse its element names.
        static func isCore(_ ns: String) -> Bool {
            ns.isEmpty || ns == rss1 || ns == atom || ns == userland || ns == rss090 || ns == atom03
        }

        /// The namespace as the reader compares it: feeds write the common
        /// ones with and without the last slash, and in any case.
        static func normalised(_ ns: String?) -> String {
            guard let ns, !ns.isEmpty else { return "" }
            var lower = ns.lowercased()
            if lower.hasSuffix("/") { lower.removeLast() }
            return known[lower] ?? ns
        }

        private static let known: [String: String] = {
            var table: [String: String] = [:]
            for ns in [atom, atom03, content, dublinCore, dublinCoreTerms, rss090, rss1, userland, xhtml, media, itunes] {
                var key = ns.lowercased()
                if key.hasSuffix("/") { key.removeLast() }
                table[key] = ns
            }
            return table
        }()
    }
}
