extension SnapshotHistory {
    /// Messages per second into the queue, out of it for good, and redelivered at `at` (ms;
    /// the newest read when nil): the broker's own rate when it gives one, else the change in
    /// its counter since the read the window says (`rateWindowMillis`). `current` is the queue
    /// as it is at `at` when that is newer than any read (a simulation between its reads).
    public func rates(_ queue: String, current: QueueSnapshot? = nil, at: Int64? = nil) -> QueueRates {
        guard let slot = queueSlots.slot(queue), let found = self.current(slot, current, at) else {
            return QueueRates(inRate: 0, outRate: 0, redeliverRate: 0)
        }
        let (now, counts) = found
        let q = current ?? latestQueue(queue)
        return QueueRates(inRate: q?.publishRate ?? rate(slot, \.published, counts.published, at: now) ?? 0,
                          outRate: q?.outRate ?? rate(slot, \.removed, counts.removed, at: now) ?? 0,
                          redeliverRate: q?.redeliverRate ?? rate(slot, \.redelivered, counts.redelivered, at: now) ?? 0)
    }

    /// Records per second appended to a topic at `at`, the same way; nil with no earlier read
    /// to measure from.
    public func topicInRate(_ topic: TopicSnapshot, at now: Int64) -> Double? {
        guard let slot = topicSlots.slot(topic.name) else { return nil }
        return perSecond(topic.appended ?? topic.logEnd, at: now) { ReadCounts.value($0.topics, slot) }
    }

    /// Acks per second of a consumer's channel, the same way.
    public func ackRate(_ consumer: ConsumerSnapshot) -> Double {
        if let r = consumer.ackRate { return r }
        guard let b = consumer.acked, let slot = consumerSlots.slot(consumer.key), let now = reads.last?.at else { return 0 }
        return perSecond(b, at: now) { ReadCounts.value($0.consumerAcks, slot) } ?? 0
    }

    /// How long the queue takes to empty at the pace its depth fell over the last
    /// `windowMillis` (not the out rate alone: what arrives meanwhile counts). At the newest
    /// read, or at `at` with the queue's `current` counts (a simulation reads its world at the
    /// instant shown, between the reads it keeps), as `rates` does.
    public func drain(_ queue: String, windowMillis: Int64 = SnapshotHistory.drainWindowMillis,
                      current: QueueSnapshot? = nil, at: Int64? = nil) -> DrainEstimate {
        guard let slot = queueSlots.slot(queue), let last = reads.last else { return .empty }
        // A stream keeps what it delivers: its length falls only when retention drops a segment.
        if (current ?? latestQueue(queue))?.type == "stream" { return .notConsumed }
        let now = current == nil ? last.at : at ?? last.at
        guard let depth = current?.depth ?? last.queue(slot, \.depth) else { return .empty }
        if depth == 0 { return .empty }
        let start = reads.last { now - $0.at >= windowMillis } ?? reads.first { $0.at < now }
        guard let first = start, let before = first.queue(slot, \.depth) else { return .unknown }
        let perSecond = Double(before - depth) * 1000 / Double(now - first.at)
        if perSecond > 0 {
            let eta = Double(depth) / perSecond
            // The window's average pace is only a forecast: a depth that has not moved for longer
            // than that pace says it takes to empty is not draining at it (a backlog drained but
            // one poison message requeued over and over). Say what the queue does now instead.
            if Double(now - steadySince(slot, depth: depth, now: now)) / 1000 <= eta { return .seconds(eta) }
        }
        if perSecond < 0 { return .growing(-perSecond) }
        return rates(queue, current: current, at: at).outRate > 0 ? .holding : .stalled
    }

    /// The earliest instant since which every read at or before `now` saw the queue at `depth`
    /// (`now` itself when the newest of them saw another depth).
    func steadySince(_ slot: Int, depth: Int64, now: Int64) -> Int64 {
        var since = now
        for read in reads.reversed() where read.at <= now {
            guard read.queue(slot, \.depth) == depth else { break }
            since = read.at
        }
        return since
    }

    /// The queue's counts at `at` (from `current`, else the newest read) and that instant.
    func current(_ slot: Int, _ current: QueueSnapshot?, _ at: Int64?) -> (Int64, ReadCounts.QueueCounts)? {
        if let current { return (at ?? reads.last?.at ?? 0, ReadCounts.QueueCounts(current)) }
        guard let last = reads.last, slot < last.queues.count, last.queues[slot].depth >= 0 else { return nil }
        return (at ?? last.at, last.queues[slot])
    }

    /// The queue in the newest whole snapshot, when that is the newest read.
    func latestQueue(_ name: String) -> QueueSnapshot? {
        guard let s = latest, s.readAt == reads.last?.at, let slot = queueSlots.slot(name), slot < latestQueueAt.count,
              latestQueueAt[slot] >= 0 else { return nil }
        return s.queues[latestQueueAt[slot]]
    }

    func rate(_ slot: Int, _ counter: KeyPath<ReadCounts.QueueCounts, Int64>, _ value: Int64, at now: Int64) -> Double? {
        guard value >= 0 else { return nil }
        return perSecond(value, at: now) { $0.queue(slot, counter) }
    }

    /// (`value` − the counter at the base read) per second since that read; nil without a base.
    /// The base is the newest read at least the window before `now` that has the counter, else
    /// the oldest before `now` that has it. A counter that went down (the queue was deleted and
    /// declared again) counts from 0.
    func perSecond(_ value: Int64, at now: Int64, _ counter: (ReadCounts) -> Int64?) -> Double? {
        var base: (at: Int64, value: Int64)?
        for r in reads.reversed() where r.at < now {
            guard let v = counter(r) else { continue }
            base = (r.at, v)
            if r.at <= now - rateWindowMillis { break }
        }
        guard let b = base else { return nil }
        return Double(value >= b.value ? value - b.value : value) / (Double(now - b.at) / 1000)
    }
}
