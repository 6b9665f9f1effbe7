/// The newest narration, between the panels and the feed: a box titled with
/// its time, the text wrapped so it reads whole (up to `maxLines`, the last
/// cut with an ellipsis beyond that).
struct CaptionBox {
    let caption: Caption
    var maxLines = 6
    var glyphs = GlyphSet.unicode

    /// The caption as the glyphs can show it, wrapped after that (an ASCII spelling can be longer).
    var shown: String { glyphs.text(caption.shown) }

    func lines(width: Int) -> [String] { TextWrap.lines(shown, width: max(1, width - 4)) }

    /// Rows the box takes at `width`.
    func height(width: Int) -> Int { min(lines(width: width).count, maxLines) + 2 }

    func render(into c: inout Canvas, in rect: Rect) {
        let inside = c.grid.box(rect, title: "Narration \(caption.time)", style: .accent, glyphs: c.glyphs).inset(dx: 1, dy: 0)
        let all = lines(width: rect.width)
        for i in 0..<min(inside.height, all.count) {
            var text = all[i]
            if i == inside.height - 1 && all.count > inside.height { text = (text + " " + all[i + 1]).fitted(to: inside.width, ellipsis: c.glyphs.ellipsis) }
            c.grid.write(text, in: inside.row(i), style: Style(.plain, bold: true), glyphs: c.glyphs)
        }
    }

    /// Rows a compact caption may take in a stacked pane: a course caption is
    /// written to fit them at 80 columns.
    static let compactRows = 3

    func compactLines(width: Int) -> [String] { TextWrap.lines(shown, width: max(1, width - caption.time.columns - 1)) }

    /// The compact form for small panes: `HH:MM:SS.mmm text` over at most
    /// `rows` rows, no box.
    func renderCompact(into c: inout Canvas, in rect: Rect) {
        let textWidth = rect.width - caption.time.columns - 1
        guard textWidth > 10 else { return }
        let all = TextWrap.lines(shown, width: textWidth)
        for i in 0..<min(rect.height, all.count) {
            let row = rect.row(i)
            let x = c.grid.write(i == 0 ? caption.time + " " : String(repeating: " ", count: caption.time.columns + 1),
                                 x: row.x, y: row.y, style: .dim, clip: row)
            var text = all[i]
            if i == rect.height - 1 && all.count > rect.height { text += " " + all[i + 1] }
            c.grid.write(text, in: Rect(x: x, y: row.y, width: row.maxX - x, height: 1), style: Style(.info, bold: true), glyphs: c.glyphs)
        }
    }
}
