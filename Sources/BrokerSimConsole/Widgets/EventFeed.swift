/// The feed of what just happened, read like a log tail: oldest at the top,
/// the newest last, only the newest that fit; each event cut to the width, so
/// one long event cannot push the others out, but narration (`wrap`) wrapped,
/// because it is meant to be read whole.
public struct EventFeed: Sendable {
    public var entries: [FeedLine]

    public init(_ entries: [FeedLine]) { self.entries = entries }

    private struct Row {
        var time: String
        var text: String
        var role: Role
        var note: String?
    }

    public func render(into grid: inout CellGrid, in rect: Rect, glyphs g: GlyphSet) {
        guard rect.width > 0, rect.height > 0 else { return }
        // Times right-aligned to the widest one, so `1d 00:00:05.000` and
        // `23:59:58.000` keep their clocks in one column.
        let timeWidth = entries.suffix(rect.height).map(\.time.columns).max() ?? 0
        // The newest entries that fit whole (a wrapped entry's continuation rows
        // are indented under its text); the newest alone is cut if taller than the box.
        var groups: [[Row]] = []
        var used = 0
        for e in entries.reversed() {
            let time = String(repeating: " ", count: max(0, timeWidth - e.time.columns)) + e.time
            let textWidth = rect.width - timeWidth - 1
            var group: [Row] = []
            if e.wrap && textWidth > 10 {
                for (i, line) in TextWrap.lines(g.text(e.text), width: textWidth).enumerated() {
                    group.append(Row(time: i == 0 ? time : String(repeating: " ", count: timeWidth), text: line, role: e.role))
                }
            } else {
                group.append(Row(time: time, text: g.text(e.text), role: e.role, note: e.note))
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
            guard let note = r.note else {
                grid.write(r.text, in: rest, style: Style(r.role), glyphs: g)
                continue
            }
            // The event first (cut if it must be), the author's note after it, dim.
            let textWidth = min(r.text.columns, rest.width)
            grid.write(r.text, in: Rect(x: rest.x, y: rest.y, width: textWidth, height: 1), style: Style(r.role), glyphs: g)
            let noteX = rest.x + textWidth + 1
            if noteX < rest.maxX - 4 {
                grid.write("\(g.bullet) \(note)", in: Rect(x: noteX, y: rest.y, width: rest.maxX - noteX, height: 1), style: .dim, glyphs: g)
            }
        }
    }
}
