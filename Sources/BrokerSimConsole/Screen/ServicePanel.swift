/// The synchronous side ("the phone call"): per service its call outcomes with
/// rates, then each instance (state, calls in service against its concurrency,
/// its waiting line, calls answered); then each producer that calls and waits:
/// how many wait now, the outcomes it saw, its wait p99, and a TIMEOUTS or
/// FAILING badge while calls time out or fail.
struct ServicePanel {
    let frame: Frame

    func render(into c: inout Canvas, in rect: Rect) {
        let inside = c.grid.box(rect, title: "Services \(c.glyphs.bullet) callers wait for the answer", glyphs: c.glyphs)
        guard !inside.isEmpty else { return }
        let services = frame.services
        // The services come first; the callers keep a quarter of the panel under them when
        // not everything fits. Services not holding the selection then fold their instances
        // into one line, and if they still do not fit they scroll, with a line saying what
        // is out of view, as the queue and topic panels do.
        let selected: Int? = {
            if case .instance(let s, _)? = c.selection { return services.firstIndex { $0.name == s } } else { return nil }
        }()
        let callerRows = frame.callers.isEmpty ? 0 : 1 + min(frame.callers.count, max(1, inside.height / 4))
        let fits = neededHeight() - 2 <= inside.height
        let rows = fits ? inside.height : max(1, inside.height - callerRows)
        func height(_ s: Int, folded: Bool) -> Int {
            let instances = services[s].instances.count
            return (s > 0 ? 1 : 0) + 1 + (folded && s != selected ? min(1, instances) : instances)
        }
        let fold = services.count > 1 && !fits && (0..<services.count).reduce(0) { $0 + height($1, folded: false) } > rows
        var window = ScrollWindow(total: services.count, rows: rows, start: c.scroll.offset(pane: c.pane, .services),
                                  keep: selected) { height($0, folded: fold) }
        if window.count < window.total {
            window = ScrollWindow(total: services.count, rows: rows - 1, start: window.first, keep: selected) { height($0, folded: fold) }
        }
        c.scroll.set(pane: c.pane, .services, window.first)
        var y = inside.y
        let area = Rect(x: inside.x, y: inside.y, width: inside.width, height: rows)
        for s in window.first..<(window.first + window.count) where y < area.maxY {
            if s > window.first { y += 1 }
            y = renderService(services[s], index: s, into: &c, inside: area, y: y, folded: fold && s != selected)
        }
        if window.count < window.total {
            y = PanelList.renderHidden(above: window.hiddenAbove, below: window.hiddenBelow, noun: "services", into: &c,
                                       row: Rect(x: inside.x, y: min(y, area.maxY - 1), width: inside.width, height: 1))
        }
        renderCallers(into: &c, inside: inside, y: y)
    }

    /// The callers under a blank line, those that fit with the selected one kept in view, and a
    /// last line saying how many more.
    func renderCallers(into c: inout Canvas, inside: Rect, y start: Int) {
        let callers = frame.callers
        guard !callers.isEmpty else { return }
        var y = start + 1
        let keep: Int? = { if case .producer(let p)? = c.selection { return callers.firstIndex { $0.name == p } } else { return nil } }()
        var window = ScrollWindow(total: callers.count, rows: inside.maxY - y, start: c.scroll.offset(pane: c.pane, .callers), keep: keep) { _ in 1 }
        if window.count < window.total {
            window = ScrollWindow(total: callers.count, rows: inside.maxY - y - 1, start: window.first, keep: keep) { _ in 1 }
        }
        c.scroll.set(pane: c.pane, .callers, window.first)
        for caller in callers[window.first..<(window.first + window.count)] where y < inside.maxY {
            renderCaller(caller, into: &c, row: Rect(x: inside.x, y: y, width: inside.width, height: 1))
            y += 1
        }
        if window.count < window.total, y < inside.maxY {
            PanelList.renderHidden(above: window.hiddenAbove, below: window.hiddenBelow, noun: "callers", into: &c,
                                   row: Rect(x: inside.x, y: y, width: inside.width, height: 1))
        }
    }

    /// Rows the panel needs, frame included.
    func neededHeight() -> Int {
        var rows = 2 + max(0, frame.services.count - 1)
        for s in frame.services { rows += 1 + s.instances.count }
        return rows + (frame.callers.isEmpty ? 0 : frame.callers.count + 1)
    }

    func renderService(_ s: ServiceReading, index service: Int, into c: inout Canvas, inside: Rect, y start: Int,
                       folded: Bool = false) -> Int {
        var y = start
        let head = Rect(x: inside.x, y: y, width: inside.width, height: 1)
        // Outcomes as the callers saw them, with their rates; each only if it fits whole.
        var parts: [(String, Role)] = [("ok \(CompactNumber.format(s.ok)) \(CompactNumber.rate(s.okRate))", .ok)]
        // A rate only beside a count that is not zero: `failed 0` says it all.
        func count(_ n: Int64, _ rate: Double) -> String { CompactNumber.format(n) + (n > 0 ? " \(CompactNumber.rate(rate))" : "") }
        parts.append(("failed \(count(s.failed, s.failedRate))", s.failed > 0 ? .alarm : .dim))
        parts.append(("timed out \(count(s.timedOut, s.timedOutRate))", s.timedOut > 0 ? .warn : .dim))
        if s.late > 0 { parts.append(("late \(CompactNumber.format(s.late))", .warn)) }
        var x = c.grid.write(s.name, x: head.x, y: y, style: Style(.accent, bold: true), clip: head) + 2
        for (text, role) in parts where x + text.columns <= head.maxX {
            x = c.grid.write(text, x: x, y: y, style: Style(role), clip: head) + 2
        }
        y += 1
        if folded, let first = s.instances.first {
            if y < inside.maxY { renderFolded(s, first: first, service: service, into: &c, row: Rect(x: inside.x, y: y, width: inside.width, height: 1)) }
            return y + 1
        }
        let nameWidth = s.instances.map { $0.name.columns }.max() ?? 0
        // More instances than rows (one service takes the whole panel): those around the
        // selected one, and a line saying how many are out of view.
        let keep: Int? = {
            if case .instance(s.name, let i)? = c.selection { return s.instances.firstIndex { $0.name == i } } else { return nil }
        }()
        var window = ScrollWindow(total: s.instances.count, rows: inside.maxY - y, start: 0, keep: keep) { _ in 1 }
        if window.count < window.total {
            window = ScrollWindow(total: s.instances.count, rows: inside.maxY - y - 1, start: 0, keep: keep) { _ in 1 }
        }
        for i in s.instances[window.first..<(window.first + window.count)] where y < inside.maxY {
            renderInstance(i, service: service, concurrency: s.concurrency, nameWidth: nameWidth, into: &c,
                           row: Rect(x: inside.x, y: y, width: inside.width, height: 1))
            y += 1
        }
        if window.count < window.total, y < inside.maxY {
            y = PanelList.renderHidden(above: window.hiddenAbove, below: window.hiddenBelow, noun: "instances", into: &c,
                                       row: Rect(x: inside.x, y: y, width: inside.width, height: 1))
        }
        return y
    }

    /// A service's instances in one line when the panel cannot show them all:
    /// `+ 12 instances: 1 crashed 11 busy  line 40  answered 12.3k`. Selecting one of them (or
    /// clicking the line) unfolds it.
    func renderFolded(_ s: ServiceReading, first: ServiceReading.Instance, service: Int, into c: inout Canvas, row r: Rect) {
        var x = c.grid.write("+ \(s.instances.count) \(s.instances.count == 1 ? "instance" : "instances"):", x: r.x, y: r.y,
                             style: .plain, clip: r)
        // A fixed order of states, worst first, so the line reads the same every frame.
        let states: [(WorkerReading.Status, Role)] = [(.crashed, .alarm), (.slow, .warn), (.busy, .ok), (.waiting, .dim), (.idle, .dim)]
        for (status, role) in states {
            let n = s.instances.filter { $0.status == status }.count
            if n > 0 { x = c.grid.write(" \(n) \(status.rawValue)", x: x, y: r.y, style: Style(role), clip: r) }
        }
        let queued = s.instances.reduce(0) { $0 + $1.queued }
        let answered = s.instances.reduce(Int64(0)) { $0 + $1.answered }
        c.grid.write("  line \(CompactNumber.format(queued))  answered \(CompactNumber.format(answered))", x: x, y: r.y,
                     style: .dim, clip: r)
        c.mark(r, as: .instance(service: s.name, name: first.name))
    }

    /// `● email-api-1 busy     4/4 in service  line 120  answered 600`
    func renderInstance(_ i: ServiceReading.Instance, service: Int, concurrency: Int, nameWidth: Int, into c: inout Canvas,
                        row r: Rect) {
        let cell = WorkerCell(worker: WorkerReading(name: i.name, pool: "", index: 0, queue: "", status: i.status), nameWidth: nameWidth)
        var x = c.grid.write(String(cell.glyph(c.glyphs)) + " ", x: r.x, y: r.y, style: Style(cell.role), clip: r)
        x = c.grid.write(i.name.padded(to: nameWidth) + " ", x: x, y: r.y, style: .plain, clip: r)
        x = c.grid.write(i.status.rawValue.padded(to: WorkerCell.statusWidth), x: x, y: r.y, style: Style(cell.role), clip: r)
        // Glyph, name and state: the part a click selects and the selection highlights, as for a worker.
        c.mark(Rect(x: r.x, y: r.y, width: min(r.width, x - r.x), height: 1), as: .instance(service: frame.services[service].name, name: i.name))
        x = c.grid.write(" ", x: x, y: r.y, style: .plain, clip: r)
        guard i.status != .crashed else { return }
        let full = i.inService >= concurrency
        x = c.grid.write("\(i.inService)/\(concurrency)".leftPadded(to: 5) + " in service", x: x, y: r.y,
                         style: full ? .plain : .dim, clip: r)
        let line = "  line \(CompactNumber.format(i.queued))"
        if x + line.columns <= r.maxX {
            x = c.grid.write(line, x: x, y: r.y, style: i.queued > 0 ? Style(.warn) : .dim, clip: r)
        }
        let answered = "  answered \(CompactNumber.format(i.answered))"
        if x + answered.columns <= r.maxX { c.grid.write(answered, x: x, y: r.y, style: .dim, clip: r) }
    }

    /// `→ checkout  20/s calls email-api  waiting 40  wait p99 2s  timed out 300  failed 12  ok 600  TIMEOUTS`
    func renderCaller(_ caller: CallerReading, into c: inout Canvas, row r: Rect) {
        if let noun = caller.customers { return renderCustomers(caller, noun: noun, into: &c, row: r) }
        let badge: Badge? = caller.recentFailures > 0 ? Badge("FAILING", role: .alarm)
            : caller.recentTimeouts > 0 ? Badge("TIMEOUTS", role: .warn) : nil
        let room = r.maxX - (badge.map { $0.width + 1 } ?? 0)
        var x = c.grid.write("\(c.glyphs.arrowRight) ", x: r.x, y: r.y, style: .dim, clip: r)
        x = c.grid.write(caller.name, x: x, y: r.y, style: .plain, clip: r)
        // Most telling first; each part only if it fits whole, the badge keeps its place.
        var parts: [(String, Style)] = [
            ("  \(CompactNumber.rate(caller.rate)) calls \(caller.service)", .dim),
            ("  waiting \(CompactNumber.format(caller.waiting))", caller.waiting > 0 ? .plain : .dim),
        ]
        if let p99 = caller.waitP99 { parts.append(("  wait p99 \(ClockText.span(.seconds(p99)))", .plain)) }
        parts.append(("  timed out \(CompactNumber.format(caller.timedOut))", caller.timedOut > 0 ? Style(.warn) : .dim))
        parts.append(("  failed \(CompactNumber.format(caller.failed))", caller.failed > 0 ? Style(.alarm) : .dim))
        parts.append(("  ok \(CompactNumber.format(caller.ok))", Style(.ok)))
        for (text, style) in parts where x + text.columns <= room {
            x = c.grid.write(text, x: x, y: r.y, style: style, clip: r)
        }
        c.mark(Rect(x: r.x, y: r.y, width: min(r.width, x - r.x), height: 1), as: .producer(caller.name))
        if let badge { badge.render(into: &c.grid, x: x + 1, y: r.y, clip: r) }
    }
}
