import BrokerSimCore

/// The task-queue side ("the post office"): per queue its depth as a bar
/// against the limit, a depth sparkline, rates and losses, then its workers as
/// cells; the broker's memory against the watermark; the producers.
struct QueuePanel {
    let frame: Frame

    func render(into c: inout Canvas, in rect: Rect) {
        let inside = c.grid.box(rect, title: "Task queue \(c.glyphs.bullet) the post office", glyphs: c.glyphs)
        guard !inside.isEmpty else { return }
        var y = inside.y
        for (q, queue) in frame.queues.enumerated() {
            if q > 0 { y += 1 }
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
            rows += (q > 0 ? 1 : 0) + 4 + workerRows(workers, insideWidth: width - 2)
        }
        if frame.broker != nil { rows += 2 }
        let producers = frame.producers.filter { !$0.toStream }.count
        if producers > 0 { rows += producers + 1 }
        return rows
    }

    /// Worker cells per row and the rows they take.
    func layout(_ workers: [WorkerReading], insideWidth: Int) -> (cellWidth: Int, perRow: Int) {
        guard let first = workers.first else { return (0, 1) }
        let nameWidth = workers.map { $0.name.columns }.max() ?? 0
        let cellWidth = WorkerCell(worker: first, nameWidth: nameWidth).width + 2
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
        if let r = row() {
            c.grid.write(q.name, in: r, style: Style(.accent, bold: true), glyphs: g)
            let counts = "ready \(CompactNumber.format(q.ready))  unacked \(CompactNumber.format(q.unacked))"
            c.grid.writeRight(counts, in: r, style: .plain)
            y += 1
        }
        // The bar and the sparkline share one scale: the limit, or the deepest seen.
        let scale = Double(q.limit ?? max(1, Int64(q.depthHistory.max() ?? 0), q.ready + q.unacked))
        if let r = row() {
            let limitText = q.limit.map { "max \(CompactNumber.format($0))" } ?? "no max"
            let cols = r.splitColumns([.fill(1), .fixed(limitText.columns + 1)])
            BarGauge(primary: Double(q.ready), secondary: Double(q.unacked), scale: scale)
                .render(into: &c.grid, in: cols[0], glyphs: g)
            c.grid.writeRight(limitText, in: cols[1], style: .dim)
            y += 1
        }
        if let r = row() {
            let rates = "in \(CompactNumber.rate(q.inRate))  out \(CompactNumber.rate(q.outRate))"
            let cols = r.splitColumns([.fill(1), .fixed(rates.columns + 1)])
            Sparkline(samples: q.depthHistory, max: scale).render(into: &c.grid, in: cols[0], glyphs: g)
            c.grid.writeRight(rates, in: cols[1], style: .plain)
            y += 1
        }
        if let r = row() {
            // Only what happened: a calm line when nothing went wrong.
            let counts = [("redelivered", q.redelivered, Role.warn), ("dead-lettered", q.deadLettered, .warn),
                          ("discarded", q.discarded, .alarm), ("lost", q.lost, .alarm)].filter { $0.1 > 0 }
            if counts.isEmpty {
                c.grid.write("no redeliveries, nothing lost", in: r, style: .dim, glyphs: g)
            } else {
                var x = r.x
                for (label, n, role) in counts {
                    x = c.grid.write("\(label) \(CompactNumber.format(n))", x: x, y: r.y, style: Style(role), clip: r) + 2
                }
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
        let used = "\(formatBytes(b.memory)) / \(formatBytes(b.capacity))"
        var badges: [Badge] = []
        if !b.up { badges.append(Badge("BROKER DOWN", role: .alarm)) }
        if b.alarm { badges.append(Badge("ALARM", role: .alarm)) }
        let blocked = b.blockedPublishers > 0 ? " \(b.blockedPublishers) blocked" : ""
        let tail = used.columns + 1 + badges.reduce(0) { $0 + $1.width + 1 } + blocked.columns
        let gaugeWidth = max(4, min(24, r.maxX - x - tail - 1))
        BarGauge(primary: Double(b.memory), scale: Double(b.capacity), mark: Double(b.watermark),
                 primaryStyle: b.alarm ? .alarm : .accent)
            .render(into: &c.grid, in: Rect(x: x, y: y, width: gaugeWidth, height: 1), glyphs: c.glyphs)
        x = c.grid.write(" " + used, x: x + gaugeWidth, y: y, style: .plain, clip: r)
        for badge in badges { x = badge.render(into: &c.grid, x: x + 1, y: y, clip: r) }
        c.grid.write(blocked, x: x, y: y, style: Style(.alarm), clip: r)
        return y + 1
    }
}
