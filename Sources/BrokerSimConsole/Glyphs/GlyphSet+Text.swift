extension GlyphSet {
    /// `text` as this set can show it: unchanged in the Unicode set; in the ASCII set every
    /// character outside ASCII spelled in ASCII (`×` as `x`, `→` as `->`, `≥` as `>=`, a dash
    /// as `-`), and `?` for one it has no spelling for. For text the console does not write
    /// itself (narration, questions, the simulation's event lines, a broker's names): a
    /// terminal that was asked for ASCII cannot show anything else.
    public func text(_ text: String) -> String {
        guard isASCII, text.unicodeScalars.contains(where: { $0.value > 0x7E }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x7E { out.unicodeScalars.append(scalar) } else { out += Self.spelling(scalar) }
        }
        return out
    }

    /// The ASCII spelling of a character outside ASCII.
    static func spelling(_ scalar: Unicode.Scalar) -> String {
        if let s = asciiSpellings[scalar] { return s }
        switch scalar.value {
        case 0x2500...0x257F: return "+"  // box drawing
        case 0x2580...0x259F: return "#"  // blocks
        default: return "?"
        }
    }

    static let asciiSpellings: [Unicode.Scalar: String] = [
        "\u{A0}": " ", "·": "-", "•": "*", "×": "x", "÷": "/", "−": "-", "–": "-", "—": "-", "―": "-",
        "…": "...", "‘": "'", "’": "'", "“": "\"", "”": "\"", "«": "\"", "»": "\"",
        "→": "->", "←": "<-", "↑": "^", "↓": "v", "⇒": "=>", "↔": "<->",
        "≥": ">=", "≤": "<=", "≠": "!=", "≈": "~", "±": "+/-", "∞": "inf",
        "µ": "u", "μ": "u", "λ": "lambda", "σ": "sigma", "Σ": "sum", "²": "^2", "³": "^3", "⌊": "", "⌋": "",
        "°": " deg", "€": "EUR", "£": "GBP",
        "◀": "<", "▶": ">", "●": "*", "○": "o", "◐": "~", "✖": "X", "✔": "+", "✘": "x", "✓": "+", "✗": "x",
        "é": "e", "è": "e", "ê": "e", "ë": "e", "á": "a", "à": "a", "â": "a", "ä": "a", "ó": "o", "ö": "o",
        "ü": "u", "ú": "u", "í": "i", "ñ": "n", "ç": "c", "ß": "ss",
    ]
}
