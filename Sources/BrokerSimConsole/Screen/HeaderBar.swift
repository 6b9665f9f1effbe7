/// The top line: the scenario's title on the left; seed, variant, the clock,
/// the speed and RUNNING / PAUSED / FINISHED on the right.
struct HeaderBar {
    let state: ConsoleState
    let frame: Frame

    var phase: Badge {
        if case .question? = state.prompts.first { return Badge("QUESTION", role: .warn) }
        if state.holding { return Badge("WAITING", role: .warn) }
        if frame.finished { return Badge("FINISHED", role: .accent) }
        return state.paused ? Badge("PAUSED", role: .warn) : Badge("RUNNING", role: .ok)
    }

    func render(into c: inout Canvas, in row: Rect) {
        let bar = Style(.plain, bg: .header)
        c.grid.fill(row, with: Cell(" ", style: bar))
        var right = state.course.map { "\($0.label)  " } ?? ""
        right += "seed \(frame.seed)"
        if let v = frame.variant { right += "  variant \(v)" }
        if frame.variants > 1 { right += "  \(frame.variants) variants" }
        right += "  \(ClockText.clock(frame.now))  \(state.speed.label(times: c.glyphs.times)) "
        let badge = phase
        let rightWidth = right.columns + badge.width
        let badgeX = row.maxX - badge.width
        badge.render(into: &c.grid, x: badgeX, y: row.y, clip: row)
        c.grid.write(right, x: badgeX - right.columns, y: row.y, style: Style(.plain, bg: .header, bold: true), clip: row)
        let x = c.grid.write(" brokersim ", x: row.x, y: row.y, style: Style(.accent, bg: .header, bold: true), clip: row)
        let titleRect = Rect(x: x + 1, y: row.y, width: row.maxX - rightWidth - x - 2, height: 1)
        c.grid.write(frame.title, in: titleRect, style: bar, glyphs: c.glyphs)
    }
}
