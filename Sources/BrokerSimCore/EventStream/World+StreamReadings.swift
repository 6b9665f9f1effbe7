extension World {
    /// Σ (log end − committed) over the group's partitions.
    public func groupLag(_ g: Int) -> Int64 {
        let t = config.groups[g].topic
        return stream.groups[g].partitions.indices.reduce(0) {
            $0 + max(0, stream.topics[t].partitions[$1].logEnd - bookmark(g, $1))
        }
    }

    public func partitionLag(_ g: Int, _ p: Int) -> Int64 {
        max(0, stream.topics[config.groups[g].topic].partitions[p].logEnd - bookmark(g, p))
    }

    /// The committed offset, or before the partition's first assignment (no offset yet) where
    /// `from` will put it: the log end for `latest` (what arrives meanwhile will be skipped, not
    /// read), the log start at the group's start otherwise.
    func bookmark(_ g: Int, _ p: Int) -> Int64 {
        let gp = stream.groups[g].partitions[p]
        if !gp.hasOffset && config.groups[g].from == .latest { return stream.topics[config.groups[g].topic].partitions[p].logEnd }
        return gp.committed
    }

    public func groupCommitted(_ g: Int) -> Int64 { stream.groups[g].partitions.reduce(0) { $0 + $1.committed } }

    /// Age of the oldest uncommitted record, in seconds (0 when nothing is uncommitted).
    public func lagSeconds(_ g: Int) -> Double {
        let t = config.groups[g].topic
        var oldest = now
        for p in stream.groups[g].partitions.indices {
            let part = stream.topics[t].partitions[p]
            let c = bookmark(g, p)
            guard c < part.logEnd else { continue }
            let ts = part.timestamp(of: max(c, part.logStart)) ?? now
            oldest = min(oldest, ts)
        }
        return (now - oldest).seconds
    }

    /// Records not yet fetched on partition `p` (the in-flight batch counts as fetched).
    func fetchLag(_ g: Int, _ p: Int) -> Int64 {
        var pos = stream.groups[g].partitions[p].hasOffset ? stream.groups[g].partitions[p].position : bookmark(g, p)
        if let b = batchOn(g, p) { pos = max(pos, b.from + b.clean + (b.failing ? 1 : 0)) }
        return max(0, stream.topics[config.groups[g].topic].partitions[p].logEnd - pos)
    }

    /// Peak lag, and `caught_up_at`: the group is behind when it trails by more than one poll per
    /// partition, and catches up again when every partition is within one poll of the log end.
    /// `transitions` is false at an instant only someone looked at (see `advanceContinuous`).
    mutating func updateLagState(_ g: Int, transitions: Bool = true) {
        let lag = groupLag(g)
        if lag > stream.groups[g].counters.peakLag { stream.groups[g].counters.peakLag = lag }
        guard transitions else { return }
        let poll = Int64(config.groups[g].maxPoll)
        let lags = stream.groups[g].partitions.indices.map { fetchLag(g, $0) }
        if !stream.groups[g].behind {
            if lags.reduce(0, +) > poll * Int64(lags.count) { stream.groups[g].behind = true }
        } else if lags.allSatisfy({ $0 <= poll }) {
            stream.groups[g].behind = false
            stream.groups[g].counters.caughtUpAt = now
            if now > .zero + config.groups[g].start + .secs(3) { log(.good, "\(config.groups[g].name) caught up") }
        }
    }

    /// `caught_up_at` as the report gives it: null while behind.
    public func caughtUpAt(_ g: Int) -> SimTime? {
        stream.groups[g].behind ? nil : stream.groups[g].counters.caughtUpAt
    }

    /// Members alive, joined and holding no partition.
    public func idleConsumers(_ g: Int) -> Int {
        joinedMembers(g).filter { owned(g, $0).isEmpty }.count
    }

    /// `stop: drained`: every live group started, not rebalancing, no batch in flight, and at the
    /// log end (position and bookmark) on every partition.
    var streamIsDrained: Bool {
        // Records on a leader only, or held by producers while there is none, are still to come.
        for t in stream.replication.topics where t.partitions.contains(where: { $0.pending > 0 }) { return false }
        for g in stream.groups.indices {
            let s = stream.groups[g]
            if s.stopped { continue }
            let live = s.members.contains { $0.alive && !$0.retired }
            guard live else { continue }
            if !s.started || s.rebalanceUntil != nil { return false }
            if s.members.contains(where: { $0.batch != nil }) { return false }
            let t = config.groups[g].topic
            for p in s.partitions.indices {
                let end = stream.topics[t].partitions[p].logEnd
                if s.partitions[p].position < end || s.partitions[p].committed < end { return false }
            }
        }
        return true
    }

    /// docs/report.md: every record below the committed offset is processed, skipped, lost or lost to
    /// retention, once: Σ (frontier − base) = processed − duplicates + skipped + lost + lost_to_retention.
    func streamInvariantFailure() -> String? {
        for g in stream.groups.indices where stream.groups[g].started {
            let s = stream.groups[g], c = s.counters
            let span = s.partitions.reduce(Int64(0)) { $0 + ($1.frontier - $1.base) }
            var accounted = c.processed - c.duplicates + c.skipped + c.lost + c.lostToRetention
            if !stream.replication.groupTruncated.isEmpty { accounted -= stream.replication.groupTruncated[g] }
            if span != accounted {
                return "group \(config.groups[g].name) at \(now): records accounted \(accounted) != \(span)"
            }
            for p in s.partitions.indices {
                var limit = s.partitions[p].frontier
                if config.groups[g].commit == .beforeBatch {
                    // One fetched batch ahead of the position, never more.
                    limit = max(limit, s.partitions[p].position + Int64(config.groups[g].maxPoll))
                }
                if s.partitions[p].committed > limit {
                    return "group \(config.groups[g].name) partition \(p) at \(now): committed "
                        + "\(s.partitions[p].committed) above what it accounted for (\(limit))"
                }
            }
        }
        return nil
    }
}
