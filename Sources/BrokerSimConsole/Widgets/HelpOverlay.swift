/// The `?` overlay: every binding of a key map, by section, in a centred box.
///
/// Sections are laid out in two columns (split in section order where the
/// taller column is shortest) so the whole table fits an 80×24 terminal; when two columns are wider
/// than the grid they are stacked in one. The area is cleared first; on a
/// terminal too small even for that, the box is clipped and lines are cut,
/// never wrapped.
public struct HelpOverlay: Sendable {
    public var keyMap: KeyMap
    public var title: String
    /// A line about reading the screen, shown beside the footer (on a row of its own when it
    /// does not fit there): how often the memory alarm is checked, for a scenario with a broker.
    public var note: String?

    public init(keyMap: KeyMap = .standard, title: String = "Keys", note: String? = nil) {
        self.keyMap = keyMap
        self.title = title
        self.note = note
    }

    typealias Row = (text: String, style: Style)

    /// One column's rows: each section's heading, then `key  description` lines; a blank row
    /// between sections when `spaced`.
    func column(_ sections: [KeyBinding.Section], _ g: GlyphSet, spaced: Bool = true) -> [Row] {
        let bindings = sections.flatMap { keyMap.bindings(in: $0) }
        let keyWidth = bindings.map { $0.keyLabel(g).columns }.max() ?? 0
        var out: [Row] = []
        for section in sections {
            let bs = keyMap.bindings(in: section)
            if bs.isEmpty { continue }
            if !out.isEmpty && spaced { out.append(("", .plain)) }
            out.append((section.rawValue, Style(.accent, bold: true)))
            for b in bs { out.append(("  " + b.keyLabel(g).padded(to: keyWidth) + "  " + b.help, .plain)) }
        }
        return out
    }

    static func width(_ rows: [Row]) -> Int { rows.map { $0.text.columns }.max() ?? 0 }

    /// The two columns, split in section order where the taller one is shortest (the first
    /// such), so the box stays low.
    func columns(_ g: GlyphSet, spaced: Bool) -> (left: [Row], right: [Row]) {
        let all = KeyBinding.Section.allCases
        func height(_ a: Int) -> Int {
            max(column(Array(all.prefix(a)), g, spaced: spaced).count, column(Array(all.dropFirst(a)), g, spaced: spaced).count)
        }
        let half = (1..<max(2, all.count)).min { height($0) < height($1) } ?? 1
        return (column(Array(all.prefix(half)), g, spaced: spaced), column(Array(all.dropFirst(half)), g, spaced: spaced))
    }

    public func render(into grid: inout CellGrid, glyphs g: GlyphSet) {
        var (left, right) = columns(g, spaced: true)
        // Too tall to leave the header row (the clock) visible: sections follow one another
        // without a blank row between them.
        if max(left.count, right.count) + 2 + 2 + (note == nil ? 0 : 1) >= grid.height {
            (left, right) = columns(g, spaced: false)
        }
        let gap = 3
        if HelpOverlay.width(left) + gap + HelpOverlay.width(right) + 4 > grid.width {
            left += [("", .plain)] + right
            right = []
        }
        let footer: Row = ("? or Esc closes this help", .dim)
        let leftWidth = HelpOverlay.width(left)
        let columnsWidth = leftWidth + (right.isEmpty ? 0 : gap + HelpOverlay.width(right))
        let noteBeside = note.map { footer.text.columns + gap + $0.columns <= columnsWidth } ?? true
        let contentWidth = max(columnsWidth, footer.text.columns, noteBeside ? 0 : note?.columns ?? 0)
        let contentHeight = max(left.count, right.count) + 2 + (noteBeside ? 0 : 1)
        var area = grid.bounds.centered(GridSize(width: contentWidth + 4, height: contentHeight + 2))
        // Leave the header row (the clock) visible when there is a row to spare.
        if area.y == 0 && area.height < grid.height { area = Rect(x: area.x, y: 1, width: area.width, height: area.height) }
        grid.fill(area)
        let inside = grid.box(area, title: title, style: .accent, glyphs: g).inset(dx: 1, dy: 0)
        let cols = inside.splitColumns([.fixed(leftWidth + gap), .fill(1)])
        for (rows, rect) in [(left, cols[0]), (right, cols[1])] {
            for (i, row) in rows.enumerated() where i < rect.height {
                grid.write(row.text, in: rect.row(i), style: row.style, glyphs: g)
            }
        }
        if inside.height >= 1 { grid.write(footer.text, in: inside.row(inside.height - 1), style: footer.style, glyphs: g) }
        if let note, inside.height >= 2 {
            if noteBeside {
                _ = grid.writeRight(note, in: inside.row(inside.height - 1), style: .dim)
            } else {
                grid.write(note, in: inside.row(inside.height - 2), style: .dim, glyphs: g)
            }
        }
    }
}
