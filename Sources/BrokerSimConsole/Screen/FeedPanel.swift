/// The bottom box: the event feed; once the run is finished, the expectations
/// beside it, each with a pass or fail mark.
struct FeedPanel {
    let frame: Frame

    func render(into c: inout Canvas, in rect: Rect) {
        let g = c.glyphs
        var feedRect = rect
        if frame.finished && !frame.expectations.isEmpty {
            let cols = rect.splitColumns([.fill(1), .fill(1)])
            feedRect = cols[0]
            let inside = c.grid.box(cols[1], title: "Expectations", glyphs: g)
            let passed = frame.expectations.filter(\.passed).count
            c.grid.writeRight(" \(passed)/\(frame.expectations.count) held ", in: Rect(x: cols[1].x, y: cols[1].y, width: cols[1].width - 2, height: 1),
                              style: passed == frame.expectations.count ? Style(.ok, bold: true) : Style(.alarm, bold: true))
            for (i, e) in frame.expectations.enumerated() where i < inside.height {
                let row = inside.row(i)
                let x = c.grid.write(String(e.passed ? g.pass : g.fail) + " ", x: row.x, y: row.y, style: Style(e.passed ? .ok : .alarm, bold: true), clip: row)
                let text = e.text + (e.detail.map { "  (\($0))" } ?? "")
                c.grid.write(text, in: Rect(x: x, y: row.y, width: row.maxX - x, height: 1), style: e.passed ? .plain : .alarm, glyphs: g)
            }
        }
        let inside = c.grid.box(feedRect, title: "Events", glyphs: g)
        let lines = frame.feed
        if lines.isEmpty {
            c.grid.write(frame.finished ? "No crash, alarm or change in this run." : "Nothing has happened yet.", in: inside, style: .dim, glyphs: g)
        } else {
            EventFeed(lines).render(into: &c.grid, in: inside, glyphs: g)
        }
    }
}
