/// How records leave a group's backlog without being processed.
enum GroupOutcome { case skipped, lost, lostToRetention }

extension World {
    /// Records [a, b) of partition `p` were processed; those below the frontier again (duplicates).
    mutating func markProcessed(_ g: Int, _ p: Int, from a: Int64, to b: Int64) {
        guard b > a else { return }
        let f = stream.groups[g].partitions[p].frontier
        stream.groups[g].counters.processed += b - a
        stream.groups[g].counters.duplicates += max(0, min(b, f) - a)
        stream.groups[g].partitions[p].frontier = max(f, b)
        if stream.compacting { noteCompactionGaps(g, p, from: a, to: b) }
    }

    /// Every record from the frontier up to `b` ends in `outcome`, once.
    mutating func account(_ g: Int, _ p: Int, _ outcome: GroupOutcome, to b: Int64) {
        let f = stream.groups[g].partitions[p].frontier
        guard b > f else { return }
        switch outcome {
        case .skipped: stream.groups[g].counters.skipped += b - f
        case .lost: stream.groups[g].counters.lost += b - f
        case .lostToRetention: stream.groups[g].counters.lostToRetention += b - f
        }
        stream.groups[g].partitions[p].frontier = b
    }

    mutating func commit(_ g: Int, _ p: Int, _ offset: Int64) {
        stream.groups[g].partitions[p].committed = offset
    }

    /// `from: none` with no valid offset: the group stops for good, with an error in the feed.
    mutating func stopGroup(_ g: Int, _ why: String) {
        guard !stream.groups[g].stopped else { return }
        stream.groups[g].stopped = true
        for m in stream.groups[g].members.indices {
            stream.groups[g].members[m].batch = nil
            stream.groups[g].members[m].waiting = false
            stream.groups[g].members[m].generation &+= 1
        }
        log(.bad, "ERROR \(config.groups[g].name): \(why)")
    }

    /// The group reads partition `p` now: it has a live, joined owner and the partition is not paused.
    func isReading(_ g: Int, _ p: Int) -> Bool {
        let s = stream.groups[g]
        let o = Int(s.partitions[p].owner)
        guard s.started, !s.stopped, o >= 0 else { return false }
        let m = s.members[o]
        guard m.alive, m.joined, !m.retired, m.generation == s.partitions[p].ownerGeneration else { return false }
        return !isPaused(g, p)
    }

    /// Eager assignors pause every partition during a rebalance; cooperative-sticky only the moving ones.
    func isPaused(_ g: Int, _ p: Int) -> Bool {
        if config.groups[g].assignor == .cooperativeSticky { return stream.groups[g].partitions[p].moving }
        return stream.groups[g].rebalanceUntil != nil
    }

    /// Records per second one member processes (its `rate`, divided by `slow`).
    func memberRate(_ g: Int, _ m: Int) -> Double {
        let w = config.groups[g].work.mean * stream.groups[g].members[m].slowFactor
        return w > 0 ? 1_000_000 / w : 1e12
    }

    /// The member consumes poll by poll (events per batch) rather than in closed form.
    func usesPolls(_ g: Int, _ m: Int) -> Bool {
        let c = config.groups[g]
        if stream.pollByPoll || !c.work.isConstant || c.fail > 0 || stream.topics[c.topic].hasPoison { return true }
        let batch = Double(c.maxPoll) * c.work.mean * stream.groups[g].members[m].slowFactor
        return batch > Double(c.maxPollInterval.micros)
    }
}
