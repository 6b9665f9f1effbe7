extension World {
    func isShareGroup(_ g: Int) -> Bool { config.groups[g].share != nil }

    /// A share group's state, or nil for a consumer group (the read side).
    public func shareGroup(_ g: Int) -> ShareGroupState? { isShareGroup(g) ? stream.shareGroups[g] : nil }

    /// Moves a share group's state out of the world while a function changes it, so that its
    /// arrays stay uniquely referenced (no copy on write); the caller puts it back.
    mutating func takeShareGroup(_ g: Int) -> ShareGroupState {
        var s = ShareGroupState(partitions: 0, members: 0, rng: SplitMix64(seed: 0))
        swap(&s, &stream.shareGroups[g])
        return s
    }

    mutating func setUpShareGroup(_ g: Int) {
        let cfg = config.groups[g]
        stream.shareGroups[g] = ShareGroupState(partitions: config.topics[cfg.topic].partitions, members: cfg.consumers,
                                           rng: SplitMix64(seed: config.seed, stream: "share:" + cfg.name))
        // A model event, even at 0 s: a t=0 backlog is already on the log when the share-partitions
        // are initialised, so `from: latest` starts after it (as a consumer group's first fetch does).
        schedule(.stream(.groupStart(group: Int32(g))), at: .zero + cfg.start)
    }

    /// The group starts: each share-partition's start offset comes from `from`
    /// (share.auto.offset.reset: latest by default, or earliest), and every member fetches.
    mutating func shareStart(_ g: Int) {
        guard isShareGroup(g), !stream.shareGroups[g].started else { return }
        var s = takeShareGroup(g)
        let cfg = config.groups[g]
        s.started = true
        for p in s.partitions.indices {
            let part = stream.topics[cfg.topic].partitions[p]
            let at = cfg.from == .earliest ? part.logStart : part.logEnd
            s.partitions[p].spso = at
            s.partitions[p].next = at
            s.partitions[p].base = at
        }
        stream.shareGroups[g] = s
        let live = s.members.filter(\.alive).count
        log(.info, "\(cfg.name) (a share group) subscribed to \(config.topics[cfg.topic].name) with \(live) \(plural(Int64(live), "member")), "
            + "all sharing every partition")
        for m in s.members.indices { shareFetch(g, m, generation: s.members[m].generation) }
    }

    /// Records a member could acquire now on partition `p`: released ones, then new ones up to
    /// the lock limit of the partition's window.
    func shareAvailable(_ g: Int, _ p: Int) -> Int64 {
        let s = stream.shareGroups[g].partitions[p]
        let cap = config.groups[g].share!.maxRecordLocks
        let end = stream.topics[config.groups[g].topic].partitions[p].logEnd
        return s.available + max(0, min(end, s.spso + cap) - s.next)
    }

    /// A member asks for records. It takes a full batch (`max_poll`) when there is one; otherwise
    /// it waits for one, at most `fetch_wait`, and then takes what there is.
    mutating func shareFetch(_ g: Int, _ m: Int, generation: UInt32) {
        guard isShareGroup(g), stream.shareGroups[g].started, m < stream.shareGroups[g].members.count else { return }
        let member = stream.shareGroups[g].members[m]
        guard member.alive, !member.retired, member.generation == generation, !member.holding else { return }
        let cfg = config.groups[g]
        let want = Int64(cfg.maxPoll)
        let n = config.topics[cfg.topic].partitions
        var total: Int64 = 0
        for p in 0..<n { total += shareAvailable(g, p) }
        let since = member.waitingSince ?? now
        let waited = now - since
        let wait = cfg.share!.fetchWait
        if total < want && (total == 0 || waited < wait) {
            stream.shareGroups[g].members[m].waitingSince = total == 0 && waited >= wait ? now : since
            var rate = 0.0
            for p in 0..<n { rate += stream.topics[cfg.topic].partitions[p].rate }
            let left = waited >= wait ? wait : wait - waited
            var dt = left
            if rate > 0 {
                // Members already waiting take the first full batches: this one waits for its own.
                var ahead: Int64 = 0
                for k in stream.shareGroups[g].members.indices where k != m {
                    let other = stream.shareGroups[g].members[k]
                    if other.alive && !other.holding && other.waitingSince != nil { ahead += 1 }
                }
                let fill = SimDuration(micros: saturating((Double(want * (ahead + 1) - total) / rate * 1e6).rounded(.up)))
                if fill < dt { dt = fill }
            }
            schedule(.stream(.shareFetch(group: Int32(g), member: Int32(m), generation: generation)),
                     at: now + max(dt, SimDuration(micros: 1)))
            return
        }
        shareAcquire(g, m, want: want)
    }

    /// Acquires up to `want` records for member `m`, partition by partition from its cursor:
    /// released records first (oldest first), then new ones; locks them and starts the work.
    mutating func shareAcquire(_ g: Int, _ m: Int, want: Int64) {
        let cfg = config.groups[g]
        let share = cfg.share!
        // Taken out of the world while it changes, so that its arrays are not copied on write.
        var s = takeShareGroup(g)
        let n = s.partitions.count
        var left = want
        var parts = s.members[m].batch
        parts.removeAll(keepingCapacity: true)
        for k in 0..<n where left > 0 {
            let p = (s.members[m].cursor + k) % n
            var i = s.partitions[p].window.startIndex
            while left > 0 && s.partitions[p].available > 0 && i < s.partitions[p].window.endIndex {
                var run = s.partitions[p].window[i]
                if run.state == .available {
                    if run.count > left {
                        var rest = run
                        rest.first += left
                        rest.count -= left
                        run.count = left
                        s.partitions[p].window.insert(rest, at: i + 1)
                    }
                    run.deliveries += 1
                    run.state = .acquired
                    s.partitions[p].window[i] = run
                    s.partitions[p].available -= run.count
                    s.partitions[p].acquired += run.count
                    s.counters.redelivered += run.count
                    s.counters.acquired += run.count
                    parts.append(SharePart(partition: Int32(p), first: run.first, count: run.count, deliveries: run.deliveries))
                    left -= run.count
                }
                i += 1
            }
            let end = stream.topics[cfg.topic].partitions[p].logEnd
            let fresh = min(left, max(0, min(end, s.partitions[p].spso + share.maxRecordLocks) - s.partitions[p].next))
            if fresh > 0 {
                let run = ShareRun(first: s.partitions[p].next, count: fresh, deliveries: 1, state: .acquired)
                s.partitions[p].window.append(run)
                s.partitions[p].next += fresh
                s.partitions[p].acquired += fresh
                s.counters.acquired += fresh
                parts.append(SharePart(partition: Int32(p), first: run.first, count: fresh, deliveries: 1))
                left -= fresh
            }
        }
        s.members[m].cursor = (s.members[m].cursor + 1) % max(1, n)
        s.members[m].waitingSince = nil
        let taken = want - left
        guard taken > 0 else {
            stream.shareGroups[g] = s
            return
        }
        var work: SimDuration
        if case .constant(let c) = cfg.work.self {
            work = SimDuration(micros: saturating((c * Double(taken) * s.members[m].slowFactor).rounded()))
        } else {
            var sum: Int64 = 0
            for _ in 0..<taken { sum &+= cfg.work.sampleDuration(&s.rng, factor: s.members[m].slowFactor).micros }
            work = SimDuration(micros: sum)
        }
        if work.micros == 0 { work = SimDuration(micros: 1) }
        s.members[m].serial &+= 1
        s.members[m].batch = parts
        s.members[m].holding = true
        s.members[m].lockUntil = now + share.recordLock
        let gen = s.members[m].generation
        stream.shareGroups[g] = s
        schedule(.stream(.shareDone(group: Int32(g), member: Int32(m), generation: gen)), at: now + work)
        if now + work > now + share.recordLock { scheduleLockExpiry(g, m) }
    }

    mutating func scheduleLockExpiry(_ g: Int, _ m: Int) {
        let member = stream.shareGroups[g].members[m]
        schedule(.stream(.shareLockExpiry(group: Int32(g), member: Int32(m), serial: member.serial)), at: member.lockUntil)
    }
}
