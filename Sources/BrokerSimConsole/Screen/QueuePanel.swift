import BrokerSimUnits

/// The task-queue side ("the post office"): per queue its depth as a bar
/// against the limit, a depth sparkline, rates and losses, then its workers as
/// cells; the broker's memory against the watermark; the producers.
struct QueuePanel {
    let frame: Frame

    func render(into c: inout Canvas, in rect: Rect) {
        let byQueue = frame.workersByQueue()
        let order = frame.queueOrder(c.view, byQueue: byQueue)
        // The model follows RabbitMQ 3.10 classic queues (3.12+ keeps their bodies on disk): say so.
        func title(_ name: String) -> String {
            PanelList.title(name, shown: order.count, of: frame.queues.count, noun: "queues", view: c.view)
        }
        let long = title("Task queue (RabbitMQ 3.10) \(c.glyphs.bullet) the post office")
        let inside = c.grid.box(rect, title: long.columns + 6 <= rect.width ? long : title("Task queue (RabbitMQ 3.10)"),
                                glyphs: c.glyphs)
        guard !inside.isEmpty else { return }
        let producers = frame.producerOrder(stream: false, c.view)
        // The queues come first, the broker and producers below take what is left (the
        // producers scroll). Queues that do not fit in full fold each pool not holding the
        // selection into one line; if they still do not fit they scroll, above the broker
        // and a quarter of the panel for producers.
        let brokerRows = frame.broker.map { $0.nodes.isEmpty ? 2 : 3 } ?? 0
        let selectedQueue = selectedWorker(c.selection).flatMap { w in frame.queues.firstIndex { $0.name == frame.workers[w].queue } }
        func total(collapsed: Bool) -> Int {
            guard order.count * 2 <= inside.height else { return .max }
            return order.reduce(0) { $0 + height(frame.queues[$1], workers: byQueue[$1], width: inside.width,
                                                 collapsed: collapsed && $1 != selectedQueue) }
        }
        let full = total(collapsed: false)
        // A producer whose customers wait (`customers:`) is what the panel is about: its row
        // is kept, folding pools first, then dropping blank lines and the memory line.
        let customerRows = producers.contains { frame.producers[$0].customers != nil } ? producers.count : 0
        let collapse = full + customerRows > inside.height
        let folded = collapse ? total(collapsed: true) : full
        func heightAt(_ i: Int) -> Int {
            let q = order[i]
            return height(frame.queues[q], workers: byQueue[q], width: inside.width, collapsed: collapse && q != selectedQueue)
        }
        let keep = selectedQueue.flatMap { order.firstIndex(of: $0) }
        // One queue has nothing to scroll to: it keeps the whole panel. Otherwise the queue in
        // view (the selected one, or the first shown) and the line under it always fit, even
        // when a revealed answer leaves the panel a few rows: the broker and producers give
        // way first, since a queue panel listing no queue says nothing.
        let shown = keep ?? min(c.scroll.offset(pane: c.pane, .queues), max(0, order.count - 1))
        let leastRows = order.isEmpty ? 1 : min(inside.height, heightAt(shown) + 1)
        let rows = folded <= inside.height ? max(1, folded) : order.count <= 1 ? inside.height
            : max(leastRows, inside.height - brokerRows - (producers.isEmpty ? 0 : 1 + min(producers.count, max(1, inside.height / 4))))
        var window = ScrollWindow(total: order.count, rows: rows, start: c.scroll.offset(pane: c.pane, .queues), keep: keep, height: heightAt)
        if window.count < window.total {
            // Room for the line that says what is hidden.
            window = ScrollWindow(total: order.count, rows: rows - 1, start: window.first, keep: keep, height: heightAt)
        }
        c.scroll.set(pane: c.pane, .queues, window.first)
        var y = inside.y
        let area = Rect(x: inside.x, y: inside.y, width: inside.width, height: rows)
        if order.isEmpty {
            c.grid.write(frame.queues.isEmpty ? "" : "No queue matches /\(c.view.filter)", in: area.row(0), style: .dim, glyphs: c.glyphs)
            y += 1
        }
        for q in order[window.first..<(window.first + window.count)] {
            let list = byQueue[q].map { frame.workers[$0] }
            y = renderQueue(frame.queues[q], index: q, into: &c, inside: area, y: y, workers: list, collapsed: collapse && q != selectedQueue)
        }
        if window.count < window.total {
            y = PanelList.renderHidden(above: window.hiddenAbove, below: window.hiddenBelow, noun: "queues",
                                       into: &c, row: Rect(x: inside.x, y: min(y, area.maxY - 1), width: inside.width, height: 1)) 
        }
        guard customerRows > 0 else {
            if let b = frame.broker, y < inside.maxY { y = renderBroker(b, into: &c, inside: inside, y: y + 1) }
            ProducerRows(frame: frame, stream: false).render(into: &c, inside: inside, y: y, list: producers)
            return
        }
        let room = inside.maxY - y
        if let b = frame.broker, room > customerRows {
            y = renderBroker(b, into: &c, inside: inside, y: y + (room >= customerRows + 3 ? 1 : 0))
        }
        let gap = inside.maxY - y > customerRows
        ProducerRows(frame: frame, stream: false).render(into: &c, inside: inside, y: y, list: producers, gap: gap)
    }

    /// The worker selected, as an index into `frame.workers`.
    func selectedWorker(_ s: Selectable?) -> Int? {
        guard case .worker(let id)? = s else { return nil }
        return frame.workers.firstIndex { $0.id == id && $0.status != .removed }
    }

    /// Rows a queue takes: name, bar, totals (with the rates when they do not fit on top), and
    /// its workers (one summary line when collapsed).
    func height(_ q: QueueReading, workers: [Int], width: Int, collapsed: Bool) -> Int {
        let rows = workers.isEmpty ? 0 : collapsed ? 1 : workerRows(workers.map { frame.workers[$0] }, insideWidth: width)
        return 3 + rows
    }

    /// A pool folds only when its cells take more than the one row its summary would.
    func folds(_ workers: [WorkerReading], width: Int) -> Bool {
        workers.count > 1 && workerRows(workers, insideWidth: width) > 1
    }

    /// Rows the panel needs at `width` to show everything, frame included.
    func neededHeight(width: Int) -> Int {
        let byQueue = frame.workersByQueue()
        var rows = 2
        // Past two rows a queue the panel scrolls anyway: no need to measure each.
        if frame.queues.count * 3 > 200 { return 2 + frame.queues.count * 3 }
        for q in frame.queues.indices {
            rows += height(frame.queues[q], workers: byQueue[q], width: width - 2, collapsed: false)
        }
        if let b = frame.broker { rows += b.nodes.isEmpty ? 2 : 3 }
        let producers = frame.producers.filter { !$0.toStream && !$0.calls }.count
        if producers > 0 { rows += producers + 1 }
        return rows
    }

    /// Whether the rates share the first row, and the cluster tag that goes there: the rates
    /// move down to the totals row before the tag is shortened, and the tag keeps the leader
    /// (`leader rabbit-2`) before it gives up its place; with no room at all (nil) it leads
    /// the totals row.
    static func firstRow(_ q: QueueReading, depth: String, rates: String, width: Int) -> (ratesOnTop: Bool, tag: String?) {
        let ratesOnTop = ratesFit(q, width: width)
        guard let tags = q.cluster?.tags else { return (ratesOnTop, nil) }
        func fits(_ tag: String, _ withRates: Bool) -> Bool {
            q.name.columns + 2 + tag.columns + 1 + (withRates ? depth + "  " + rates : depth).columns <= width
        }
        if ratesOnTop, fits(tags[0], true) { return (true, tags[0]) }
        return (false, tags.first { fits($0, false) })
    }

    static func ratesFit(_ q: QueueReading, width: Int) -> Bool {
        let text = "ready \(CompactNumber.format(q.ready))  unacked \(CompactNumber.format(q.unacked))  "
            + "in \(CompactNumber.rate(q.inRate))  out \(CompactNumber.rate(q.outRate))"
        return q.name.columns + 2 + text.columns <= width
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

    func renderQueue(_ q: QueueReading, index: Int, into c: inout Canvas, inside: Rect, y start: Int,
                     workers list: [WorkerReading]? = nil, collapsed: Bool = false) -> Int {
        var y = start
        let g = c.glyphs
        func row() -> Rect? { y < inside.maxY ? Rect(x: inside.x, y: y, width: inside.width, height: 1) : nil }
        // Row 1: name, then depth and rates on the right; when that does not fit,
        // the rates go to row 3 with the totals, so the bar keeps its width.
        let depth = q.tape.map { "stream, end \(CompactNumber.format($0.logEnd))" }
            ?? "ready \(CompactNumber.format(q.ready))  unacked \(CompactNumber.format(q.unacked))"
        // A stream has no acks: what leaves it is retention, shown on the tape.
        let rates = q.tape != nil ? "in \(CompactNumber.rate(q.inRate))"
            : "in \(CompactNumber.rate(q.inRate))  out \(CompactNumber.rate(q.outRate))"
        let (ratesOnTop, tagOnTop) = Self.firstRow(q, depth: depth, rates: rates, width: inside.width)
        if let r = row() {
            let counts = ratesOnTop ? depth + "  " + rates : depth
            let right = c.grid.writeRight(counts, in: r, style: .plain) - counts.columns
            let nameRect = Rect(x: r.x, y: r.y, width: max(0, right - r.x - 1), height: 1)
            let end = c.grid.write(q.name, in: nameRect, style: Style(.accent, bold: true), glyphs: g)
            if let cl = q.cluster, let tag = tagOnTop {
                c.grid.write("  " + tag, x: end, y: r.y, style: Style(cl.role), clip: nameRect)
            }
            y += 1
        }
        // Row 2: the depth as a bar against the limit, and its recent history on
        // the same scale (the limit, or the deepest seen), so you see it drain.
        // `max_length` caps ready messages only, so unacked ones extend the scale
        // rather than show as overflow.
        let noMaxScale = Self.niceScale(max(Double(q.ready + q.unacked), q.depthHistory.max() ?? 0))
        let scale = Double(q.limit.map { max($0, q.ready + q.unacked) } ?? noMaxScale)
        if let t = q.tape, let r = row() {
            // A stream: its log from the first offset left to the end, a digit per reading consumer.
            let start = CompactNumber.format(t.logStart)
            let cols = r.splitColumns([.fixed(start.columns + 1), .fill(1)])
            c.grid.write(start, x: cols[0].x, y: r.y, style: .dim, clip: cols[0])
            let marks = t.consumers.map { TapeMarker(offset: $0.offset, label: QueueTapeReading.label($0.number)) }
            PartitionTape(logStart: t.logStart, logEnd: t.logEnd, markers: marks, segmentBoundaries: t.segmentBoundaries)
                .render(into: &c.grid, in: cols[1], glyphs: g)
            y += 1
        } else if let r = row() {
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
        if let r = row() {
            var x = r.x
            // A cluster tag with no room beside the name leads this row, the longest that leaves the rates room.
            let after = ratesOnTop ? 0 : 2 + rates.columns
            if let cl = q.cluster, tagOnTop == nil,
               let tag = cl.tags.first(where: { x + $0.columns + after <= r.maxX }) ?? cl.tags.last.flatMap({ x + $0.columns <= r.maxX ? $0 : nil }) {
                x = c.grid.write(tag, x: x, y: r.y, style: Style(cl.role), clip: r) + 2
            }
            if !ratesOnTop { x = c.grid.write(rates, x: x, y: r.y, style: .plain, clip: r) + 2 }
            // Exact below a million: a caption promises `published = acked = 10,000`.
            var items = Self.totals(q).map { (label, n, role) in
                ("\(label) \(n < 1_000_000 ? CompactNumber.grouped(n) : CompactNumber.format(n))", role)
            }
            // How late a customer's message is, publish to ack: after lost, kept like a loss.
            if let p99 = q.latencyP99 { items.insert(("latency p99 \(CustomerParts.span(p99))", .plain), at: min(3, items.count)) }
            // In a narrow pane what went wrong (redelivered, duplicates, lost > 0) outranks the plain
            // totals: drop plain ones from the end until the rest fit, so a caption's "watch
            // redelivered" still has its number on screen.
            while items.reduce(0, { $0 + $1.0.columns + 2 }) - 2 > r.maxX - x,
                  let plain = items.lastIndex(where: { $0.1 == .dim }) {
                items.remove(at: plain)
            }
            for (text, role) in items {
                // Whole items only: a cut-off `ac` says nothing.
                guard x + text.columns <= r.maxX else { break }
                x = c.grid.write(text, x: x, y: r.y, style: Style(role), clip: r) + 2
            }
            for note in q.notes {
                guard x + note.columns <= r.maxX else { break }
                x = c.grid.write(note, x: x, y: r.y, style: .dim, clip: r) + 2
            }
            y += 1
        }
        let workers = list ?? frame.workers.filter { $0.queue == q.name && $0.status != .removed }
        guard !workers.isEmpty else { return y }
        if collapsed && folds(workers, width: inside.width) {
            guard y < inside.maxY else { return y }
            WorkerSummary(workers: workers, pools: frame.pools).render(into: &c, in: Rect(x: inside.x, y: y, width: inside.width, height: 1))
            return y + 1
        }
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

    func renderBroker(_ b: BrokerReading, into c: inout Canvas, inside: Rect, y start: Int) -> Int {
        guard start < inside.maxY else { return start }
        // A cluster's nodes first: when a node is down, which one matters more than the memory.
        let y = b.nodes.isEmpty ? start : renderNodes(b, into: &c, row: Rect(x: inside.x, y: start, width: inside.width, height: 1))
        guard y < inside.maxY else { return y }
        let r = Rect(x: inside.x, y: y, width: inside.width, height: 1)
        var x = c.grid.write("memory ", x: r.x, y: y, style: .dim, clip: r)
        // A real broker says its watermark, not the memory it may use (capacity 0): the bar
        // then reaches a quarter past the watermark.
        let capacity = b.capacity > 0 ? b.capacity : max(b.watermark + b.watermark / 4, b.memory)
        let bare = b.capacity > 0 ? "\(formatBytes(b.memory)) / \(formatBytes(b.capacity))" : formatBytes(b.memory)
        let watermark = bare + "  alarm at \(formatBytes(b.watermark))"
        var badges: [Badge] = []
        if !b.up { badges.append(Badge("BROKER DOWN", role: .alarm)) }
        if b.alarm { badges.append(Badge("ALARM", role: .alarm)) }
        if b.diskAlarm { badges.append(Badge("DISK ALARM", role: .alarm)) }
        let blocked = b.blockedPublishers > 0 ? " \(b.blockedPublishers) blocked" : ""
        let badgeCols = badges.reduce(0) { $0 + $1.width + 1 } + blocked.columns
        // The longest that leaves the bar 8 columns: the check interval goes first (the help
        // says it too), then the watermark (the bar's mark still shows it).
        let used = [b.checkNote.map { watermark + ", " + $0 }, watermark, bare].compactMap { $0 }
            .first { r.maxX - x - $0.columns - 1 - badgeCols - 1 >= 8 } ?? bare
        let tail = used.columns + 1 + badgeCols
        let gaugeWidth = max(4, min(24, r.maxX - x - tail - 1))
        BarGauge(primary: Double(b.memory), scale: Double(capacity), mark: Double(b.watermark),
                 primaryStyle: b.alarm ? .alarm : .accent, showsTiny: false)
            .render(into: &c.grid, in: Rect(x: x, y: y, width: gaugeWidth, height: 1), glyphs: c.glyphs)
        x = c.grid.write(" " + used, x: x + gaugeWidth, y: y, style: .plain, clip: r)
        for badge in badges { x = badge.render(into: &c.grid, x: x + 1, y: y, clip: r) }
        c.grid.write(blocked, x: x, y: y, style: Style(.alarm), clip: r)
        return y + 1
    }

    /// The cluster's nodes, up or down (what a node's loss did is on each queue's first row).
    func renderNodes(_ b: BrokerReading, into c: inout Canvas, row r: Rect) -> Int {
        var x = c.grid.write("nodes", x: r.x, y: r.y, style: .dim, clip: r)
        for n in b.nodes {
            x = c.grid.write("  " + String(n.up ? c.glyphs.busy : c.glyphs.crashed), x: x, y: r.y,
                             style: Style(n.up ? .ok : .alarm), clip: r)
            x = c.grid.write(" " + n.name, x: x, y: r.y, style: n.up ? .plain : Style(.alarm), clip: r)
        }
        return r.y + 1
    }
}
