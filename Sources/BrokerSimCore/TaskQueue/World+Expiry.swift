extension World {
    /// Expires messages at the head whose TTL has passed; only the head expires, so a
    /// short-lived message behind a long-lived one waits for it (rule d).
    /// `strictly` spares messages whose deadline is exactly now, so that a consumer with
    /// credit still gets a TTL=0 message published at this instant.
    /// Inlined so that a queue without a TTL (most of them) pays one test per dispatch.
    @inline(__always)
    mutating func expireHead(_ q: Int, strictly: Bool) {
        guard let ttl = queueParams[q].ttl else { return }
        expireHead(q, strictly: strictly, ttl: ttl)
    }

    mutating func expireHead(_ q: Int, strictly: Bool, ttl: SimDuration) {
        while let head = queues[q].head {
            let deadline0 = head.firstPublish + ttl
            if deadline0 > now || (strictly && deadline0 == now) {
                scheduleExpiry(q, at: deadline0 == now ? now + SimDuration(micros: 0) : deadline0)
                return
            }
            // How many messages of the head run are past their deadline (publish times rise along the run).
            var lo: Int64 = 0, hi = head.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let d = head.publishTime(mid) + ttl
                if d < now || (!strictly && d == now) { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0, let gone = queues[q].popFront(lo) else { return }
            queues[q].counters.expired += gone.count
            noteExpired(q, gone.count)
            deadLetterOrDiscard(q, gone, reason: .expired)
        }
    }

    mutating func scheduleExpiry(_ q: Int, at t: SimTime) {
        guard t < queues[q].expiryScheduledAt else { return }
        if t == now && queues[q].expiryScheduledAt == now { return }
        queues[q].expiryScheduledAt = t
        schedule(.queueExpiry(queue: Int32(q)), at: t)
    }

    mutating func queueExpiry(_ q: Int) {
        queues[q].expiryScheduledAt = .never
        expireHead(q, strictly: false)
        dispatch(q)
    }
}
