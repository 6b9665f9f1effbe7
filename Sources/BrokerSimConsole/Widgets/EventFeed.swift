/// The feed of what just happened, read like a log tail: oldest at the top,
/// the newest last, only the newest that fit; each event cut to the width, so
/// one long event cannot push the others out, but narration (`wrap`) wrapped,
/// because it is meant to be read whole.
public struct EventFeed: Sendable {
    public var entries: [FeedLine]

    public init(_ entries: [FeedLine]) { self.entries = entries }

    public func render(into grid: inout CellGrid, in rect: Rect, glyphs g: GlyphSet) {
        guard rect.width > 0, rect.height > 0 else { return }
        // The newest entries that fit whole (a wrapped entry's continuation rows
        // are indented under its text); the newest alone is cut if taller than the box.
        var groups: [[(time: String, text: String, role: Role)]] = []
        var used = 0
        for e in entries.reversed() {
            let textWidth = rect.width - e.time.columns - 1
            var group: [(time: String, text: String, role: Role)] = []
            if e.wrap && textWidth > 10 {
                for (i, line) in TextWrap.lines(e.text, width: textWidth).enumerated() {
                    group.append((i == 0 ? e.time : String(repeating: " ", count: e.time.columns), line, e.role))
                }
            } else {
                group.append((e.time, e.text, e.role))
            }
            if used + group.count > rect.height && !groups.isEmpty { break }
            groups.insert(group, at: 0)
            used += group.count
            if used >= rect.height { break }
        }
        let rows = groups.flatMap { $0 }
        for (i, r) in rows.prefix(rect.height).enumerated() {
            let row = rect.row(i)
            let x = grid.write(r.time + " ", x: row.x, y: row.y, style: .dim, clip: row)
            let rest = Rect(x: x, y: row.y, width: row.maxX - x, height: 1)
            grid.write(r.text, in: rest, style: Style(r.role), glyphs: g)
        }
    }
}
