extension World {
    /// One poll of a poll-by-poll member: auto commit if due, then a batch of up to `max_poll`
    /// records from its next partition (round robin) with records, or a long poll when none has.
    mutating func poll(_ g: Int, _ m: Int) {
        let cfg = config.groups[g]
        let mem = stream.groups[g].members[m]
        guard mem.alive, mem.joined, !mem.retired, mem.batch == nil, stream.groups[g].started,
              !stream.groups[g].stopped, usesPolls(g, m) else { return }
        if mem.commitAnchor == nil { stream.groups[g].members[m].commitAnchor = now }
        autoCommitIfDue(g, m)
        let mine = owned(g, m)
        guard !mine.isEmpty else { return }
        let t = cfg.topic
        var chosen = -1
        for k in 0..<mine.count {
            let p = mine[(stream.groups[g].members[m].cursor + k) % mine.count]
            guard isReading(g, p) else { continue }
            let lost = resetIfBelowLogStart(g, p)
            if lost > 0 { logRetentionLoss(g, lost) }
            if stream.groups[g].stopped { return }
            if stream.groups[g].partitions[p].position < stream.topics[t].partitions[p].logEnd {
                chosen = p
                stream.groups[g].members[m].cursor = (stream.groups[g].members[m].cursor + k + 1) % mine.count
                break
            }
        }
        guard chosen >= 0 else {
            stream.groups[g].members[m].waiting = true
            return
        }
        let p = chosen, gp = stream.groups[g].partitions[p]
        let n = min(Int64(cfg.maxPoll), stream.topics[t].partitions[p].logEnd - gp.position)
        var clean = n, failing = false
        if gp.attempts > 0 {
            // Retrying the record at the head: a poison record fails again, others fail at `fail`.
            clean = 0
            failing = stream.topics[t].partitions[p].firstPoison(from: gp.position, to: gp.position + 1) != nil
                || (cfg.fail > 0 && stream.groups[g].rng.unit() < cfg.fail)
            if !failing { clean = 1 }
        } else {
            if let q = stream.topics[t].partitions[p].firstPoison(from: gp.position, to: gp.position + n) {
                clean = q - gp.position; failing = true
            }
            if cfg.fail > 0 {
                let gap = Self.geometric(&stream.groups[g].rng, cfg.fail)
                if gap < clean { clean = gap; failing = true }
            }
        }
        let records = clean + (failing ? 1 : 0)
        var micros = 0.0
        let factor = stream.groups[g].members[m].slowFactor
        if cfg.work.isConstant { micros = cfg.work.mean * Double(records) * factor } else {
            for _ in 0..<records { micros += cfg.work.sample(&stream.groups[g].rng) * factor }
        }
        let end = now + SimDuration(micros: saturating(micros))
        if cfg.commit == .beforeBatch { commit(g, p, gp.position + records) }
        let gen = stream.groups[g].members[m].generation
        stream.groups[g].members[m].batch = .init(partition: Int32(p), from: gp.position, clean: clean,
                                                  failing: failing, start: now, end: end)
        stream.groups[g].members[m].waiting = false
        schedule(.stream(.batchDone(group: Int32(g), member: Int32(m), generation: gen)), at: end)
        if end - now > cfg.maxPollInterval {
            schedule(.stream(.pollTimeout(group: Int32(g), member: Int32(m), generation: gen)), at: now + cfg.maxPollInterval)
        }
    }

    /// Auto commit on a poll once an interval of the member's grid has passed: the positions of
    /// the records returned by earlier polls.
    mutating func autoCommitIfDue(_ g: Int, _ m: Int) {
        guard case .auto(let every) = config.groups[g].commit, every.micros > 0,
              let anchor = stream.groups[g].members[m].commitAnchor else { return }
        let tick = (now - anchor).micros / every.micros
        guard tick > stream.groups[g].members[m].commitTick else { return }
        stream.groups[g].members[m].commitTick = tick
        for p in owned(g, m) { commit(g, p, stream.groups[g].partitions[p].position) }
    }

    mutating func batchDone(_ g: Int, _ m: Int, generation: UInt32) {
        guard generation == stream.groups[g].members[m].generation, let b = stream.groups[g].members[m].batch else { return }
        stream.groups[g].members[m].batch = nil
        let p = Int(b.partition), cfg = config.groups[g]
        markProcessed(g, p, from: b.from, to: b.from + b.clean)
        let mine = stream.groups[g].partitions[p].owner == Int32(m) && stream.groups[g].partitions[p].ownerGeneration == generation
            && stream.groups[g].partitions[p].position == b.from
        if mine { stream.groups[g].partitions[p].position = b.from + b.clean }
        if b.failing {
            stream.groups[g].counters.failed += 1
            let at = b.from + b.clean
            if mine {
                stream.groups[g].partitions[p].attempts += 1
                let attempts = stream.groups[g].partitions[p].attempts
                if cfg.onFail == .skip || attempts > cfg.retries {
                    account(g, p, .skipped, to: at + 1)
                    stream.groups[g].partitions[p].position = at + 1
                    stream.groups[g].partitions[p].attempts = 0
                    if let d = cfg.deadLetter {
                        let poison = stream.topics[cfg.topic].partitions[p].firstPoison(from: at, to: at + 1) != nil
                        let q = writeRetryRecord(topic: d, partition: p, poison: poison)
                        log(.warning, "\(cfg.name) wrote the failing record at \(config.topics[cfg.topic].name)-\(p) offset \(at) "
                            + "to \(config.topics[d].name)-\(q) and moved on")
                    } else {
                        log(.warning, "\(cfg.name) skipped the failing record at \(config.topics[cfg.topic].name)-\(p) offset \(at)")
                    }
                } else if attempts == 1 {
                    log(.warning, "\(cfg.name): record \(at) of \(config.topics[cfg.topic].name)-\(p) failed; "
                        + "the partition waits while it is retried")
                }
            }
        }
        if stream.groups[g].members[m].evicted {
            stream.groups[g].members[m].evicted = false
            log(.warning, "\(memberName(g, m)) finished its slow batch: its commit is refused; it rejoins the group")
            stream.groups[g].members[m].joined = true
            stream.groups[g].members[m].generation &+= 1
            requestRebalance(g)
            return
        }
        if mine && cfg.commit == .afterBatch { commit(g, p, stream.groups[g].partitions[p].position) }
        // The poll after a batch is where a member joins a pending rebalance: commit on revoke.
        for q in owned(g, m) where isPaused(g, q) { commitOnRevoke(g, q) }
        poll(g, m)
    }

    /// A batch ran past `max_poll_interval`: the coordinator removes the member; its partitions
    /// go to others at the rebalance and its later commit is refused.
    mutating func pollTimedOut(_ g: Int, _ m: Int, generation: UInt32) {
        guard generation == stream.groups[g].members[m].generation, stream.groups[g].members[m].batch != nil,
              stream.groups[g].members[m].joined else { return }
        stream.groups[g].members[m].evicted = true
        stream.groups[g].members[m].joined = false
        log(.warning, "\(memberName(g, m))'s batch ran past max_poll_interval (\(config.groups[g].maxPollInterval)): "
            + "removed from the group")
        requestRebalance(g)
    }

    mutating func wake(_ g: Int, _ m: Int, generation: UInt32) {
        guard generation == stream.groups[g].members[m].generation else { return }
        if stream.groups[g].members[m].wakeAt <= now { stream.groups[g].members[m].wakeAt = .never }
        if stream.groups[g].members[m].waiting {
            stream.groups[g].members[m].waiting = false
            poll(g, m)
        }
    }

    /// Records arrived on a topic: members waiting in a long poll wake up.
    mutating func wakeWaiters(topic t: Int) {
        for g in config.groups.indices where config.groups[g].topic == t {
            if isShareGroup(g) { wakeShareMembers(g); continue }
            for m in stream.groups[g].members.indices where stream.groups[g].members[m].waiting {
                stream.groups[g].members[m].waiting = false
                poll(g, m)
            }
        }
    }

    /// A member stops mid-batch (crash, leave): the records it finished count as processed.
    mutating func finishBatchEarly(_ g: Int, _ m: Int) {
        guard let b = stream.groups[g].members[m].batch else { return }
        stream.groups[g].members[m].batch = nil
        let p = Int(b.partition)
        let span = (b.end - b.start).micros
        let done = span > 0 ? min(b.clean, b.clean * (now - b.start).micros / span) : b.clean
        markProcessed(g, p, from: b.from, to: b.from + done)
        if stream.groups[g].partitions[p].owner == Int32(m), stream.groups[g].partitions[p].position == b.from,
           stream.groups[g].partitions[p].ownerGeneration == stream.groups[g].members[m].generation {
            stream.groups[g].partitions[p].position = b.from + done
        }
    }
}
