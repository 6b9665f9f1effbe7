import BrokerSimCore

/// The task-queue side ("the post office"): per queue its depth as a bar
/// against the limit, a depth sparkline, rates and losses, then its workers as
/// cells; the broker's memory against the watermark; the producers.
struct QueuePanel {
    let frame: Frame

    func render(into c: inout Canvas, in rect: Rect) {
        // The model follows RabbitMQ 3.10 classic queues (3.12+ keeps their bodies on disk): say so.
        let full = "Task queue (RabbitMQ 3.10) \(c.glyphs.bullet) the post office"
        let title = full.columns + 6 <= rect.width ? full : "Task queue (RabbitMQ 3.10)"
        let inside = c.grid.box(rect, title: title, glyphs: c.glyphs)
        guard !inside.isEmpty else { return }
        var y = inside.y
        for (q, queue) in frame.queues.enumerated() {
            y = renderQueue(queue, index: q, into: &c, inside: inside, y: y)
        }
        if let b = frame.broker, y < inside.maxY { y = renderBroker(b, into: &c, inside: inside, y: y + 1) }
        ProducerRows(frame: frame, stream: false).render(into: &c, inside: inside, y: y)
    }

    /// Rows the panel needs at `width` to show everything, frame included.
    func neededHeight(width: Int) -> Int {
        var rows = 2
        for q in frame.queues.indices {
            let workers = frame.workers.filter { $0.queue == q && $0.status != .removed }
            rows += 3 + workerRows(workers, insideWidth: width - 2)
        }
        if frame.broker != nil { rows += 2 }
        let producers = frame.producers.filter { !$0.toStream && !$0.calls }.count
        if producers > 0 { rows += producers + 1 }
        return rows
    }

    static func ratesFit(_ q: QueueReading, width: Int) -> Bool {
        let text = "ready \(CompactNumber.format(q.ready))  unacked \(CompactNumber.format(q.unacked))  "
            + "in \(CompactNumber.rate(q.inRate))  out \(CompactNumber.rate(q.outRate))"
        return q.name.columns + 2 + text.columns <= width
    }

    /// The totals row: published, acked and lost always (what a caption points at), then what
    /// else went wrong, only when it happened.
    static func totals(_ q: QueueReading) -> [(String, Int64, Role)] {
        [("published", q.published, Role.dim), ("acked", q.acked, .dim), ("lost", q.lost, q.lost > 0 ? .alarm : .dim)]
            + [("duplicates", q.duplicates, Role.alarm), ("redelivered", q.redelivered, .warn),
               ("dead-lettered", q.deadLettered, .warn), ("discarded", q.discarded, .alarm)].filter { $0.1 > 0 }
    }

    /// The value a `no max` bar's full width stands for: 1, 2 or 5 × 10ⁿ, at least 10, so one
    /// message does not fill the bar and the scale reads as a round number.
    static func niceScale(_ deepest: Double) -> Int64 {
        var step: Int64 = 10
        while true {
            for m: Int64 in [1, 2, 5] where Double(step * m) >= deepest { return step * m }
            if step > Int64.max / 100 { return Int64.max }
            step *= 10
        }
    }

    /// Worker cells per row and the rows they take.
    func layout(_ workers: [WorkerReading], insideWidth: Int) -> (cellWidth: Int, perRow: Int) {
        guard !workers.isEmpty else { return (0, 1) }
        let nameWidth = workers.map { $0.name.columns }.max() ?? 0
        let cellWidth = (workers.map { WorkerCell(worker: $0, nameWidth: nameWidth).width }.max() ?? 0) + 2
        return (cellWidth, max(1, (insideWidth + 2) / cellWidth))
    }

    func workerRows(_ workers: [WorkerReading], insideWidth: Int) -> Int {
        let perRow = layout(workers, insideWidth: insideWidth).perRow
        return (workers.count + perRow - 1) / perRow
    }

    func renderQueue(_ q: QueueReading, index: Int, into c: inout Canvas, inside: Rect, y start: Int) -> Int {
        var y = start
        let g = c.glyphs
        func row() -> Rect? { y < inside.maxY ? Rect(x: inside.x, y: y, width: inside.width, height: 1) : nil }
        // Row 1: name, then depth and rates on the right; when that does not fit,
        // the rates go to row 3 with the losses, so the bar keeps its width.
        let depth = "ready \(CompactNumber.format(q.ready))  unacked \(CompactNumber.format(q.unacked))"
        let rates = "in \(CompactNumber.rate(q.inRate))  out \(CompactNumber.rate(q.outRate))"
        let ratesOnTop = Self.ratesFit(q, width: inside.width)
        if let r = row() {
            let counts = ratesOnTop ? depth + "  " + rates : depth
            let right = c.grid.writeRight(counts, in: r, style: .plain) - counts.columns
            c.grid.write(q.name, in: Rect(x: r.x, y: r.y, width: max(0, right - r.x - 1), height: 1),
                         style: Style(.accent, bold: true), glyphs: g)
            y += 1
        }
        // Row 2: the depth as a bar against the limit, and its recent history on
        // the same scale (the limit, or the deepest seen), so you see it drain.
        // `max_length` caps ready messages only, so unacked ones extend the scale
        // rather than show as overflow.
        let noMaxScale = Self.niceScale(max(Double(q.ready + q.unacked), q.depthHistory.max() ?? 0))
        let scale = Double(q.limit.map { max($0, q.ready + q.unacked) } ?? noMaxScale)
        if let r = row() {
            let limitText = q.limit.map { "max \(CompactNumber.format($0))" }
                ?? "no max, bar \(CompactNumber.format(noMaxScale).replacing(".0", with: ""))"
            let cols = r.splitColumns([.fill(1), .fixed(limitText.columns + 2), .fill(1)])
            BarGauge(primary: Double(q.ready), secondary: Double(q.unacked), scale: scale)
                .render(into: &c.grid, in: cols[0], glyphs: g)
            c.grid.write(" " + limitText, x: cols[1].x, y: r.y, style: .dim, clip: cols[1])
            Sparkline(samples: q.depthHistory, max: scale).render(into: &c.grid, in: cols[2], glyphs: g)
            y += 1
        }
        // Row 3: the rates when they did not fit on top, the totals, and what went wrong.
        let counts = Self.totals(q)
        if let r = row() {
            var x = r.x
            if !ratesOnTop { x = c.grid.write(rates, x: x, y: r.y, style: .plain, clip: r) + 2 }
            for (label, n, role) in counts {
                // Exact below a million: a caption promises `published = acked = 10,000`.
                let number = n < 1_000_000 ? CompactNumber.grouped(n) : CompactNumber.format(n)
                let text = "\(label) \(number)"
                // Whole items only: a cut-off `ac` says nothing.
                guard x + text.columns <= r.maxX else { break }
                x = c.grid.write(text, x: x, y: r.y, style: Style(role), clip: r) + 2
            }
            y += 1
        }
        let workers = frame.workers.filter { $0.queue == index && $0.status != .removed }
        guard !workers.isEmpty else { return y }
        let nameWidth = workers.map { $0.name.columns }.max() ?? 0
        let (cellWidth, perRow) = layout(workers, insideWidth: inside.width)
        for (i, w) in workers.enumerated() {
            let col = i % perRow
            if col == 0 && i > 0 { y += 1 }
            guard y < inside.maxY else { return y }
            let x = inside.x + col * cellWidth
            let width = min(cellWidth - 2, inside.maxX - x)
            WorkerCell(worker: w, nameWidth: nameWidth).render(into: &c, in: Rect(x: x, y: y, width: width, height: 1))
        }
        return y + 1
    }

    func renderBroker(_ b: BrokerReading, into c: inout Canvas, inside: Rect, y: Int) -> Int {
        guard y < inside.maxY else { return y }
        let r = Rect(x: inside.x, y: y, width: inside.width, height: 1)
        var x = c.grid.write("memory ", x: r.x, y: y, style: .dim, clip: r)
        var used = "\(formatBytes(b.memory)) / \(formatBytes(b.capacity))  alarm at \(formatBytes(b.watermark))"
        var badges: [Badge] = []
        if !b.up { badges.append(Badge("BROKER DOWN", role: .alarm)) }
        if b.alarm { badges.append(Badge("ALARM", role: .alarm)) }
        let blocked = b.blockedPublishers > 0 ? " \(b.blockedPublishers) blocked" : ""
        let badgeCols = badges.reduce(0) { $0 + $1.width + 1 } + blocked.columns
        // The watermark goes first when the line is narrow: the bar's mark still shows it.
        if r.maxX - x - used.columns - 1 - badgeCols - 1 < 8 { used = "\(formatBytes(b.memory)) / \(formatBytes(b.capacity))" }
        let tail = used.columns + 1 + badgeCols
        let gaugeWidth = max(4, min(24, r.maxX - x - tail - 1))
        BarGauge(primary: Double(b.memory), scale: Double(b.capacity), mark: Double(b.watermark),
                 primaryStyle: b.alarm ? .alarm : .accent, showsTiny: false)
            .render(into: &c.grid, in: Rect(x: x, y: y, width: gaugeWidth, height: 1), glyphs: c.glyphs)
        x = c.grid.write(" " + used, x: x + gaugeWidth, y: y, style: .plain, clip: r)
        for badge in badges { x = badge.render(into: &c.grid, x: x + 1, y: y, clip: r) }
        c.grid.write(blocked, x: x, y: y, style: Style(.alarm), clip: r)
        return y + 1
    }
}
