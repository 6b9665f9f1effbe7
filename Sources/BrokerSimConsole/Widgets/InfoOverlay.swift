/// The `i` overlay: the scenario's title and its `about:` text, wrapped, in a
/// centred box at most 76 columns wide (a comfortable reading measure).
public struct InfoOverlay: Sendable {
    public var title: String
    public var about: String

    public init(title: String, about: String) {
        self.title = title
        self.about = about
    }

    public func render(into grid: inout CellGrid, glyphs g: GlyphSet) {
        let width = min(76, grid.width - 2)
        let textWidth = width - 4
        var body = TextWrap.lines(g.text(title), width: textWidth).map { ($0, Style(.accent, bold: true)) }
        body.append(("", .plain))
        let about = about.trimmingSpaces.isEmpty ? "This scenario has no description." : g.text(about)
        for line in TextWrap.reflowed(about).split(separator: "\n", omittingEmptySubsequences: false) {
            // A list item hangs its continuation lines under its text.
            let hang = line.hasPrefix("- ") || line.hasPrefix("* ") ? "  " : ""
            let wrapped = TextWrap.lines(String(line.dropFirst(hang.count)), width: textWidth - hang.count)
            if wrapped.isEmpty { body.append(("", .plain)) }
            for (i, w) in wrapped.enumerated() { body.append(((i == 0 ? String(line.prefix(hang.count)) : hang) + w, .plain)) }
        }
        body += [("", .plain), ("i or Esc closes this", .dim)]
        let area = grid.bounds.centered(GridSize(width: width, height: min(grid.height - 2, body.count + 2)))
        grid.fill(area)
        let inside = grid.box(area, title: "About", style: .accent, glyphs: g).inset(dx: 1, dy: 0)
        for (i, (text, style)) in body.enumerated() where i < inside.height {
            grid.write(text, in: inside.row(i), style: style, glyphs: g)
        }
    }
}
