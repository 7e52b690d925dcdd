import Foundation

/// HTML → article: the story's paragraphs, headings, block quotes and list
/// items, and the links in them, without the page's menus, sidebars, adverts,
/// share bars, comments and footers; its metadata from `<title>`, the `og:`
/// and `article:` meta tags, `<link rel="canonical">` and `<time>`.
///
/// libxml2 parses the page (`HTMLTreeBuilder`), as forgiving of broken markup
/// as a browser; `HTMLContentFinder` scores where the story is, and
/// `HTMLBlockWriter` writes it out. All of it is linear in the page's size.
public enum HTMLArticleExtractor {
    /// `wholeStory`: the HTML is the story itself (a feed item's content),
    /// so none of it is weighed against the rest; only what is never story
    /// (scripts, hidden boxes, share bars) is left out. Otherwise it is a
    /// whole page, and the story is found in it.
    public static func extract(_ html: String, baseURL: String? = nil, wholeStory: Bool = false) -> HTMLArticle {
        let tree = HTMLTreeBuilder.parse(html)
        let base = baseURL.flatMap { URL(string: $0) }
        let content = wholeStory ? HTMLContentFinder.everything(in: tree) : HTMLContentFinder.find(in: tree)
        let metadata = HTMLPageMetadata(tree, removed: content.removed, base: base)
        var (blocks, links) = HTMLBlockWriter.write(content.roots, in: tree, removed: content.removed, base: base)
        let title = metadata.title ?? blocks.first { $0.kind == .heading }?.text
        // the headline is the title: it is not repeated as the first block
        if let title, let first = blocks.first, first.kind == .heading,
           HTMLPageMetadata.folded(first.text) == HTMLPageMetadata.folded(title) || title.hasPrefix(first.text) {
            blocks.removeFirst()
        }
        if blocks.isEmpty { links = [] }
        return HTMLArticle(title: title, siteName: metadata.siteName, author: metadata.author,
                           date: metadata.date ?? metadata.timeDate, url: metadata.canonical ?? metadata.ogURL,
                           blocks: blocks, links: links)
    }

    /// An absolute http(s) address for `href`, resolved against the base.
    static func absolute(_ href: String, base: URL?) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url.absoluteString
    }
}
