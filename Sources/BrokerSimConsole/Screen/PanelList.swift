/// What every scrolling panel says about its list: the title with the filter
/// and order in force, and the line that says what is out of view.
enum PanelList {
    /// `Task queue • the post office  /mail 12 of 100  by depth`.
    static func title(_ base: String, shown: Int, of total: Int, noun: String, view: ViewOptions) -> String {
        var t = base
        if !view.filter.isEmpty { t += "  /\(view.filter) \(shown) of \(total)" }
        if view.order != .declared { t += "  \(view.order.label)" }
        return t
    }

    /// `↑ 3 above  ↓ 95 more queues`, dim, on `row`. - Returns: the row after it.
    @discardableResult
    static func renderHidden(above: Int, below: Int, noun: String, into c: inout Canvas, row: Rect) -> Int {
        var parts: [String] = []
        if above > 0 { parts.append("\(c.glyphs.arrowUp) \(above) above") }
        if below > 0 { parts.append("\(c.glyphs.arrowDown) \(below) more \(noun)") }
        c.grid.write(parts.joined(separator: "  "), in: row, style: .dim, glyphs: c.glyphs)
        return row.y + 1
    }
}
