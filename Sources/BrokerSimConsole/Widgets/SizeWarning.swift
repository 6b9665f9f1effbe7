/// What a terminal below the minimum size shows instead of a garbled layout:
/// its size, the size needed and how to get out, centred on a cleared grid.
public struct SizeWarning: Sendable {
    public var needed: GridSize

    public init(needed: GridSize = .minimum) { self.needed = needed }

    public func render(into grid: inout CellGrid, glyphs g: GlyphSet) {
        grid.fill(grid.bounds)
        let have = "\(grid.width)\(g.times)\(grid.height)"
        let want = "\(needed.width)\(g.times)\(needed.height)"
        let lines: [(String, Style)] = [
            ("Terminal too small: \(have)", Style(.alarm, bold: true)),
            ("brokersim needs at least \(want).", .plain),
            ("Enlarge the window, or press q to quit.", .dim),
        ]
        let top = max(0, (grid.height - lines.count) / 2)
        for (i, (text, style)) in lines.enumerated() {
            let shown = text.fitted(to: grid.width, ellipsis: g.ellipsis)
            let x = max(0, (grid.width - shown.columns) / 2)
            grid.write(shown, x: x, y: top + i, style: style)
        }
    }
}
