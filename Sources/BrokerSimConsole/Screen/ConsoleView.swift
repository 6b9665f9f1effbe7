/// The whole console screen for one state and frame: header, the task-queue
/// and event-stream panels side by side (or alone), the event feed (with the
/// expectations once finished) and the key hints; the help over it on `?`.
///
/// Pure: the same state, frame, size and glyphs always give the same grid.
public enum ConsoleView {
    public static func render(state: ConsoleState, frame: Frame, size: GridSize, glyphs: GlyphSet) -> RenderedScreen {
        var c = Canvas(size: size, glyphs: glyphs, selection: state.selection)
        guard size.fits(.minimum) else {
            SizeWarning().render(into: &c.grid, glyphs: glyphs)
            return RenderedScreen(grid: c.grid, hitAreas: [])
        }
        // The panels take the rows they need; the feed gets the rest, and at
        // least enough for every expectation once the run is finished.
        let available = size.height - 2
        let minFeed = frame.finished ? max(6, min(frame.expectations.count + 2, available / 2)) : 6
        let both = frame.hasTaskQueue && frame.hasStream
        let panelWidth = both ? (size.width + 1) / 2 : size.width
        let need = max(frame.hasTaskQueue ? QueuePanel(frame: frame).neededHeight(width: panelWidth) : 0,
                       frame.hasStream ? StreamPanel(frame: frame).neededHeight(width: panelWidth) : 0, 8)
        let bodyHeight = min(available - minFeed, need)
        let rows = c.grid.bounds.splitRows([.fixed(1), .fixed(bodyHeight), .fill(1), .fixed(1)])
        HeaderBar(state: state, frame: frame).render(into: &c, in: rows[0])
        let body = rows[1]
        switch (frame.hasTaskQueue, frame.hasStream) {
        case (true, true):
            let cols = body.splitColumns([.fill(1), .fill(1)])
            QueuePanel(frame: frame).render(into: &c, in: cols[0])
            StreamPanel(frame: frame).render(into: &c, in: cols[1])
        case (true, false): QueuePanel(frame: frame).render(into: &c, in: body)
        case (false, true): StreamPanel(frame: frame).render(into: &c, in: body)
        case (false, false):
            let inside = c.grid.box(body, title: frame.title, glyphs: glyphs)
            c.grid.write("This scenario has no queues or topics to show.", in: inside, style: .dim, glyphs: glyphs)
        }
        FeedPanel(frame: frame).render(into: &c, in: rows[2])
        HintBar(state: state, frame: frame).render(into: &c, in: rows[3])
        if state.showHelp { HelpOverlay().render(into: &c.grid, glyphs: glyphs) }
        if state.showInfo { InfoOverlay(title: frame.title, about: frame.about).render(into: &c.grid, glyphs: glyphs) }
        return RenderedScreen(grid: c.grid, hitAreas: state.showHelp || state.showInfo ? [] : c.hits)
    }
}
