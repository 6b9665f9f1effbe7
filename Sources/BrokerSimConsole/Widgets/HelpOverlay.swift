/// The `?` overlay: every binding of a key map, by section, in a centred box.
///
/// It is drawn over the screen (its area is cleared first) and sized to its
/// content; on a small terminal the box is clipped to the grid and the lines
/// are cut, never wrapped.
public struct HelpOverlay: Sendable {
    public var keyMap: KeyMap
    public var title: String

    public init(keyMap: KeyMap = .standard, title: String = "Keys") {
        self.keyMap = keyMap
        self.title = title
    }

    /// The overlay's rows: section headings and `key  description` lines.
    func rows(_ g: GlyphSet) -> [(text: String, style: Style)] {
        let keyWidth = keyMap.bindings.map { $0.keyLabel(g).columns }.max() ?? 0
        var out: [(String, Style)] = []
        for section in KeyBinding.Section.allCases {
            let bs = keyMap.bindings(in: section)
            if bs.isEmpty { continue }
            if !out.isEmpty { out.append(("", .plain)) }
            out.append((section.rawValue, Style(.accent, bold: true)))
            for b in bs { out.append(("  " + b.keyLabel(g).padded(to: keyWidth) + "  " + b.help, .plain)) }
        }
        out.append(("", .plain))
        out.append(("? or Esc closes this help", .dim))
        return out
    }

    public func render(into grid: inout CellGrid, glyphs g: GlyphSet) {
        let rows = rows(g)
        let contentWidth = max(rows.map { $0.text.columns }.max() ?? 0, title.columns + 4)
        let size = GridSize(width: contentWidth + 4, height: rows.count + 2)
        let area = grid.bounds.centered(size)
        grid.fill(area)
        let inside = grid.box(area, title: title, style: .accent, glyphs: g)
        let body = inside.inset(dx: 1, dy: 0)
        for (i, row) in rows.enumerated() where i < body.height {
            grid.write(row.text, in: body.row(i), style: row.style, glyphs: g)
        }
    }
}
