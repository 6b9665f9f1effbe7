extension World {
    mutating func setUpStream() {
        stream.topics = config.topics.map { TopicState(partitions: $0.partitions) }
        setUpReplication()
        setUpStreamUnits()
        setUpCompaction()
        stream.maxSegments = max(64, StreamState.segmentBudget / max(1, config.topics.reduce(0) { $0 + $1.partitions }))
        stream.shares = config.producers.map { p in
            if case .topic(let t) = p.target { return KeyShares.shares(p.key, partitions: config.topics[t].partitions) }
            return []
        }
        stream.produceCarry = stream.shares.map { Array(repeating: 0, count: $0.count) }
        stream.producedInEpoch = stream.shares.map { Array(repeating: 0, count: $0.count) }
        stream.produceEpoch = Array(repeating: .zero, count: config.producers.count)
        stream.previousRates = producers.map(\.rate)
        stream.stickyCursor = Array(repeating: 0, count: config.producers.count)
        stream.topicProducers = Array(repeating: [], count: config.topics.count)
        for (i, p) in config.producers.enumerated() {
            guard case .topic(let t) = p.target else { continue }
            stream.topicProducers[t].append(Int32(i))
            if p.poison != .none { stream.topics[t].hasPoison = true }
            if p.backlog > 0 { schedule(.stream(.topicBacklog(producer: Int32(i))), at: .zero, phase: .arrival) }
        }
        // A consumer group's dead-letter topic gets records outside any producer's rate (and a poison
        // record stays poison there): its groups read it poll by poll, as a poison topic's do.
        for c in config.groups where c.share == nil {
            if let d = c.deadLetter { stream.topics[d].hasPoison = true }
        }
        for t in config.topics.indices {
            updatePartitionRates(t)
            schedule(.stream(.retentionCheck(topic: Int32(t))), at: .zero + config.topics[t].retentionCheck, phase: .late)
        }
        stream.shareGroups = Array(repeating: ShareGroupState(partitions: 0, members: 0, rng: SplitMix64(seed: 0)), count: config.groups.count)
        for (g, cfg) in config.groups.enumerated() {
            if cfg.share != nil {
                // A share group keeps its state apart; the consumer-group machinery sees an empty,
                // never-started group and leaves it alone.
                stream.groups.append(GroupState(partitions: 0, rng: SplitMix64(seed: 0)))
                setUpShareGroup(g)
                continue
            }
            var s = GroupState(partitions: config.topics[cfg.topic].partitions,
                               rng: SplitMix64(seed: config.seed, stream: "group:" + cfg.name))
            s.members = Array(repeating: MemberState(), count: cfg.consumers)
            stream.groups.append(s)
            // docs/scenarios.md: groups starting at 0 s subscribe before a producer's t=0 backlog arrives.
            if cfg.start == .zero { groupStart(g) } else {
                schedule(.stream(.groupStart(group: Int32(g))), at: .zero + cfg.start)
            }
        }
    }

    mutating func handleStream(_ e: StreamEvent) {
        switch e {
        case .retentionCheck(let t): retentionCheck(Int(t))
        case .topicBacklog(let p): emit(Int(p), count: config.producers[Int(p)].backlog, first: now, last: now)
        case .groupStart(let g): groupStart(Int(g))
        case .rebalanceDone(let g, let gen): rebalanceDone(Int(g), generation: gen)
        case .sessionTimeout(let g, let m, let gen): sessionTimedOut(Int(g), Int(m), generation: gen)
        case .pollTimeout(let g, let m, let gen): pollTimedOut(Int(g), Int(m), generation: gen)
        case .batchDone(let g, let m, let gen): batchDone(Int(g), Int(m), generation: gen)
        case .wake(let g, let m, let gen): wake(Int(g), Int(m), generation: gen)
        case .shareFetch(let g, let m, let gen): shareFetch(Int(g), Int(m), generation: gen)
        case .shareDone(let g, let m, let gen): shareDone(Int(g), Int(m), generation: gen)
        case .shareLockExpiry(let g, let m, let serial): shareLockExpiry(Int(g), Int(m), serial: serial)
        case .brokerDetected(let b, let gen): brokerDetected(Int(b), generation: gen)
        case .replicaRelease(let t): replicaRelease(Int(t))
        case .replicaCaughtUp(let t, let p, let gen, let b): replicaCaughtUp(Int(t), Int(p), broker: Int(b), generation: gen)
        }
        // Only the event's topic was brought up to now: wakes of the others would read stale state.
        if case .unit(let u) = streamScope(e) { scheduleStreamWakes(unit: u) } else { scheduleStreamWakes() }
    }

    /// Sum over steady producers of rate × share: the closed-form arrival rate of each partition.
    mutating func updatePartitionRates(_ t: Int) {
        for p in stream.topics[t].partitions.indices {
            var r = 0.0
            for (i, cfg) in config.producers.enumerated() where cfg.target == .topic(t) && replicatedRateCounts(t, p, producer: i) {
                r += producers[i].rate * stream.shares[i][p]
            }
            stream.topics[t].partitions[p].rate = r
        }
    }

    mutating func streamProducerRateChanged(_ i: Int) {
        guard case .topic(let t) = config.producers[i].target else { return }
        // A new epoch: carry the unfinished fraction of a record over from the old rate.
        let old = stream.produceEpoch[i]
        for p in stream.produceCarry[i].indices {
            let exact = stream.produceCarry[i][p] + previousRate(i) * stream.shares[i][p] * (now - old).seconds
            stream.produceCarry[i][p] = max(0, exact - Double(stream.producedInEpoch[i][p]))
            stream.producedInEpoch[i][p] = 0
        }
        stream.produceEpoch[i] = now
        stream.previousRates[i] = producers[i].rate
        updatePartitionRates(t)
        wakeWaiters(topic: t)
        scheduleStreamWakes(unit: unit(ofTopic: t))
    }

    func previousRate(_ i: Int) -> Double { stream.previousRates[i] }

    /// `analytics-2` for member index 1.
    public func memberName(_ g: Int, _ m: Int) -> String { "\(config.groups[g].name)-\(m + 1)" }
}

/// `1.2M`, `35k`, `740`: record counts as a person reads them in the feed.
func short(_ n: Int64) -> String {
    func one(_ x: Double, _ unit: String) -> String {
        let r = (x * 10).rounded() / 10
        return (r == r.rounded() ? String(Int64(r)) : String(r)) + unit
    }
    let a = abs(n)
    if a >= 1_000_000_000 { return one(Double(n) / 1e9, "G") }
    if a >= 1_000_000 { return one(Double(n) / 1e6, "M") }
    if a >= 10_000 { return one(Double(n) / 1e3, "k") }
    // 2,999: grouped like the console's numbers.
    return a >= 1_000 ? (n < 0 ? "-" : "") + "\(a / 1_000),\(String(a % 1_000 + 1_000).dropFirst())" : String(n)
}
