import BylineTestSupport
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of hostile article files, generated into a temporary folder (the
/// large ones are never committed): escape sequences written as text, control
/// and bidi characters, broken and legacy encodings, binary files, huge
/// paragraphs, symlink loops, unreadable entries and a crowd of files with one
/// bad one among them. `goodFiles` are the files that must come out as articles,
/// `notedFiles` those that must be named in a note on standard error.
final class HostileFixtures {
    let folder: URL
    /// Relative path → a word that the article's title or text contains.
    private(set) var goodFiles: [String: String] = [:]
    /// Relative paths that must be reported on standard error.
    private(set) var notedFiles: [String] = []
    /// Relative paths made unreadable (chmod 000): empty when running as root,
    /// where permissions do not apply.
    private(set) var unreadable: [String] = []
    /// The long run, `BYLINE_HOSTILE_LONG=1 swift test --filter Hostile`: the
    /// issue's full sizes (10,000 files, a 50 MB article) instead of the quick ones.
    static let long = ProcessInfo.processInfo.environment["BYLINE_HOSTILE_LONG"] == "1"
    /// How many articles are in the `many/` folder (all good but one).
    static let crowd = long ? 10_000 : 1_000
    /// The size of the paragraph without spaces.
    static let longParagraphBytes = 5_000_000

    init() throws {
        let fm = FileManager.default
        folder = fm.temporaryDirectory.appendingPathComponent("byline-hostile-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try generate()
    }

    deinit {
        // chmod 000 entries back first, or they cannot be removed
        for path in unreadable { chmod(folder.appendingPathComponent(path).path, 0o755) }
        try? FileManager.default.removeItem(at: folder)
    }

    var path: String { folder.path }

    private func write(_ relative: String, _ bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    private func write(_ relative: String, _ text: String) throws {
        try write(relative, Array(text.utf8))
    }

    private func good(_ relative: String, word: String, _ bytes: [UInt8]) throws {
        try write(relative, bytes)
        goodFiles[relative] = word
    }

    private func good(_ relative: String, word: String, _ text: String) throws {
        try good(relative, word: word, Array(text.utf8))
    }

    private static let prose = "Maria Lopez said the talks in Kyiv were \"going well\" and NATO would wait."

    private func generate() throws {
        let esc = "\u{1B}", bel = "\u{07}"
        // escape sequences written as text: clear screen, OSC 8 hyperlink,
        // OSC 52 clipboard write, a title change, 8-bit CSI (U+009B) and bells
        try good("escapes.txt", word: "Escapes", """
            Title: Escapes \(esc)[2J in the title\(bel)

            Clear \(esc)[2J\(esc)[H screen and \(esc)[31mred\(esc)[0m text. \
            A link \(esc)]8;;https://example.invalid/\(esc)\\click here\(esc)]8;;\(esc)\\ in it. \
            The clipboard \(esc)]52;c;cm0gLXJmIH4=\(bel) and \(esc)]0;new window title\(bel) bell \(bel)\(bel). \
            C1: \u{9B}2J \u{9D}0;title\u{9C} \u{85} next line \u{90}dcs\u{9C}. \(Self.prose)

            """)
        try good("bidi.txt", word: "Bidi", """
            Title: Bidi \u{202E}desrever\u{202C} title

            Text with \u{202A}embedding\u{202C}, \u{202B}rtl\u{202C}, \u{202D}ltr override\u{202C} \
            and \u{2066}isolates\u{2069} \u{2067}rtl\u{2069} \u{2068}first strong\u{2069}. \(Self.prose)

            """)
        try good("nul.txt", word: "NUL", Array("Title: NUL bytes\n\nA NUL ".utf8) + [0] + Array(" inside, and \u{7F} DEL. \(Self.prose)\n".utf8))
        // invalid UTF-8 with a control byte among it: replaced with U+FFFD, noted
        try good("invalid-utf8.txt", word: "Broken", Array("Title: Broken bytes\n\nBad ".utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0x01, 0xED, 0xA0, 0x80] + Array(" bytes. \(Self.prose)\n".utf8))
        notedFiles.append("invalid-utf8.txt")
        // raw C1 bytes and Latin-1 letters: not UTF-8, read as Windows-1252, noted
        try good("latin1.txt", word: "Latin", Array("Title: Latin-1 caf".utf8) + [0xE9] + Array("\n\nSe".utf8) + [0xF1, 0x6F, 0x72, 0x20, 0x9B, 0x32, 0x4A, 0x20, 0x85, 0x20, 0x93, 0x71, 0x94] + Array(" said Maria Lopez.\n".utf8))
        notedFiles.append("latin1.txt")
        try good("bom-utf8.txt", word: "BOM", [0xEF, 0xBB, 0xBF] + Array("Title: BOM UTF-8\n\n\(Self.prose)\n".utf8))
        let utf16Text = "Title: UTF-16 article\n\nKyiv \u{1B}[2J café. \(Self.prose)\n"
        try good("utf16le.txt", word: "UTF-16", [0xFF, 0xFE] + utf16Text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try good("utf16be.txt", word: "UTF-16", [0xFE, 0xFF] + utf16Text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        try good("cr.txt", word: "Carriage", "Title: Carriage returns\r\r\(Self.prose)\rSecond line.\r\rSecond paragraph.\r")
        try good("crlf.txt", word: "Windows", "Title: Windows line ends\r\n\r\n\(Self.prose)\r\nMore.\r\n\r\nSecond paragraph.\r\n")
        try good("empty.txt", word: "", [])
        try good("quotes.txt", word: "", String(repeating: "\"", count: 100_000))
        try good("long-paragraph.txt", word: "Long", "Title: Long paragraph\n\n" + String(repeating: "x", count: Self.longParagraphBytes) + "\n")
        // a file name that is itself an escape sequence
        try good("name-\(esc)]0;pwned\(bel)-\(esc)[2J.txt", word: "Named", "Title: Named badly\n\n\(Self.prose)\n")
        if Self.long {
            let paragraph = "Maria Lopez said in Kyiv that the talks were \"going well\" and NATO would wait. " + String(repeating: "word ", count: 200)
            try good("fifty-megabytes.txt", word: "Fifty", "Title: Fifty megabytes\n\n" + String(repeating: paragraph + "\n\n", count: 50_000_000 / (paragraph.utf8.count + 2)))
        }
        try good("notes.md", word: "Markdown", "# Markdown \(esc)]8;;http://x.invalid\(esc)\\title\n\n\(Self.prose)\n")

        // binary files: a PNG named as an article is skipped with a note; a .png is not an article at all
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0x0A, 0x49, 0x44, 0x41, 0x54,
                            0x78, 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, 0xB4, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        try write("picture.png", png)
        try write("png-as-article.txt", png)
        notedFiles.append("png-as-article.txt")

        // a symlink loop: loop/self → .., loop/again → . ; loop/inside.txt must come out once
        try good("loop/inside.txt", word: "Inside", "Title: Inside the loop\n\n\(Self.prose)\n")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop/self").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop/again").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop/dangling.txt").path, withDestinationPath: "no-such-file.txt")

        // a crowd of files, one of them binary
        for i in 0..<Self.crowd {
            let name = String(format: "many/article-%05d.txt", i)
            if i == Self.crowd / 2 {
                try write(name, [0, 0, 0, 0xFF] + Array(repeating: 0, count: 64))
                notedFiles.append(name)
            } else {
                try good(name, word: "Crowd", "Title: Crowd \(i)\n\n\(Self.prose)\n")
            }
        }

        // unreadable file and folder: permissions do not apply to root
        if geteuid() != 0 {
            try write("locked.txt", "Title: Locked\n\nSecret.\n")
            try write("locked-folder/inside.txt", "Title: Locked inside\n\nSecret.\n")
            for path in ["locked.txt", "locked-folder"] {
                chmod(folder.appendingPathComponent(path).path, 0)
                unreadable.append(path)
                notedFiles.append(path)
            }
        }
    }
}

/// Bytes that would drive a terminal: ESC, BEL and the other C0 controls but
/// tab and newline, DEL, C1 controls as UTF-8 (C2 80–C2 9F), the bidi
/// overrides and isolates (E2 80 AA–AE, E2 81 A6–A9). Returns a description of
/// the first one found, or nil.
func firstTerminalControl(in text: String, allowing allowed: Set<UInt8> = [0x09, 0x0A]) -> String? {
    let bytes = Array(text.utf8)
    for (i, b) in bytes.enumerated() {
        let context = { String(decoding: bytes[max(0, i - 40)..<min(bytes.count, i + 40)], as: UTF8.self).debugDescription }
        if (b < 0x20 && !allowed.contains(b)) || b == 0x7F { return "byte \(b) at \(i): \(context())" }
        guard i + 1 < bytes.count else { continue }
        if b == 0xC2, (0x80...0x9F).contains(bytes[i + 1]) { return "C1 control at \(i): \(context())" }
        guard i + 2 < bytes.count, b == 0xE2 else { continue }
        if bytes[i + 1] == 0x80, (0xAA...0xAE).contains(bytes[i + 2]) { return "bidi override at \(i): \(context())" }
        if bytes[i + 1] == 0x81, (0xA6...0xA9).contains(bytes[i + 2]) { return "bidi isolate at \(i): \(context())" }
    }
    return nil
}
