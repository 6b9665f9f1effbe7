/// A large pool folded into one line when the panel cannot show every worker:
/// `+ 10 mailer: 1 crashed 7 busy 2 idle  processed 12.3k`. Selecting
/// one of its workers (or clicking the line) unfolds it.
struct WorkerSummary {
    let workers: [WorkerReading]
    let pools: [String]

    func render(into c: inout Canvas, in row: Rect) {
        var counts: [WorkerReading.Status: Int] = [:]
        var processed: Int64 = 0
        for w in workers {
            counts[w.status, default: 0] += 1
            processed += w.processed
        }
        let pool = workers[0].pool
        let onePool = workers.allSatisfy { $0.pool == pool } && pools.contains(pool)
        let who = onePool ? "\(workers.count) \(pool)" : "\(workers.count) workers"
        // `+`: more inside (select one of them to unfold); not an arrow, which marks producers.
        var x = c.grid.write("+ \(who):", x: row.x, y: row.y, style: .plain, clip: row)
        // A fixed order of states, worst first, so the line reads the same every frame.
        let states: [(WorkerReading.Status, Role)] = [(.crashed, .alarm), (.gone, .warn), (.slow, .warn), (.busy, .ok), (.waiting, .dim),
                                                      (.standby, .dim), (.idle, .dim)]
        for (status, role) in states {
            guard let n = counts[status], n > 0 else { continue }
            x = c.grid.write(" \(n) \(status.rawValue)", x: x, y: row.y, style: Style(role), clip: row)
        }
        c.grid.write("  processed \(CompactNumber.format(processed))", x: x, y: row.y, style: .dim, clip: row)
        c.mark(row, as: .worker(workers[0].id))
    }
}
