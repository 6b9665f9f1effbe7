/// A drawn screen: the grid to present and where a click selects what.
public struct RenderedScreen: Hashable, Sendable {
    public var grid: CellGrid
    public var hitAreas: [HitArea]
    /// Where each panel's list started in this drawing: kept for the next one.
    public var scroll = PanelScroll()
}
