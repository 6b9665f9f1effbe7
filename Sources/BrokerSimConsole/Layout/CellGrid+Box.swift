extension CellGrid {
    /// Draws a frame around `rect` with an optional title in its top edge
    /// (`┌─ Queues ─────┐`) and returns the inside.
    ///
    /// The title is cut with an ellipsis to fit; a rect smaller than 2×2 draws
    /// nothing and returns an empty inside.
    @discardableResult
    public mutating func box(_ rect: Rect, title: String = "", style: Style = .dim,
                             titleStyle: Style = Style(.accent, bold: true), glyphs g: GlyphSet) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let r = rect
        for x in (r.x + 1)..<(r.maxX - 1) {
            self[x, r.y] = Cell(g.horizontal, style: style)
            self[x, r.maxY - 1] = Cell(g.horizontal, style: style)
        }
        for y in (r.y + 1)..<(r.maxY - 1) {
            self[r.x, y] = Cell(g.vertical, style: style)
            self[r.maxX - 1, y] = Cell(g.vertical, style: style)
        }
        self[r.x, r.y] = Cell(g.topLeft, style: style)
        self[r.maxX - 1, r.y] = Cell(g.topRight, style: style)
        self[r.x, r.maxY - 1] = Cell(g.bottomLeft, style: style)
        self[r.maxX - 1, r.maxY - 1] = Cell(g.bottomRight, style: style)
        // " title " after one rule cell, leaving at least one rule cell before the corner.
        let room = r.width - 4
        if !title.isEmpty && room >= 3 {
            let shown = " " + title.fitted(to: room - 2, ellipsis: g.ellipsis) + " "
            write(shown, x: r.x + 2, y: r.y, style: titleStyle)
        }
        return r.inset(1)
    }
}
