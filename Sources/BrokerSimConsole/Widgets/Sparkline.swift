/// A one-row chart of every sample it is given, oldest at the left, newest at the right
/// (ratatui `sparkline.rs`).
///
/// Each column is mapped onto the glyph set's levels; zero is the lowest bar, not a gap, so
/// a quiet stretch reads as a flat line rather than as missing data. With more samples than
/// columns, the samples are resampled into the columns (never cut to the newest), so an
/// 80-column and a 200-column terminal show the same stretch of time; with fewer, one
/// sample per column, right-aligned so the present is always at the same place, and the
/// columns before the first sample stay blank.
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
        let visible = Self.resampled(samples, into: rect.width)
        let top = max ?? (visible.max() ?? 0)
        let start = rect.maxX - visible.count
        for (i, v) in visible.enumerated() {
            let l = Sparkline.level(v, top: top, levels: g.sparkLevels.count)
            grid[start + i, rect.y] = Cell(g.sparkLevels[l], style: style)
        }
    }

    /// At most `columns` values: the samples themselves when they fit, else exactly `columns`,
    /// column `c` covering samples `⌊c·n÷columns⌋ ..< ⌊(c+1)·n÷columns⌋` (one or two more than
    /// the next column at most), so the run always fills the width and an event drifts left
    /// smoothly as the run grows.
    ///
    /// Each column is the largest sample of its stretch, not the mean: a queue that spiked to
    /// 5,000 for one sample out of twelve must still reach the top of its column, where a
    /// mean would flatten the spike to a twelfth of its height and hide the moment the chart
    /// exists to show.
    static func resampled(_ samples: [Double], into columns: Int) -> [Double] {
        let n = samples.count
        guard columns > 0, n > columns else { return samples }
        return (0..<columns).map { c in
            samples[c * n / columns..<(c + 1) * n / columns].max() ?? 0
        }
    }
}
