extension World {
    /// The group subscribes: its members join and the first assignment comes 3 s later. Records
    /// already deleted are not its losses. Its offsets come from `from` only at each
    /// partition's first assignment (`applyFrom`), as Kafka resets at the first fetch; until
    /// then the bookmark stands where `from` would put it at the start.
    mutating func groupStart(_ g: Int) {
        if isShareGroup(g) { shareStart(g); return }
        guard !stream.groups[g].started else { return }
        let cfg = config.groups[g]
        stream.groups[g].started = true
        for p in stream.groups[g].partitions.indices {
            let part = stream.topics[cfg.topic].partitions[p]
            stream.groups[g].partitions[p].base = part.logStart
            stream.groups[g].partitions[p].frontier = part.logStart
            stream.groups[g].partitions[p].position = part.logStart
            stream.groups[g].partitions[p].committed = part.logStart
        }
        var joined = 0
        for m in stream.groups[g].members.indices where stream.groups[g].members[m].alive {
            stream.groups[g].members[m].joined = true
            joined += 1
        }
        log(.info, "\(cfg.name) subscribed to \(config.topics[cfg.topic].name) with \(groupedCount(Int64(joined))) \(plural(Int64(joined), "member"))")
        requestRebalance(g)
    }

    /// A whole group's crash or restart is one feed line (`4 audit consumers crashed: …`).
    mutating func streamCrash(_ ref: EntityRef, downFor: SimDuration?) {
        if let (g, list) = shareMembers(of: ref) { shareCrash(g, list); return }
        let whole: Bool
        if case .group = ref { whole = true } else { whole = false }
        var crashed: [(Int, Int)] = [], held = 0
        for (g, m) in members(of: ref) {
            if let h = crashMember(g, m, say: !whole) { crashed.append((g, m)); held += h }
        }
        if whole, let (g, m) = crashed.first {
            logMemberCrash(crashed.count == 1 ? memberName(g, m) : "\(crashed.count) \(config.groups[g].name) consumers",
                           g, held: held, many: crashed.count > 1)
        }
        scheduleStreamWakes()
    }

    mutating func streamRestart(_ ref: EntityRef) {
        if let (g, list) = shareMembers(of: ref) { shareRestart(g, list); return }
        let whole: Bool
        if case .group = ref { whole = true } else { whole = false }
        var back: [(Int, Int)] = []
        for (g, m) in members(of: ref) where restartMember(g, m, say: !whole) { back.append((g, m)) }
        if whole, let (g, m) = back.first {
            log(.good, back.count == 1 ? "\(memberName(g, m)) restarted and joins as a new member"
                : "\(back.count) \(config.groups[g].name) consumers restarted and join as new members")
        }
        scheduleStreamWakes()
    }

    mutating func streamSlow(_ ref: EntityRef, factor: Double) {
        if let (g, list) = shareMembers(of: ref) {
            if case .group = ref { shareSlow(g, list, factor: factor, whole: true) } else { shareSlow(g, list, factor: factor, whole: false) }
            return
        }
        let list = members(of: ref)
        for (g, m) in list {
            stream.groups[g].members[m].slowFactor = factor
            if stream.groups[g].members[m].batch == nil { stream.groups[g].members[m].waiting = false; poll(g, m) }
        }
        if case .group(let g) = ref { logSlow("\(config.groups[g].name) (each member)", factor) }
        if case .member(let g, let m) = ref { logSlow(memberName(g, m), factor) }
        scheduleStreamWakes()
    }

    /// Grows (new members continue the numbering and join) or shrinks (the highest leave cleanly,
    /// committing what they processed) a group; either way the group rebalances.
    mutating func streamScale(_ ref: EntityRef, to n: Int) {
        guard case .group(let g) = ref else { return }
        if isShareGroup(g) { shareScale(g, to: n); return }
        var live = stream.groups[g].members.indices.filter { !stream.groups[g].members[$0].retired }
        while live.count < n {
            var m = MemberState()
            m.joined = stream.groups[g].started && !stream.groups[g].stopped
            stream.groups[g].members.append(m)
            live.append(stream.groups[g].members.count - 1)
        }
        while live.count > n, let m = live.popLast() {
            leave(g, m)
            stream.groups[g].members[m].retired = true
        }
        log(.info, "\(config.groups[g].name) scaled to \(groupedCount(Int64(n))) \(plural(Int64(n), "member"))")
        requestRebalance(g)
        scheduleStreamWakes()
    }

    /// A clean leave: the member commits what it processed and goes.
    mutating func leave(_ g: Int, _ m: Int) {
        finishBatchEarly(g, m)
        for p in owned(g, m) { finishFetchedOnRevoke(g, p) }
        if config.groups[g].commit != .beforeBatch {
            for p in owned(g, m) where stream.groups[g].members[m].alive { commit(g, p, stream.groups[g].partitions[p].position) }
        }
        stream.groups[g].members[m].alive = false
        stream.groups[g].members[m].joined = false
        stream.groups[g].members[m].waiting = false
        stream.groups[g].members[m].generation &+= 1
    }

    /// - Returns: how many partitions it held, or nil when it was not running.
    @discardableResult
    mutating func crashMember(_ g: Int, _ m: Int, say: Bool = true) -> Int? {
        var s = stream.groups[g].members[m]
        guard s.alive, !s.retired else { return nil }
        finishBatchEarly(g, m)
        s = stream.groups[g].members[m]
        // before-batch committed records it never processed: lost.
        for p in owned(g, m) where stream.groups[g].partitions[p].committed > stream.groups[g].partitions[p].position {
            account(g, p, .lost, to: stream.groups[g].partitions[p].committed)
        }
        s.alive = false
        s.crashes += 1
        s.generation &+= 1
        s.waiting = false
        let held = owned(g, m).count
        if s.joined {
            s.joined = false
            s.ghostUntil = now + config.groups[g].sessionTimeout
            schedule(.stream(.sessionTimeout(group: Int32(g), member: Int32(m), generation: s.generation)),
                     at: now + config.groups[g].sessionTimeout)
        }
        stream.groups[g].members[m] = s
        if say { logMemberCrash(memberName(g, m), g, held: held, many: false) }
        return held
    }

    mutating func logMemberCrash(_ who: String, _ g: Int, held: Int, many: Bool) {
        log(.bad, "\(who) crashed" + (held > 0
            ? ": \(many ? "their" : "its") \(held) \(plural(Int64(held), "partition")) \(held == 1 ? "waits" : "wait") \(config.groups[g].sessionTimeout) (session timeout); \(held == 1 ? "its next owner reads" : "their next owners read") from the last commit"
            : ""))
    }

    /// A restarted member joins as a new member: the group rebalances (waiting for the old
    /// incarnation's session to time out first).
    @discardableResult
    mutating func restartMember(_ g: Int, _ m: Int, say: Bool = true) -> Bool {
        guard !stream.groups[g].members[m].alive, !stream.groups[g].members[m].retired else { return false }
        stream.groups[g].members[m].alive = true
        stream.groups[g].members[m].generation &+= 1
        if say { log(.good, "\(memberName(g, m)) restarted and joins as a new member") }
        guard stream.groups[g].started, !stream.groups[g].stopped else { return true }
        stream.groups[g].members[m].joined = true
        requestRebalance(g)
        return true
    }

    mutating func sessionTimedOut(_ g: Int, _ m: Int, generation: UInt32) {
        guard let until = stream.groups[g].members[m].ghostUntil, until <= now else { return }
        stream.groups[g].members[m].ghostUntil = nil
        // After a restart the member is back as a new incarnation: say plainly that what timed
        // out is the old one, or it reads as the restart failing.
        if stream.groups[g].members[m].alive {
            log(.info, "\(memberName(g, m))'s old session (from before its crash) timed out: the group rebalances, "
                + "the restarted \(memberName(g, m)) included")
        } else {
            log(.warning, "\(memberName(g, m))'s session timed out: the group rebalances without it")
        }
        requestRebalance(g)
    }

    /// Partitions a member owns, ascending.
    func owned(_ g: Int, _ m: Int) -> [Int] {
        let s = stream.groups[g].members[m]
        return s.generation == s.assignedGeneration ? s.assigned : []
    }

    /// The (group, member) pairs a timeline name points at.
    func members(of ref: EntityRef) -> [(Int, Int)] {
        switch ref {
        case .group(let g): return stream.groups[g].members.indices.filter { !stream.groups[g].members[$0].retired }.map { (g, $0) }
        case .member(let g, let m): return m < stream.groups[g].members.count ? [(g, m)] : []
        default: return []
        }
    }
}
