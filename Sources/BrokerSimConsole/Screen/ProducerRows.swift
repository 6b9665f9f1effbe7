/// The producers of one side, one per line under a blank line:
/// `→ website  5k/s to clicks  sent 210k  held 12.5k  BLOCKED`. `sent` counts what reached the
/// broker, so it stands still while the producer is blocked and `held` grows instead.
struct ProducerRows {
    let frame: Frame
    /// Which side's producers: those sending to topics, or to queues and exchanges.
    let stream: Bool

    @discardableResult
    func render(into c: inout Canvas, inside: Rect, y start: Int, list: [Int]? = nil, gap: Bool = true) -> Int {
        let all = list ?? frame.producers.indices.filter { frame.producers[$0].toStream == stream && !frame.producers[$0].calls }
        guard !all.isEmpty else { return start }
        var y = start + (gap && start > inside.y ? 1 : 0)
        // Those that fit, the selected one kept in view; a last line says how many more.
        let panel: PanelScroll.Panel = stream ? .streamProducers : .queueProducers
        let keep: Int? = { if case .producer(let p)? = c.selection { return all.firstIndex { frame.producers[$0].name == p } } else { return nil } }()
        var window = ScrollWindow(total: all.count, rows: inside.maxY - y, start: c.scroll.offset(pane: c.pane, panel), keep: keep) { _ in 1 }
        if window.count < window.total {
            window = ScrollWindow(total: all.count, rows: inside.maxY - y - 1, start: window.first, keep: keep) { _ in 1 }
        }
        c.scroll.set(pane: c.pane, panel, window.first)
        let mine = all[window.first..<(window.first + window.count)]
        for p in mine where y < inside.maxY {
            let producer = frame.producers[p]
            let r = Rect(x: inside.x, y: y, width: inside.width, height: 1)
            var x = c.grid.write("\(c.glyphs.arrowRight) ", x: r.x, y: r.y, style: .dim, clip: r)
            x = c.grid.write(producer.name, x: x, y: r.y, style: .plain, clip: r)
            if let noun = producer.customers {
                // What its customers saw, in the words the services panel uses for a caller.
                let badge = producer.blocked ? Badge("BLOCKED", role: .alarm) : nil
                for part in CustomerParts.publisher(producer, noun: noun).fitting(r.maxX - x - (badge.map { $0.width + 1 } ?? 0)) {
                    x = c.grid.write(part.text, x: x, y: r.y, style: part.style, clip: r)
                }
                if let badge { x = badge.render(into: &c.grid, x: x + 1, y: r.y, clip: r) }
                c.mark(Rect(x: r.x, y: r.y, width: min(r.width, x - r.x), height: 1), as: .producer(producer.name))
                y += 1
                continue
            }
            // Most telling first; each part only if it fits whole.
            let badge = producer.blocked ? Badge("BLOCKED", role: .alarm).width + 1 : 0
            // A real broker's blocked connection has no target or rate to show: just the badge.
            let parts = producer.target.isEmpty ? [] : ["  \(CompactNumber.rate(producer.rate))", " to \(producer.target)",
                         "  sent \(CompactNumber.format(producer.sent))",
                         producer.held > 0 ? "  held \(CompactNumber.format(producer.held))" : "",
                         producer.showsLosses && producer.refused > 0 ? "  refused \(CompactNumber.format(producer.refused))" : "",
                         producer.showsLosses && producer.lost > 0 ? "  lost \(CompactNumber.format(producer.lost))" : ""]
            for part in parts
                where !part.isEmpty && x + part.columns + badge <= r.maxX {
                x = c.grid.write(part, x: x, y: r.y, style: .dim, clip: r)
            }
            if producer.blocked { x = Badge("BLOCKED", role: .alarm).render(into: &c.grid, x: x + 1, y: r.y, clip: r) }
            c.mark(Rect(x: r.x, y: r.y, width: min(r.width, x - r.x), height: 1), as: .producer(producer.name))
            y += 1
        }
        if window.count < window.total, y < inside.maxY {
            y = PanelList.renderHidden(above: window.hiddenAbove, below: window.hiddenBelow, noun: "producers", into: &c,
                                       row: Rect(x: inside.x, y: y, width: inside.width, height: 1))
        }
        return y
    }
}
