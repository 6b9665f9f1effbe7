extension World {
    /// Members the coordinator will assign partitions to: live incarnations that joined.
    func joinedMembers(_ g: Int) -> [Int] {
        stream.groups[g].members.indices.filter {
            let m = stream.groups[g].members[$0]
            return m.alive && m.joined && !m.retired
        }
    }

    /// Starts (or joins) a rebalance. A group forming from nothing waits 3 s (Kafka's initial
    /// rebalance delay); otherwise `rebalance_time`, and never before every crashed member the
    /// coordinator still counts has timed out (it waits for them to rejoin).
    mutating func requestRebalance(_ g: Int) {
        guard stream.groups[g].started, !stream.groups[g].stopped else { return }
        let cfg = config.groups[g]
        let joined = joinedMembers(g)
        let ghosts = stream.groups[g].members.compactMap(\.ghostUntil)
        if joined.isEmpty && ghosts.isEmpty {
            for p in stream.groups[g].partitions.indices {
                stream.groups[g].partitions[p].owner = -1
                stream.groups[g].partitions[p].moving = false
            }
            for m in stream.groups[g].members.indices { stream.groups[g].members[m].assigned.removeAll() }
            if stream.groups[g].rebalanceUntil != nil { stream.groups[g].rebalanceUntil = nil }
            log(.bad, "\(cfg.name) has no live member: nobody reads \(config.topics[cfg.topic].name)")
            return
        }
        let forming = stream.groups[g].partitions.allSatisfy { $0.owner < 0 }
        if stream.groups[g].rebalanceUntil == nil {
            // Members that keep running commit what they processed before giving partitions up.
            let target = cfg.assignor.assign(partitions: stream.groups[g].partitions.count, members: joined,
                                             current: stream.groups[g].partitions.map(\.owner))
            for p in stream.groups[g].partitions.indices {
                let moves = cfg.assignor != .cooperativeSticky || target[p] != stream.groups[g].partitions[p].owner
                guard moves else { continue }
                if cfg.assignor == .cooperativeSticky { stream.groups[g].partitions[p].moving = true }
                finishFetchedOnRevoke(g, p)
                commitOnRevoke(g, p)
            }
        }
        var until = now + (forming ? .secs(3) : cfg.rebalanceTime)
        if let current = stream.groups[g].rebalanceUntil { until = max(until, current) }
        for gu in ghosts { until = max(until, gu) }
        if stream.groups[g].rebalanceUntil != until {
            stream.groups[g].rebalanceUntil = until
            stream.groups[g].rebalanceGeneration &+= 1
            schedule(.stream(.rebalanceDone(group: Int32(g), generation: stream.groups[g].rebalanceGeneration)), at: until)
        }
    }

    /// Auto commit commits on revocation (Kafka's onJoinPrepare); a member in the middle of a
    /// batch commits when the batch ends, at its next poll.
    mutating func commitOnRevoke(_ g: Int, _ p: Int) {
        guard case .auto = config.groups[g].commit else { return }
        let o = Int(stream.groups[g].partitions[p].owner)
        guard o >= 0, isOwnedByLive(g, p), stream.groups[g].members[o].batch == nil else { return }
        commit(g, p, stream.groups[g].partitions[p].position)
    }

    /// before-batch in closed form commits one batch ahead of the position, as a fetched batch in
    /// progress; a member that keeps running finishes that batch before it gives the partition
    /// up, as a poll-by-poll member finishes its in-flight batch. Otherwise the bookmark would
    /// later jump over records the group never accounted for.
    mutating func finishFetchedOnRevoke(_ g: Int, _ p: Int) {
        guard config.groups[g].commit == .beforeBatch, isOwnedByLive(g, p) else { return }
        let o = Int(stream.groups[g].partitions[p].owner)
        guard !usesPolls(g, o), stream.groups[g].members[o].batch == nil else { return }
        let gp = stream.groups[g].partitions[p]
        guard gp.committed > gp.position else { return }
        markProcessed(g, p, from: gp.position, to: gp.committed)
        stream.groups[g].partitions[p].position = gp.committed
        stream.groups[g].partitions[p].carry = 0
    }

    /// A running member is still processing a batch of partition `p`: it accounts for it when done.
    func batchInFlight(_ g: Int, _ p: Int) -> Bool {
        stream.groups[g].members.contains { $0.alive && $0.batch.map { Int($0.partition) == p } == true }
    }

    mutating func rebalanceDone(_ g: Int, generation: UInt32) {
        guard generation == stream.groups[g].rebalanceGeneration, stream.groups[g].rebalanceUntil != nil,
              !stream.groups[g].stopped else { return }
        let cfg = config.groups[g]
        stream.groups[g].rebalanceUntil = nil
        let joined = joinedMembers(g)
        let target = cfg.assignor.assign(partitions: stream.groups[g].partitions.count, members: joined,
                                         current: stream.groups[g].partitions.map(\.owner))
        var skipped: Int64 = 0
        for p in stream.groups[g].partitions.indices where target[p] >= 0 && !stream.groups[g].partitions[p].hasOffset {
            skipped += applyFrom(g, p)
            if stream.groups[g].stopped { return }
        }
        if skipped > 0 {
            log(.warning, "\(cfg.name) starts at the log end (from: latest): \(short(skipped)) older "
                + "\(plural(skipped, "record")) of \(config.topics[cfg.topic].name) skipped")
        }
        for p in stream.groups[g].partitions.indices {
            let same = stream.groups[g].partitions[p].owner == target[p] && isOwnedByLive(g, p)
            if cfg.assignor != .cooperativeSticky || !same {
                // A new owner (or, eager, everyone) resumes from the bookmark. Records below it that
                // nobody processed or is processing (committed before-batch by an owner that did
                // not finish them) are lost, so every record is still accounted for once.
                if !batchInFlight(g, p) { account(g, p, .lost, to: stream.groups[g].partitions[p].committed) }
                stream.groups[g].partitions[p].position = stream.groups[g].partitions[p].committed
                stream.groups[g].partitions[p].carry = 0
                stream.groups[g].partitions[p].attempts = 0
            }
            stream.groups[g].partitions[p].owner = target[p]
            stream.groups[g].partitions[p].ownerGeneration = target[p] >= 0 ? stream.groups[g].members[Int(target[p])].generation : 0
            stream.groups[g].partitions[p].moving = false
        }
        var idle = 0
        for m in stream.groups[g].members.indices {
            stream.groups[g].members[m].assigned.removeAll(keepingCapacity: true)
            stream.groups[g].members[m].assignedGeneration = stream.groups[g].members[m].generation
        }
        for p in target.indices where target[p] >= 0 { stream.groups[g].members[Int(target[p])].assigned.append(p) }
        for m in joined where stream.groups[g].members[m].assigned.isEmpty { idle += 1 }
        guard !joined.isEmpty else { return }
        stream.groups[g].counters.rebalances += 1
        log(.warning, "\(cfg.name) rebalanced: \(groupedCount(Int64(joined.count))) \(plural(Int64(joined.count), "member")), "
            + "\(groupedCount(Int64(target.count))) \(plural(Int64(target.count), "partition"))" + (idle > 0 ? ", \(idle) idle" : ""))
        for m in joined {
            stream.groups[g].members[m].commitAnchor = nil
            stream.groups[g].members[m].cursor = 0
            stream.groups[g].members[m].commitTick = 0
            if stream.groups[g].members[m].batch == nil {
                stream.groups[g].members[m].waiting = false
                startConsuming(g, m)
            }
        }
    }

    /// A partition with no offset got its first owner: `from` decides where the group starts
    /// (docs/scenarios.md). `earliest`: the log start now; `latest`: the log end now, everything before it
    /// skipped, including what arrived since the group subscribed; `none`: the group stops
    /// with an error, also on an empty partition (Kafka's NoOffsetForPartitionException).
    /// - Returns: records skipped.
    mutating func applyFrom(_ g: Int, _ p: Int) -> Int64 {
        let cfg = config.groups[g]
        let part = stream.topics[cfg.topic].partitions[p]
        switch cfg.from {
        case .earliest:
            account(g, p, .lostToRetention, to: part.logStart)
            moveTo(g, p, part.logStart)
        case .latest:
            let before = stream.groups[g].counters.skipped
            account(g, p, .skipped, to: part.logEnd)
            moveTo(g, p, part.logEnd)
            stream.groups[g].partitions[p].hasOffset = true
            return stream.groups[g].counters.skipped - before
        case .none:
            stopGroup(g, "no committed offset on \(config.topics[cfg.topic].name)-\(p) and from: none — "
                      + "the group stopped with an error (offset out of range)")
            return 0
        }
        stream.groups[g].partitions[p].hasOffset = true
        return 0
    }

    /// A member got its assignment: its auto-commit grid starts now; poll-by-poll members poll.
    mutating func startConsuming(_ g: Int, _ m: Int) {
        if stream.groups[g].members[m].commitAnchor == nil { stream.groups[g].members[m].commitAnchor = now }
        for p in owned(g, m) where isReading(g, p) {
            let lost = resetIfBelowLogStart(g, p)
            if lost > 0 { logRetentionLoss(g, lost) }
        }
        if usesPolls(g, m) { poll(g, m) }
    }

    /// The partition's owner is the live incarnation it was assigned to.
    func isOwnedByLive(_ g: Int, _ p: Int) -> Bool {
        let o = Int(stream.groups[g].partitions[p].owner)
        guard o >= 0 else { return false }
        let m = stream.groups[g].members[o]
        return m.alive && m.joined && !m.retired && m.generation == stream.groups[g].partitions[p].ownerGeneration
    }
}
