/// A one-row chart of recent samples, newest at the right (ratatui `sparkline.rs`).
///
/// Each column is one sample mapped onto the glyph set's levels; zero is the
/// lowest bar, not a gap, so a quiet stretch reads as a flat line rather than
/// as missing data. Columns before the first sample stay blank. With more
/// samples than columns only the newest are shown; with fewer, the line is
/// right-aligned so the present is always at the same place.
public struct Sparkline: Sendable {
    public var samples: [Double]
    /// The value of a full column; nil scales to the largest visible sample.
    public var max: Double?
    public var style: Style

    public init(samples: [Double], max: Double? = nil, style: Style = .accent) {
        self.samples = samples
        self.max = max
        self.style = style
    }

    /// The level index (1 ... levels-1) of one sample; 0 (blank) only for a glyph set with no bars.
    static func level(_ v: Double, top: Double, levels: Int) -> Int {
        guard levels > 1 else { return 0 }
        guard v > 0, top > 0 else { return 1 }
        let steps = levels - 1
        let l = Int((v / top * Double(steps)).rounded(.up))
        return Swift.min(steps, Swift.max(1, l))
    }

    public func render(into grid: inout CellGrid, in rect: Rect, glyphs g: GlyphSet) {
        guard rect.width > 0, rect.height > 0 else { return }
        let visible = samples.suffix(rect.width)
        let top = max ?? (visible.max() ?? 0)
        let start = rect.maxX - visible.count
        for (i, v) in visible.enumerated() {
            let l = Sparkline.level(v, top: top, levels: g.sparkLevels.count)
            grid[start + i, rect.y] = Cell(g.sparkLevels[l], style: style)
        }
    }
}
