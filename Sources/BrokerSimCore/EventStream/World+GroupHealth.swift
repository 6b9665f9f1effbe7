extension World {
    /// Records not yet fetched, all partitions (the in-flight batches count as fetched): the
    /// read position's distance to the log end, where the committed lag adds what is read but
    /// not yet committed.
    /// `fetchLag` summed in one pass, with the group's settings and arrays read once: the
    /// console samples every group of a topology each interval.
    public func groupUnread(_ g: Int) -> Int64 {
        guard stream.groups[g].started else { return 0 }
        let latest = config.groups[g].from == .latest
        let parts = stream.topics[config.groups[g].topic].partitions
        let gps = stream.groups[g].partitions, members = stream.groups[g].members
        var total: Int64 = 0
        for p in gps.indices {
            let gp = gps[p], end = parts[p].logEnd
            var pos = gp.hasOffset ? gp.position : (latest ? end : gp.committed)
            if gp.owner >= 0, let b = members[Int(gp.owner)].batch, Int(b.partition) == p {
                pos = max(pos, b.from + b.clean + (b.failing ? 1 : 0))
            }
            total += max(0, end - pos)
        }
        return total
    }

    /// Records per second the group can read on each partition now: each reading member's rate
    /// water-filled over its partitions as polling them in turn would (a partition within one
    /// poll of the end needs only what arrives; the others share the rest). A partition nobody
    /// reads (unassigned, paused, held by a crashed member) gets 0, and so does one whose head
    /// record failed and is being retried in place: nothing behind it is read meanwhile.
    public func partitionCapacities(_ g: Int) -> [Double] {
        var cap = Array(repeating: 0.0, count: stream.groups[g].partitions.count)
        let t = config.groups[g].topic, poll = Int64(config.groups[g].maxPoll)
        for m in joinedMembers(g) {
            let parts = owned(g, m).filter { isReading(g, $0) && stream.groups[g].partitions[$0].attempts == 0 }
            guard !parts.isEmpty else { continue }
            let demand = parts.map { fetchLag(g, $0) <= poll ? stream.topics[t].partitions[$0].rate : .infinity }
            let order = parts.indices.sorted { (demand[$0], $0) < (demand[$1], $1) }
            var left = memberRate(g, m), k = Double(parts.count)
            for i in order {
                // What is left over after the quiet partitions goes to the backlogged ones.
                let give = k == 1 ? left : min(demand[i], left / k)
                cap[parts[i]] = give
                left -= give
                k -= 1
            }
        }
        return cap
    }

    /// What a group is doing, from the same numbers the console shows: every partition within
    /// one poll of the end is keeping up; a partition whose reader is slower than it grows (or
    /// that nobody reads while records arrive) makes the group fall behind; otherwise it is
    /// recovering.
    public func groupStatus(_ g: Int) -> GroupStatus {
        let s = stream.groups[g]
        if !s.started || s.stopped || joinedMembers(g).isEmpty { return .down }
        let t = config.groups[g].topic, poll = Int64(config.groups[g].maxPoll)
        let cap = partitionCapacities(g)
        var behind = false
        for p in s.partitions.indices {
            let unread = fetchLag(g, p), rate = stream.topics[t].partitions[p].rate
            if cap[p] < rate - 1e-9 { return .fallingBehind }
            if unread > poll {
                if cap[p] <= rate + 1e-9 { return .fallingBehind }
                behind = true
            }
        }
        return behind ? .recovering : .keepingUp
    }

    /// Seconds until every partition is back at the log end at the current rates: each
    /// partition's unread records ÷ (what its reader takes − what arrives), the slowest partition
    /// deciding (spare speed on one partition cannot help another). 0 when keeping up; nil when
    /// the group is down or falling behind.
    public func catchUpETA(_ g: Int) -> Double? {
        switch groupStatus(g) {
        case .down, .fallingBehind: return nil
        case .keepingUp: return 0
        case .recovering: break
        }
        let t = config.groups[g].topic, cap = partitionCapacities(g)
        var eta = 0.0
        for p in stream.groups[g].partitions.indices {
            let unread = fetchLag(g, p), net = cap[p] - stream.topics[t].partitions[p].rate
            guard unread > 0, net > 1e-9 else { continue }
            eta = max(eta, Double(unread) / net)
        }
        return eta
    }
}
