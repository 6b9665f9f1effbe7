import BrokerSimSnapshot

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

    /// What the health rule reads of group `g` now: per partition, the records not fetched yet
    /// (`fetchLag`), the group's read capacity there (`partitionCapacities`) and the arrival rate.
    /// `reading` is false when the group is not started, stopped, or has no joined member.
    /// The snapshot carries the same readings, so every source's badge comes from one rule.
    public func healthReadings(_ g: Int) -> GroupHealthRule {
        let s = stream.groups[g], poll = Int64(config.groups[g].maxPoll)
        let reading = s.started && !s.stopped && s.members.contains { $0.alive && $0.joined && !$0.retired }
        let t = config.groups[g].topic, cap = partitionCapacities(g), parts = stream.topics[t].partitions
        var readings: [GroupHealthRule.Partition] = []
        readings.reserveCapacity(cap.count)
        for p in cap.indices { readings.append(.init(unread: fetchLag(g, p), capacity: cap[p], arrivals: parts[p].rate)) }
        return GroupHealthRule(reading: reading, maxPoll: poll, partitions: readings)
    }

    /// Members reading group `g`: joined, in a group that is started and not stopped.
    public func readingMembers(_ g: Int) -> Int {
        let s = stream.groups[g]
        return s.started && !s.stopped ? joinedMembers(g).count : 0
    }

    /// What a group is doing (`GroupHealthRule.status` over `healthReadings`).
    public func groupStatus(_ g: Int) -> GroupStatus { healthReadings(g).status }

    /// Seconds until every partition is back at the log end (`GroupHealthRule.catchUpSeconds`
    /// over `healthReadings`): 0 when keeping up; nil when the group is down or falling behind.
    public func catchUpETA(_ g: Int) -> Double? { healthReadings(g).catchUpSeconds }
}
