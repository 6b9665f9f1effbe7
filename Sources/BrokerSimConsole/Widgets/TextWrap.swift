/// Word wrapping for prose (a scenario's `about:`): paragraphs kept, lines
/// broken at spaces, a word longer than the width cut.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = String(paragraph.prefix { $0 == " " })
            var line = ""
            for word in paragraph.split(separator: " ") {
                var w = String(word)
                while w.columns > width { out.append(String(w.unicodeScalars.prefix(width))); w = String(String.UnicodeScalarView(w.unicodeScalars.dropFirst(width))) }
                if line.isEmpty { line = (out.isEmpty || !indent.isEmpty ? indent : "") + w }
                else if line.columns + 1 + w.columns <= width { line += " " + w }
                else { out.append(line); line = indent + w }
            }
            out.append(line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// Prose hard-wrapped in its source (a YAML block) joined back into
    /// paragraphs, so wrapping it again leaves no orphan words: lines of one
    /// paragraph are joined with a space; a blank line ends a paragraph; a
    /// list item (`- `) starts a line of its own and takes its indented
    /// continuation lines.
    public static func reflowed(_ text: String) -> String {
        var out: [String] = []
        var open = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                out.append("")
                open = false
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || !open {
                out.append(line)
                open = true
            } else {
                out[out.count - 1] += " " + trimmed
            }
        }
        return out.joined(separator: "\n")
    }
}
