/// A grid being drawn plus where each selectable thing landed: what the
/// panels of the screen draw into.
public struct Canvas {
    public var grid: CellGrid
    public var hits: [HitArea] = []
    public let glyphs: GlyphSet
    /// The selected thing, drawn highlighted wherever it appears.
    public let selection: Selectable?

    /// The filter and order of the panels' lists.
    public var view = ViewOptions()
    /// Where each panel's list starts: last frame's on the way in, this frame's on the way out.
    public var scroll = PanelScroll()
    /// Which pane is being drawn (variants side by side), for `scroll`.
    public var pane = 0

    public init(size: GridSize, glyphs: GlyphSet, selection: Selectable?) {
        grid = CellGrid(size: size)
        grid.ellipsis = glyphs.ellipsis
        self.glyphs = glyphs
        self.selection = selection
    }

    /// Records that `target` occupies `rect`, and highlights it if selected.
    mutating func mark(_ rect: Rect, as target: Selectable) {
        let r = rect.intersection(grid.bounds)
        guard !r.isEmpty else { return }
        hits.append(HitArea(rect: r, target: target))
        if target == selection { grid.restyle(r) { $0.reverse = true; $0.bold = true } }
    }
}
