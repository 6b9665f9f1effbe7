/// A horizontal bar of two stacked series against a scale, with an optional mark.
///
/// For a queue: ready (primary) then unacked (secondary) against `max_length`,
/// or the broker's memory against its size with the watermark as the mark.
/// Values are separate from drawing (htop `Meter.h`): the caller supplies
/// numbers, the gauge only decides cells.
public struct BarGauge: Sendable {
    public var primary: Double
    public var secondary: Double
    /// The value the full width stands for; values above it show the overflow glyph.
    public var scale: Double
    /// A value to mark on the bar (a watermark), drawn over whatever is there.
    public var mark: Double?
    public var primaryStyle: Style
    public var secondaryStyle: Style
    public var markStyle: Style
    /// Whether any non-zero value takes at least one cell. True for counts (one waiting message
    /// is worth seeing); false for memory, where 8 KB of 4 GB must not look like a block.
    public var showsTiny: Bool

    public init(primary: Double, secondary: Double = 0, scale: Double, mark: Double? = nil,
                primaryStyle: Style = .accent, secondaryStyle: Style = .info, markStyle: Style = .warn,
                showsTiny: Bool = true) {
        self.showsTiny = showsTiny
        self.primary = primary
        self.secondary = secondary
        self.scale = scale
        self.mark = mark
        self.primaryStyle = primaryStyle
        self.secondaryStyle = secondaryStyle
        self.markStyle = markStyle
    }

    /// Cells a value takes in `width` cells; with `showsTiny` any non-zero value takes at
    /// least one, so a single waiting message is visible.
    static func cells(_ value: Double, scale: Double, width: Int, showsTiny: Bool = true) -> Int {
        guard value > 0, scale > 0, width > 0 else { return 0 }
        let n = Int((value / scale * Double(width)).rounded())
        return min(width, max(showsTiny ? 1 : 0, n))
    }

    /// Draws the bar on the first row of `rect`.
    public func render(into grid: inout CellGrid, in rect: Rect, glyphs g: GlyphSet) {
        guard rect.width > 0, rect.height > 0 else { return }
        let w = rect.width
        let overflow = primary + secondary > scale
        let a = BarGauge.cells(primary, scale: scale, width: w, showsTiny: showsTiny)
        // The secondary series starts where the primary ends; together they are
        // sized from their sum so rounding never shows more than the total.
        let ab = max(a, BarGauge.cells(primary + secondary, scale: scale, width: w, showsTiny: showsTiny))
        for i in 0..<w {
            let cell: Cell
            if i < a { cell = Cell(g.barPrimary, style: primaryStyle) }
            else if i < ab { cell = Cell(g.barSecondary, style: secondaryStyle) }
            else { cell = Cell(g.barEmpty, style: .dim) }
            grid[rect.x + i, rect.y] = cell
        }
        if let mark, scale > 0 {
            let col = min(w - 1, max(0, Int((mark / scale * Double(w)).rounded()) - 1))
            grid[rect.x + col, rect.y] = Cell(g.barMark, style: markStyle)
        }
        if overflow { grid[rect.x + w - 1, rect.y] = Cell(g.barOverflow, style: .alarm.bolded) }
    }
}
