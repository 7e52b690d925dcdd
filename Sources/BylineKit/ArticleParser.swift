/// The whole pipeline, text → `Article`: sanitise → structure → entities →
/// quotations and speakers. Each stage is a plain function tested on its own.
public enum ArticleParser {
    public static func parse(_ text: String, file: String) -> Article {
        let clean = TextSanitiser.sanitise(text)
        let structure = ArticleStructure.parse(clean)
        return Article(file: file, title: structure.title, header: structure.header, paragraphs: structure.paragraphs)
    }
}
