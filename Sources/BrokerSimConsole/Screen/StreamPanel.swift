/// The event-stream side ("the ledger"): per topic a tape per partition from
/// the retention edge to the log end with a letter per group at its committed
/// offset (one summed tape when there are more partitions than rows), then per
/// group its lag, a lag sparkline, a health badge, the time to catch up and
/// its consumers with their partitions; then the producers writing to topics.
struct StreamPanel {
    let frame: Frame
    /// Each group's position in `frame.groups` by name: a topic names its groups.
    let groupAt: [String: Int]

    init(frame: Frame) {
        self.frame = frame
        groupAt = frame.groupIndexByName()
    }

    /// Group letters in a topic: `a`, `b`, `c`… by the order groups are declared.
    static func letter(_ i: Int) -> Unicode.Scalar { Unicode.Scalar(UInt8(97 + i % 26)) }

    func render(into c: inout Canvas, in rect: Rect) {
        let order = frame.topicOrder(c.view)
        let inside = c.grid.box(rect, title: PanelList.title("Event stream \(c.glyphs.bullet) the ledger", shown: order.count,
                                                            of: frame.topics.count, noun: "topics", view: c.view), glyphs: c.glyphs)
        guard !inside.isEmpty else { return }
        let producers = frame.producerOrder(stream: true, c.view)
        let producerRows = producers.isEmpty ? 0 : 1 + min(producers.count, max(1, inside.height / 4))
        let rows = max(1, inside.height - producerRows)
        let area = Rect(x: inside.x, y: inside.y, width: inside.width, height: rows)
        var y = inside.y
        if order.isEmpty {
            c.grid.write(frame.topics.isEmpty ? "" : "No topic matches /\(c.view.filter)", in: area.row(0), style: .dim, glyphs: c.glyphs)
            y += 1
        }
        // Rows the topics need besides their tapes; when every topic fits with a tape
        // or more, the tapes share what is left; else one summed tape each, and the list scrolls.
        // The replication and compaction lines of a topic count with its groups' rows.
        func groupRows(_ t: Int) -> Int {
            frame.groupsOf(t, groupAt).reduce(frame.topics[t].extraRows) { $0 + 1 + (frame.groups[$1.group].members.isEmpty ? 0 : 1) }
        }
        let fits = order.count * 3 <= rows + 1 && order.reduce(-1) { $0 + 3 + groupRows($1) } <= rows
        if fits {
            let fixed = order.reduce(-1) { $0 + 2 + groupRows($1) }
            let share = max(1, (rows - fixed) / max(1, order.count))
            for (i, t) in order.enumerated() {
                if i > 0 { y += 1 }
                y = renderTopic(t, into: &c, inside: area, y: y, maxTapes: share)
            }
            c.scroll.set(pane: c.pane, .topics, 0)
        } else {
            // Each topic with the blank row after it (the last shown needs none: `rows + 1`).
            let keep = selectedTopic(c.selection).flatMap { order.firstIndex(of: $0) }
            func height(_ i: Int) -> Int { 3 + groupRows(order[i]) }
            let start = c.scroll.offset(pane: c.pane, .topics)
            var window = ScrollWindow(total: order.count, rows: rows + 1, start: start, keep: keep, height: height)
            if window.count < window.total {
                window = ScrollWindow(total: order.count, rows: rows, start: window.first, keep: keep, height: height)
            }
            c.scroll.set(pane: c.pane, .topics, window.first)
            let hidden = window.count < window.total
            let shown = Rect(x: area.x, y: area.y, width: area.width, height: hidden ? rows - 1 : rows)
            for (i, t) in order[window.first..<(window.first + window.count)].enumerated() {
                if i > 0 { y += 1 }
                y = renderTopic(t, into: &c, inside: shown, y: y, maxTapes: 1)
            }
            if hidden {
                y = PanelList.renderHidden(above: window.hiddenAbove, below: window.hiddenBelow, noun: "topics",
                                           into: &c, row: Rect(x: inside.x, y: min(y, shown.maxY), width: inside.width, height: 1))
            }
        }
        ProducerRows(frame: frame, stream: true).render(into: &c, inside: inside, y: y, list: producers)
    }

    /// The topic (its position in `frame.topics`) of the selected group or consumer.
    func selectedTopic(_ s: Selectable?) -> Int? {
        switch s {
        case .group(let g)?, .member(let g, _)?:
            guard let topic = groupAt[g].map({ frame.groups[$0].topic }) else { return nil }
            return frame.topics.firstIndex { $0.name == topic }
        default: return nil
        }
    }

    /// Rows the panel needs to show a tape for every partition.
    func neededHeight(width: Int) -> Int {
        var rows = 2
        for (t, topic) in frame.topics.enumerated() {
            rows += (t > 0 ? 1 : 0) + 1 + topic.partitions.count + topic.extraRows
            for (_, g) in frame.groupsOf(t, groupAt) { rows += 1 + (frame.groups[g].members.isEmpty ? 0 : 1) }
        }
        let producers = frame.producers.filter(\.toStream).count
        if producers > 0 { rows += producers + 1 }
        return rows
    }

    func renderTopic(_ t: Int, into c: inout Canvas, inside: Rect, y start: Int, maxTapes: Int) -> Int {
        let topic = frame.topics[t]
        // The groups it names that the frame has, each with its letter (its place in the topic's list).
        let named = frame.groupsOf(t, groupAt)
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
        // The log start on the left (where retention has cut), the log end on the right.
        let startWidth = tapes.map { CompactNumber.format($0.1.logStart).columns }.max() ?? 1
        for (label, p) in tapes where y < inside.maxY {
            let r = Rect(x: inside.x, y: y, width: inside.width, height: 1)
            let end = CompactNumber.format(p.logEnd)
            let cols = r.splitColumns([.fixed(labelWidth + 1), .fixed(startWidth + 1), .fill(1), .fixed(end.columns + 1)])
            c.grid.write(label, x: cols[0].x, y: y, style: .dim, clip: cols[0])
            c.grid.writeRight(CompactNumber.format(p.logStart), in: Rect(x: cols[1].x, y: y, width: startWidth, height: 1),
                              style: .dim)
            let markers = named.compactMap { i, gi -> TapeMarker? in
                guard let off = p.committed.indices.contains(i) ? p.committed[i] : nil else { return nil }
                let group = frame.groups[gi]
                let role: Role = group.health == .down || group.health == .stopped ? .alarm : .accent
                return TapeMarker(offset: off, label: Self.letter(i), style: Style(role, bold: true))
            }
            let bands = p.shareWindows.compactMap { $0 }.map { TapeBand(start: $0.lowerBound, end: $0.upperBound, style: Style(.accent)) }
            PartitionTape(logStart: p.logStart, logEnd: p.logEnd, markers: markers, segmentBoundaries: p.segmentBoundaries,
                          bands: bands, cleanedTo: p.cleanedTo)
                .render(into: &c.grid, in: cols[2], glyphs: g)
            c.grid.writeRight(end, in: cols[3], style: .dim)
            y += 1
        }
        if !topic.replicas.isEmpty && y < inside.maxY {
            ReplicationRow(topic: topic).render(into: &c, in: Rect(x: inside.x, y: y, width: inside.width, height: 1))
            y += 1
        }
        if let compaction = topic.compaction, y < inside.maxY {
            CompactionRow(reading: compaction).render(into: &c, in: Rect(x: inside.x, y: y, width: inside.width, height: 1))
            y += 1
        }
        let columns = groupColumns(width: inside.width)
        for (i, gi) in named where y < inside.maxY {
            y = renderGroup(frame.groups[gi], letter: Self.letter(i), into: &c, inside: inside, y: y,
                            columns: columns)
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
        var sum = PartitionReading(logStart: parts.reduce(0) { $0 + $1.logStart }, logEnd: parts.reduce(0) { $0 + $1.logEnd },
                                   committed: committed)
        if parts.allSatisfy({ $0.cleanedTo != nil }) { sum.cleanedTo = parts.reduce(0) { $0 + max($1.logStart, $1.cleanedTo ?? 0) } }
        // A share group's windows add up as its offsets do: Σ start offsets to Σ end offsets.
        sum.shareWindows = (0..<groups).map { i in
            let windows = parts.compactMap { $0.shareWindows.indices.contains(i) ? $0.shareWindows[i] : nil }
            guard windows.count == parts.count else { return nil }
            return windows.reduce(0) { $0 + $1.lowerBound }..<windows.reduce(0) { $0 + $1.upperBound }
        }
        return sum
    }

    static func healthRole(_ h: GroupReading.Health) -> Role {
        switch h {
        case .keepingUp: return .ok
        case .fallingBehind: return .warn
        case .recovering: return .info
        case .down: return .alarm
        case .waiting: return .dim
        case .rebalancing: return .warn
        case .stopped: return .alarm
        }
    }

    func renderGroup(_ group: GroupReading, letter: Unicode.Scalar, into c: inout Canvas, inside: Rect,
                     y start: Int, columns: GroupColumns) -> Int {
        var y = start
        let g = c.glyphs
        let r = Rect(x: inside.x, y: y, width: inside.width, height: 1)
        // The badge and the time to catch up keep their place on the right (the same width
        // for every group, so the sparklines line up); the name and numbers take what is left.
        let badge = Self.badge(group)
        var eta = Self.etaText(group)
        let minimal = 2 + group.name.columns + " lag \(CompactNumber.format(group.lag))".columns + 1
        if r.width - columns.right < minimal { eta = "" }
        let right = eta.isEmpty ? badge.width : columns.right
        let badgeX = r.maxX - right
        let bx = badge.render(into: &c.grid, x: badgeX, y: y, clip: r)
        c.grid.write(eta, x: bx, y: y, style: .dim, clip: r)
        let left = Rect(x: r.x, y: y, width: max(0, badgeX - 1 - r.x), height: 1)
        var x = c.grid.write(String(letter) + " ", x: r.x, y: y, style: Style(.accent, bold: true), clip: left)
        x = c.grid.write(group.name, x: x, y: y, style: .plain, clip: left)
        c.mark(Rect(x: r.x, y: y, width: min(x, left.maxX) - r.x, height: 1), as: .group(group.name))
        let sparkX = columns.spark.map { r.x + $0 }
        let textEnd = min(left.maxX, sparkX.map { $0 - 1 } ?? left.maxX)
        let text = Self.numbers(group, fitting: textEnd - x)
        if x < textEnd {
            c.grid.write(text, in: Rect(x: x, y: y, width: textEnd - x, height: 1),
                         style: group.lost > 0 ? .alarm : .plain, glyphs: g)
        }
        if let sx = sparkX, left.maxX - sx >= 5 {
            Sparkline(samples: group.lagHistory, max: columns.top, style: .warn)
                .render(into: &c.grid, in: Rect(x: sx, y: y, width: left.maxX - sx, height: 1), glyphs: g)
        }
        y += 1
        guard !group.members.isEmpty, y < inside.maxY else { return y }
        renderMembers(group, into: &c, row: Rect(x: inside.x + 2, y: y, width: inside.width - 2, height: 1))
        return y + 1
    }

    static func badge(_ group: GroupReading) -> Badge { Badge(group.health.rawValue, role: healthRole(group.health)) }

    static func etaText(_ group: GroupReading) -> String {
        group.catchUpSeconds.map { " eta \(ClockText.span(.seconds($0)))" } ?? ""
    }

    /// The numbers of a group line, as many as fit in `width`: the committed lag, and what is
    /// unread when it differs (the badge judges that); then records lost to retention,
    /// duplicates, failed and skipped records, a share group's accepted and redelivered
    /// records, and the lag in time. A share group's totals go first (accepted, then
    /// redelivered), then the time, then the counters from the right. When even lag and
    /// unread do not fit, the unread count alone, which agrees with the badge.
    static func numbers(_ group: GroupReading, fitting width: Int) -> String {
        let (lag, unread, extra) = parts(group)
        let time = timeText(group)
        let share = shareParts(group)
        var candidates = [share, Array(share.suffix(1)), []].map { lag + time + unread + extra.joined() + $0.joined() }
        for k in stride(from: extra.count, through: 0, by: -1) { candidates.append(lag + unread + extra.prefix(k).joined()) }
        if !unread.isEmpty {
            let lost = extra.first { $0.hasPrefix("  lost") } ?? ""
            candidates += [unread + lost, unread]
        }
        return candidates.first { $0.columns <= width } ?? candidates[candidates.count - 1]
    }

    /// Every count of a group line without the lag's time: what it keeps before it gives up its
    /// sparkline. A share group's running totals are not among them: they give way.
    static func counters(_ group: GroupReading) -> String {
        let (lag, unread, extra) = parts(group)
        return lag + unread + extra.joined()
    }

    /// ` lag 2,499`, ` unread 1,999` (when it reads differently: 71.2G committed and 71.2G
    /// unread say the same thing) and the counters above 0.
    static func parts(_ group: GroupReading) -> (lag: String, unread: String, extra: [String]) {
        let lag = " lag \(CompactNumber.format(group.lag))"
        let u = CompactNumber.format(group.unread)
        let unread = u != CompactNumber.format(group.lag) ? " unread \(u)" : ""
        var extra: [String] = []
        if group.lost > 0 { extra.append("  lost \(CompactNumber.format(group.lost))") }
        if group.duplicates > 0 { extra.append("  duplicates \(CompactNumber.format(group.duplicates))") }
        if group.failed > 0 { extra.append("  failed \(CompactNumber.format(group.failed))") }
        if group.skipped > 0 { extra.append("  skipped \(CompactNumber.format(group.skipped))") }
        return (lag, unread, extra)
    }

    /// A share group's `accepted` and `redelivered` (the report's), once it started.
    static func shareParts(_ group: GroupReading) -> [String] {
        guard let accepted = group.accepted else { return [] }
        return ["  accepted \(CompactNumber.format(accepted))", "  redelivered \(CompactNumber.format(group.redelivered))"]
    }

    static func timeText(_ group: GroupReading) -> String {
        group.lag > 0 && group.lagSecondsKnown ? " (\(ClockText.span(.seconds(group.lagSeconds))))" : ""
    }

    /// Where every group line of the panel starts its sparkline (so they line up), the width
    /// the badges take on the right, and the one scale the sparklines share (never below twice
    /// the most a keeping-up group leaves unread, so a healthy group stays flat).
    struct GroupColumns {
        var spark: Int?
        var right: Int
        var top: Double
    }

    func groupColumns(width: Int) -> GroupColumns {
        let groups = frame.groups
        let right = groups.map { Self.badge($0).width + Self.etaText($0).columns }.max() ?? 0
        let text = groups.map { 2 + $0.name.columns + Self.numbers($0, fitting: .max).columns }.max() ?? 0
        let counted = groups.map { 2 + $0.name.columns + Self.counters($0).columns }.max() ?? 0
        let room = width - right - 1
        // A sparkline needs 8 columns to say anything. Every number when they all fit; else the
        // lag's time makes room; but the counts (lag, unread, lost, duplicates, failed, skipped)
        // come before the sparkline: a caption may point at any of them.
        let spark = room - text - 1 >= 8 ? text + 1 : room - counted - 1 >= 8 ? room - 8 : nil
        let floor = Double(2 * (groups.map(\.keepingUpLimit).max() ?? 0))
        let top = max(floor, groups.flatMap { $0.lagHistory }.max() ?? 0, 1)
        return GroupColumns(spark: spark, right: right, top: top)
    }
}
