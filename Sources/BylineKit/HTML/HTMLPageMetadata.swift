import Foundation

/// What a page says about itself in its `<head>` and markup: the title
/// candidates, author, date, site name and canonical address.
struct HTMLPageMetadata {
    var ogTitle: String?
    var titleElement: String?
    var firstH1: String?
    var author: String?
    var siteName: String?
    var date: String?
    var timeDate: String?
    var canonical: String?
    var ogURL: String?

    init(_ tree: HTMLTree, removed: [Bool], base: URL?) {
        for i in 0..<tree.count {
            let node = tree[i]
            switch node.name {
            case "meta": meta(node, base: base)
            case "title":
                if titleElement == nil { titleElement = Self.clean(tree.plainText(i)) }
            case "link":
                if canonical == nil, node["rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = node["href"].flatMap { HTMLArticleExtractor.absolute($0, base: base) }
                }
            case "time":
                if timeDate == nil, let value = node["datetime"], !value.isEmpty { timeDate = value }
            case "h1":
                if firstH1 == nil, !removed[i] { firstH1 = Self.clean(tree.plainText(i, removed: removed)) }
            default: break
            }
        }
    }

    static func clean(_ text: String) -> String? {
        let line = ArticleTextFormat.oneLine(text)
        return line.isEmpty ? nil : line
    }

    private mutating func meta(_ node: HTMLTree.Node, base: URL?) {
        guard let content = node["content"].flatMap(Self.clean) else { return }
        let key = (node["property"] ?? node["name"] ?? node["itemprop"] ?? "").lowercased()
        switch key {
        case "og:title", "twitter:title": if ogTitle == nil { ogTitle = content }
        case "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author":
            // article:author is often a profile URL, which names no one
            if author == nil, !content.hasPrefix("http") { author = content.hasPrefix("By ") ? String(content.dropFirst(3)) : content }
        case "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate", "publish-date",
             "parsely-pub-date":
            if date == nil { date = content }
        case "og:url": if ogURL == nil { ogURL = HTMLArticleExtractor.absolute(content, base: base) }
        case "og:site_name", "application-name": if siteName == nil { siteName = content }
        default: break
        }
    }

    /// The headline. The `<title>` usually carries the site's name
    /// (`Headline - Site`, `Site | Headline`), `og:title` sometimes does, and
    /// the first `<h1>` is sometimes the site's logo: the one that another
    /// agrees with wins, with the site's part cut off.
    var title: String? {
        let h1 = firstH1, og = ogTitle.map(withoutSiteName), element = titleElement.map(withoutSiteName)
        func agree(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return false }
            let x = Self.folded(a), y = Self.folded(b)
            return !x.isEmpty && (x == y || (x.count >= 12 && y.contains(x)))
        }
        if let h1, agree(h1, ogTitle) || agree(h1, titleElement) { return h1 }
        if let og, agree(og, titleElement) || titleElement == nil { return og }
        return og ?? element ?? h1
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " ~ ", " / "]

    /// `Headline - Site` → `Headline`: the part that names the site (by
    /// `og:site_name` or by being short beside a longer headline) goes.
    func withoutSiteName(_ title: String) -> String {
        for separator in Self.separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2 else { continue }
            let site = siteName.map(Self.folded)
            func isSite(_ part: String) -> Bool {
                if let site, !site.isEmpty, Self.folded(part) == site || site.contains(Self.folded(part)) { return true }
                return false
            }
            var kept = parts
            if let last = kept.last, isSite(last) || (last.split(separator: " ").count <= 3 && kept.count == 2
                && kept[0].split(separator: " ").count >= 4) {
                kept.removeLast()
            } else if isSite(kept[0]) {
                kept.removeFirst()
            } else {
                continue
            }
            let result = kept.joined(separator: separator)
            if !result.isEmpty { return result }
        }
        return title
    }

    static func folded(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
