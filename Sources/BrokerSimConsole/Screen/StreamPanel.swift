/// The event-stream side ("the ledger"): per topic a tape per partition from
/// the retention edge to the log end with a letter per group at its committed
/// offset (one summed tape when there are more partitions than rows), then per
/// group its lag, a lag sparkline, a health badge, the time to catch up and
/// its consumers with their partitions; then the producers writing to topics.
struct StreamPanel {
    let frame: Frame

    /// Group letters in a topic: `a`, `b`, `c`… by the order groups are declared.
    static func letter(_ i: Int) -> Unicode.Scalar { Unicode.Scalar(UInt8(97 + i % 26)) }

    func render(into c: inout Canvas, in rect: Rect) {
        let inside = c.grid.box(rect, title: "Event stream \(c.glyphs.bullet) the ledger", glyphs: c.glyphs)
        guard !inside.isEmpty else { return }
        var y = inside.y
        // Rows the groups and producers need, so tapes take only what is left.
        let groupRows = frame.groups.reduce(0) { $0 + 1 + ($1.members.isEmpty ? 0 : 1) }
        let producerRows = frame.producers.filter(\.toStream).count
        let fixed = 2 * frame.topics.count - 1 + groupRows + (producerRows > 0 ? producerRows + 1 : 0)
        let tapeBudget = max(frame.topics.count, inside.height - fixed)
        for (t, topic) in frame.topics.enumerated() {
            if t > 0 { y += 1 }
            let share = max(1, tapeBudget / max(1, frame.topics.count))
            y = renderTopic(topic, into: &c, inside: inside, y: y, maxTapes: share)
        }
        ProducerRows(frame: frame, stream: true).render(into: &c, inside: inside, y: y)
    }

    /// Rows the panel needs to show a tape for every partition.
    func neededHeight(width: Int) -> Int {
        var rows = 2
        for (t, topic) in frame.topics.enumerated() {
            rows += (t > 0 ? 1 : 0) + 1 + topic.partitions.count
            for g in topic.groups { rows += 1 + (frame.groups[g].members.isEmpty ? 0 : 1) }
        }
        let producers = frame.producers.filter(\.toStream).count
        if producers > 0 { rows += producers + 1 }
        return rows
    }

    func renderTopic(_ topic: TopicReading, into c: inout Canvas, inside: Rect, y start: Int, maxTapes: Int) -> Int {
        var y = start
        let g = c.glyphs
        guard y < inside.maxY else { return y }
        let head = Rect(x: inside.x, y: y, width: inside.width, height: 1)
        c.grid.write(topic.name, in: head, style: Style(.accent, bold: true), glyphs: g)
        let parts = topic.partitions.count
        c.grid.writeRight("\(parts) partition\(parts == 1 ? "" : "s")  in \(CompactNumber.rate(topic.inRate))", in: head, style: .plain)
        y += 1
        let tapes: [(String, PartitionReading)] = parts <= maxTapes
            ? topic.partitions.enumerated().map { ("p\($0.offset)", $0.element) }
            : [("all", Self.summed(topic.partitions, groups: topic.groups.count))]
        let labelWidth = tapes.map { $0.0.columns }.max() ?? 0
        for (label, p) in tapes where y < inside.maxY {
            let r = Rect(x: inside.x, y: y, width: inside.width, height: 1)
            let end = CompactNumber.format(p.logEnd)
            let cols = r.splitColumns([.fixed(labelWidth + 1), .fill(1), .fixed(end.columns + 1)])
            c.grid.write(label, x: cols[0].x, y: y, style: .dim, clip: cols[0])
            let markers = topic.groups.indices.compactMap { i -> TapeMarker? in
                guard let off = p.committed.indices.contains(i) ? p.committed[i] : nil else { return nil }
                let group = frame.groups[topic.groups[i]]
                let role: Role = group.health == .down ? .alarm : .accent
                return TapeMarker(offset: off, label: Self.letter(i), style: Style(role, bold: true))
            }
            PartitionTape(logStart: p.logStart, logEnd: p.logEnd, markers: markers)
                .render(into: &c.grid, in: cols[1], glyphs: g)
            c.grid.writeRight(end, in: cols[2], style: .dim)
            y += 1
        }
        for (i, gi) in topic.groups.enumerated() where y < inside.maxY {
            y = renderGroup(frame.groups[gi], index: gi, letter: Self.letter(i), into: &c, inside: inside, y: y)
        }
        return y
    }

    /// One tape standing for all partitions: offsets added up, so the distance
    /// to the end is the group's total lag.
    static func summed(_ parts: [PartitionReading], groups: Int) -> PartitionReading {
        var committed: [Int64?] = Array(repeating: nil, count: groups)
        for i in 0..<groups {
            var total: Int64 = 0
            var any = false
            for p in parts {
                if let o = p.committed.indices.contains(i) ? p.committed[i] : nil { total += o; any = true } else { total += p.logStart }
            }
            committed[i] = any ? total : nil
        }
        return PartitionReading(logStart: parts.reduce(0) { $0 + $1.logStart }, logEnd: parts.reduce(0) { $0 + $1.logEnd },
                                committed: committed)
    }

    static func healthRole(_ h: GroupReading.Health) -> Role {
        switch h {
        case .keepingUp: return .ok
        case .fallingBehind: return .warn
        case .recovering: return .info
        case .down: return .alarm
        case .waiting: return .dim
        }
    }

    func renderGroup(_ group: GroupReading, index: Int, letter: Unicode.Scalar, into c: inout Canvas, inside: Rect, y start: Int) -> Int {
        var y = start
        let g = c.glyphs
        let r = Rect(x: inside.x, y: y, width: inside.width, height: 1)
        // The badge and the time to catch up keep their place on the right;
        // the name and lag take what is left, and the sparkline whatever remains.
        let badge = Badge(group.health.rawValue, role: Self.healthRole(group.health))
        var eta = group.catchUpSeconds.map { " eta \(ClockText.span(.seconds($0)))" } ?? ""
        // The lag in records matters more than the time to catch up: drop the
        // latter when both do not fit.
        let minimal = 2 + group.name.columns + " lag \(CompactNumber.format(group.lag))".columns + 1
        if r.width - badge.width - eta.columns < minimal { eta = "" }
        let badgeX = r.maxX - badge.width - eta.columns
        let bx = badge.render(into: &c.grid, x: badgeX, y: y, clip: r)
        c.grid.write(eta, x: bx, y: y, style: .dim, clip: r)
        let left = Rect(x: r.x, y: y, width: max(0, badgeX - 1 - r.x), height: 1)
        var x = c.grid.write(String(letter) + " ", x: r.x, y: y, style: Style(.accent, bold: true), clip: left)
        x = c.grid.write(group.name, x: x, y: y, style: .plain, clip: left)
        c.mark(Rect(x: r.x, y: y, width: min(x, left.maxX) - r.x, height: 1), as: .group(index))
        // The lag in records always; in time and the loss when they fit.
        var lag = " lag \(CompactNumber.format(group.lag))"
        let lost = group.lost > 0 ? " lost \(CompactNumber.format(group.lost))" : ""
        let time = group.lag > 0 ? " (\(ClockText.span(.seconds(group.lagSeconds))))" : ""
        if x + lag.columns + lost.columns <= left.maxX { lag += lost }
        if x + lag.columns + time.columns <= left.maxX { lag += time }
        if x < left.maxX {
            x = c.grid.write(lag, in: Rect(x: x, y: y, width: left.maxX - x, height: 1),
                             style: group.lost > 0 ? .alarm : .plain, glyphs: g)
        }
        if left.maxX - x >= 5 {
            Sparkline(samples: group.lagHistory, style: .warn)
                .render(into: &c.grid, in: Rect(x: x + 1, y: y, width: left.maxX - x - 1, height: 1), glyphs: g)
        }
        y += 1
        guard !group.members.isEmpty, y < inside.maxY else { return y }
        let mr = Rect(x: inside.x + 2, y: y, width: inside.width - 2, height: 1)
        var mx = mr.x
        for (i, m) in group.members.enumerated() {
            let parts = m.partitions.isEmpty ? "-" : m.partitions.map { "p\($0)" }.joined(separator: ",")
            let glyph = !m.alive ? g.crashed : m.slow ? g.slow : m.partitions.isEmpty ? g.idle : g.busy
            let role: Role = !m.alive ? .alarm : m.slow ? .warn : m.partitions.isEmpty ? .dim : .ok
            let start = mx
            mx = c.grid.write(String(glyph) + " ", x: mx, y: y, style: Style(role), clip: mr)
            mx = c.grid.write(m.name + " ", x: mx, y: y, style: .plain, clip: mr)
            mx = c.grid.write(m.alive ? parts : "crashed", x: mx, y: y, style: Style(m.alive ? .dim : .alarm), clip: mr)
            c.mark(Rect(x: start, y: y, width: max(0, min(mx, mr.maxX) - start), height: 1), as: .member(group: index, index: i))
            mx += 2
        }
        return y + 1
    }
}
