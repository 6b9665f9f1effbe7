/// One run's part of the screen: the task-queue and event-stream panels, the
/// newest narration as a caption, and the event feed (with the expectations
/// once finished). One pane fills the screen; variants get one pane each,
/// named on a row of their own.
///
/// A pane too short for a feed (variants stacked on a small terminal) is
/// compact: the caption without its box, the panels, and the feed only if
/// rows are left over.
struct PaneView {
    let frame: Frame
    /// The variant's name, drawn on the pane's first row; nil for a lone pane.
    var name: String?
    /// False while a prompt shows the narration instead.
    var showCaption = true

    /// Panes shorter than this are compact.
    static let compactBelow = 16

    func render(into c: inout Canvas, in rect: Rect) {
        var area = rect
        if let name {
            renderName(name, into: &c, in: area.row(0))
            area = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        }
        let caption = showCaption ? frame.caption.map { CaptionBox(caption: $0) } : nil
        let panelWidth = (area.width + 1) / max(1, sides.count)
        let need = sides.map { neededHeight($0, width: panelWidth) }.reduce(8, max)
        let available = area.height
        if available < Self.compactBelow {
            let captionRows = caption == nil ? 0 : min(CaptionBox.compactRows, caption!.compactLines(width: area.width).count)
            let bodyHeight = min(need, available - captionRows)
            let rows = area.splitRows([.fixed(captionRows), .fixed(bodyHeight), .fill(1)])
            caption?.renderCompact(into: &c, in: rows[0])
            renderBody(into: &c, in: rows[1])
            if rows[2].height >= 3 { FeedPanel(frame: frame).render(into: &c, in: rows[2]) }
            return
        }
        // The panels take the rows they need; the feed gets the rest, and at
        // least enough for every expectation once the run is finished.
        let captionHeight = caption.map { min($0.height(width: area.width), available / 4 + 2) } ?? 0
        let minFeed = frame.finished ? max(6, min(frame.expectations.count + 2, available / 2)) : (caption == nil ? 6 : 4)
        // What a customer saw (`customers:`) stays on screen even when the expectations want the rows.
        let keep = min(need, customerRowsNeeded, max(0, available - captionHeight - 4))
        let bodyHeight = max(keep, min(available - minFeed - captionHeight, need))
        let rows = area.splitRows([.fixed(bodyHeight), .fixed(captionHeight), .fill(1)])
        renderBody(into: &c, in: rows[0])
        if let caption { CaptionBox(caption: caption.caption, maxLines: captionHeight - 2).render(into: &c, in: rows[1]) }
        FeedPanel(frame: frame).render(into: &c, in: rows[2])
    }

    /// Rows the tallest side needs to show its customer-facing producers (`customers:`) with
    /// its queues folded and its memory line dropped; 0 when it has none.
    var customerRowsNeeded: Int {
        var rows = 0
        if frame.callers.contains(where: { $0.customers != nil }) { rows = ServicePanel(frame: frame).neededHeight() }
        let publishers = frame.producers.filter { !$0.toStream && !$0.calls }
        if publishers.contains(where: { $0.customers != nil }) {
            let queues = frame.queues.indices.reduce(0) { n, q in n + 3 + (frame.workers.contains { $0.queue == frame.queues[q].name } ? 1 : 0) }
            rows = max(rows, 2 + queues + publishers.count)
        }
        return rows
    }

    /// The sides the scenario has, left to right.
    enum Side { case taskQueue, stream, services }

    var sides: [Side] {
        var out: [Side] = []
        if frame.hasServices { out.append(.services) }
        if frame.hasTaskQueue { out.append(.taskQueue) }
        if frame.hasStream { out.append(.stream) }
        return out
    }

    func neededHeight(_ side: Side, width: Int) -> Int {
        switch side {
        case .taskQueue: return QueuePanel(frame: frame).neededHeight(width: width)
        case .stream: return StreamPanel(frame: frame).neededHeight(width: width)
        case .services: return ServicePanel(frame: frame).neededHeight()
        }
    }

    /// One column per side, equal widths.
    func renderBody(into c: inout Canvas, in body: Rect) {
        let sides = self.sides
        guard !sides.isEmpty else {
            let inside = c.grid.box(body, title: frame.title, glyphs: c.glyphs)
            c.grid.write("This scenario has no queues, topics or services to show.", in: inside, style: .dim, glyphs: c.glyphs)
            return
        }
        let cols = body.splitColumns(sides.map { _ in .fill(1) })
        for (side, col) in zip(sides, cols) {
            switch side {
            case .taskQueue: QueuePanel(frame: frame).render(into: &c, in: col)
            case .stream: StreamPanel(frame: frame).render(into: &c, in: col)
            case .services: ServicePanel(frame: frame).render(into: &c, in: col)
            }
        }
    }

    /// ` sync ` in reverse, then `finished at 00:01:35.000 · 3/3 expectations held` once done.
    func renderName(_ name: String, into c: inout Canvas, in row: Rect) {
        var x = Badge(name, role: .accent).render(into: &c.grid, x: row.x, y: row.y, clip: row) + 1
        guard frame.finished else { return }
        x = c.grid.write("finished at \(ClockText.clock(frame.now))", x: x, y: row.y, style: .dim, clip: row)
        guard !frame.expectations.isEmpty else { return }
        let held = frame.expectations.filter(\.passed).count
        let all = held == frame.expectations.count
        c.grid.write("  \(held)/\(frame.expectations.count) expectations held", x: x, y: row.y,
                     style: Style(all ? .ok : .alarm, bold: true), clip: row)
    }
}
