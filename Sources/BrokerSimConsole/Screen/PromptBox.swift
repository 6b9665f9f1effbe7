/// What holds the console, across the bottom of the screen above the hints,
/// so the panels stay in view while the class thinks: a held caption with
/// "press any key", a question with its numbered choices, or the revealed
/// answer (the right choice marked, the user's pick marked right or wrong)
/// with its explanation.
struct PromptBox {
    let prompt: Prompt
    let pick: Int?
    let revealed: Bool

    typealias Row = (text: String, style: Style)

    var title: String {
        switch prompt {
        case .caption(let at, _): return "Narration \(ClockText.clock(at))"
        case .question(let q): return revealed ? "Answer" : "Question \(ClockText.clock(q.at))"
        }
    }

    func rows(width: Int, glyphs g: GlyphSet) -> [Row] {
        let w = max(1, width - 4)
        switch prompt {
        case .caption(_, let text):
            return TextWrap.lines(g.text(text), width: w).map { ($0, Style(.plain, bold: true)) }
                + [("", .plain), ("Press any key to continue", Style(.warn, bold: true))]
        case .question(let q):
            var out: [Row] = TextWrap.lines(g.text(q.text), width: w).map { ($0, Style(.plain, bold: true)) }
            for (i, choice) in q.choices.enumerated() {
                var mark = " "
                var style = Style.plain
                var tail = ""
                if revealed {
                    if i == q.answer {
                        mark = String(g.pass); style = Style(.ok, bold: true); tail = i == pick ? "  (your answer)" : "  (the answer)"
                    } else if i == pick {
                        mark = String(g.fail); style = Style(.alarm, bold: true); tail = "  (your answer)"
                    } else {
                        style = .dim
                    }
                }
                let head = "\(mark) \(i + 1). "
                let lines = TextWrap.lines(g.text(choice) + tail, width: max(1, w - head.columns))
                for (j, line) in lines.enumerated() {
                    out.append(((j == 0 ? head : String(repeating: " ", count: head.columns)) + line, style))
                }
            }
            out.append(("", .plain))
            guard revealed else {
                out.append(("Press 1-\(q.choices.count) to answer, or Space to see the answer", Style(.warn, bold: true)))
                return out
            }
            let verdict: Row
            switch pick {
            case q.answer?: verdict = ("Right.", Style(.ok, bold: true))
            case nil: verdict = ("The answer is \(q.answer + 1).", Style(.accent, bold: true))
            default: verdict = ("Not quite: the answer is \(q.answer + 1).", Style(.alarm, bold: true))
            }
            out.append(verdict)
            out += TextWrap.lines(g.text(q.why), width: w).map { ($0, Style.plain) }
            out += [("", .plain), ("Space or Enter: carry on and watch", Style(.warn, bold: true))]
            return out
        }
    }

    func height(width: Int, glyphs: GlyphSet) -> Int { rows(width: width, glyphs: glyphs).count + 2 }

    /// The rows that fit `height`: blank spacer rows go first, then (in a revealed answer) the
    /// dimmed choices nobody picked, which the verdict and the why matter more than; if it is
    /// still too long, the text is cut with an ellipsis on its last shown row. The key prompt
    /// at the bottom always shows.
    static func fitted(_ all: [Row], height: Int, width: Int, ellipsis: Unicode.Scalar) -> [Row] {
        guard all.count > height, height > 0 else { return all }
        let prompt = all[all.count - 1]
        var body = Array(all.dropLast())
        // Spacers from the top down, only as many as needed: the one above the key prompt goes last.
        while body.count + 1 > height, let blank = body.firstIndex(where: { $0.text.isEmpty }) { body.remove(at: blank) }
        guard body.count + 1 > height else { return body + [prompt] }
        body = body.filter { $0.style != .dim }
        guard body.count + 1 > height else { return body + [prompt] }
        body = Array(body.prefix(max(0, height - 1)))
        if let last = body.indices.last {
            let text = body[last].text
            body[last].text = text.columns + 2 <= width ? text + " " + String(ellipsis)
                : String(text.prefix(max(0, width - 1))) + String(ellipsis)
        }
        return body + [prompt]
    }

    func render(into c: inout Canvas, in rect: Rect) {
        c.grid.fill(rect)
        let inside = c.grid.box(rect, title: title, style: Style(.warn, bold: true), glyphs: c.glyphs).inset(dx: 1, dy: 0)
        let shown = Self.fitted(rows(width: rect.width, glyphs: c.glyphs), height: inside.height, width: inside.width,
                                ellipsis: c.glyphs.ellipsis)
        for (i, row) in shown.enumerated() where i < inside.height {
            c.grid.write(row.text, in: inside.row(i), style: row.style, glyphs: c.glyphs)
        }
    }
}
