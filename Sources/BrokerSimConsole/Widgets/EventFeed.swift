/// The feed of what just happened, read like a log tail: oldest at the top,
/// the newest last, only the newest that fit; each line cut to the width
/// (never wrapped, so one long event cannot push the others out).
public struct EventFeed: Sendable {
    public var entries: [FeedLine]

    public init(_ entries: [FeedLine]) { self.entries = entries }

    public func render(into grid: inout CellGrid, in rect: Rect, glyphs g: GlyphSet) {
        guard rect.width > 0, rect.height > 0 else { return }
        let shown = entries.suffix(rect.height)
        for (i, e) in shown.enumerated() {
            let row = rect.row(i)
            let x = grid.write(e.time + " ", x: row.x, y: row.y, style: .dim, clip: row)
            let rest = Rect(x: x, y: row.y, width: row.maxX - x, height: 1)
            grid.write(e.text, in: rest, style: Style(e.role), glyphs: g)
        }
    }
}
