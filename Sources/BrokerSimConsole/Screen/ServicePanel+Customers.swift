extension ServicePanel {
    /// A caller whose arrivals are customers waiting (`customers: orders`): the row says what
    /// they saw, in the words the queue side uses for a publisher, so the two compare:
    /// `→ checkout  20/s calls email-api  orders: confirmed 443  errors 483  wait p99 2s  waiting 0  FAILING`.
    /// The service's own line above keeps the breakdown (failed, timed out, late).
    func renderCustomers(_ caller: CallerReading, noun: String, into c: inout Canvas, row r: Rect) {
        let badge: Badge? = caller.recentFailures > 0 ? Badge("FAILING", role: .alarm)
            : caller.recentTimeouts > 0 ? Badge("TIMEOUTS", role: .warn) : nil
        var x = c.grid.write("\(c.glyphs.arrowRight) ", x: r.x, y: r.y, style: .dim, clip: r)
        x = c.grid.write(caller.name, x: x, y: r.y, style: .plain, clip: r)
        for part in CustomerParts.caller(caller, noun: noun).fitting(r.maxX - x - (badge.map { $0.width + 1 } ?? 0)) {
            x = c.grid.write(part.text, x: x, y: r.y, style: part.style, clip: r)
        }
        c.mark(Rect(x: r.x, y: r.y, width: min(r.width, x - r.x), height: 1), as: .producer(caller.name))
        if let badge { badge.render(into: &c.grid, x: x + 1, y: r.y, clip: r) }
    }
}
