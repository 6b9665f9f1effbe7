extension QueuePanel {
    /// The totals row: published, acked and lost always (what a caption points at), then what
    /// else went wrong, only when it happened. A keyed queue always shows its order count: 0 is
    /// the news when single active consumer keeps order.
    static func totals(_ q: QueueReading) -> [(String, Int64, Role)] {
        if let t = q.tape {
            return [("published", q.published, Role.dim), ("read", t.read, .dim)]
                + [("deleted", t.deleted, Role.warn), ("duplicates", q.duplicates, .alarm)].filter { $0.1 > 0 }
        }
        return [("published", q.published, Role.dim), ("acked", q.acked, .dim)]
            + (q.lossKnown ? [("lost", q.lost, q.lost > 0 ? Role.alarm : .dim)] : [])
            + (q.outOfOrder.map { [("out of order", $0, $0 > 0 ? Role.warn : .ok)] } ?? [])
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
}
