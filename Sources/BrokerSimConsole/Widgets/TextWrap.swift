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
}
