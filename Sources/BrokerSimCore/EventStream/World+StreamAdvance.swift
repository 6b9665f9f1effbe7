extension World {
    /// Closed-form advance between discrete events (SPEC §5, last rule): production at each
    /// producer's rate, and consumption by every closed-form member at its rate, shared over its
    /// partitions as polling them in turn would (max-min fair). The span is cut at each instant
    /// a partition catches up, where the rates change.
    ///
    /// `toEvent` is false when `t` is only where someone looks (a console frame, a probe): the
    /// world must pass through the same instants whether or not anyone looks, so the behind /
    /// caught-up state changes only at model instants (events and catch-up cuts), never there.
    mutating func advanceContinuous(to t: SimTime, toEvent: Bool = true) {
        guard !config.topics.isEmpty else { return }
        var cur = now
        // After a look (not a model instant) the catch-up instants computed at the last model
        // instant still hold: recomputing them from here would round differently.
        var fresh = !stream.lookedAt
        while cur < t {
            now = cur
            computeFlows()
            let next = min(t, catchUpCuts(at: cur, fresh: fresh))
            step(from: cur, to: next, modelInstant: next < t || toEvent)
            fresh = true
            cur = next
        }
        now = t
        stream.lookedAt = !toEvent
    }

    /// Stores, per partition a closed-form member is catching up on, the instant it reaches the
    /// log end at the current rates (kept when `fresh` is false and still ahead), and returns the
    /// earliest.
    mutating func catchUpCuts(at cur: SimTime, fresh: Bool) -> SimTime {
        var next = SimTime.never
        for g in stream.groups.indices where stream.groups[g].started && !stream.groups[g].stopped {
            let t = config.groups[g].topic
            for p in stream.groups[g].partitions.indices {
                let gp = stream.groups[g].partitions[p], part = stream.topics[t].partitions[p]
                let gap = gp.flow - part.rate
                guard gp.flow > 0 && gap > 1e-9 && gp.position < part.logEnd else {
                    stream.groups[g].partitions[p].catchUpAt = .never
                    continue
                }
                var at = gp.catchUpAt
                if fresh || at <= cur || at == .never {
                    let lag = Double(part.logEnd - gp.position)
                    at = cur + SimDuration(micros: max(1, saturating(lag / gap * 1e6, .up)))
                    stream.groups[g].partitions[p].catchUpAt = at
                }
                next = min(next, at)
            }
        }
        return next
    }

    /// Each closed-form member's rate, water-filled over its partitions: a caught-up partition
    /// takes what arrives, the backlogged ones share the rest equally.
    mutating func computeFlows() {
        for g in stream.groups.indices {
            for p in stream.groups[g].partitions.indices { stream.groups[g].partitions[p].flow = 0 }
            guard stream.groups[g].started, !stream.groups[g].stopped else { continue }
            let t = config.groups[g].topic
            for m in stream.groups[g].members.indices {
                let s = stream.groups[g].members[m]
                guard s.alive, s.joined, !s.retired, !usesPolls(g, m) else { continue }
                let parts = owned(g, m).filter { isReading(g, $0) }
                guard !parts.isEmpty else { continue }
                // Demands: a caught-up partition its arrival rate, a backlogged one "all you have".
                let demand = parts.map { p -> Double in
                    let part = stream.topics[t].partitions[p]
                    return stream.groups[g].partitions[p].position >= part.logEnd ? part.rate : .infinity
                }
                let order = parts.indices.sorted { (demand[$0], $0) < (demand[$1], $1) }
                var left = memberRate(g, m), k = Double(parts.count)
                for i in order {
                    let give = min(demand[i], left / k)
                    stream.groups[g].partitions[parts[i]].flow = give
                    left -= give
                    k -= 1
                }
            }
        }
    }

    /// Advances production and closed-form consumption over (from, to], with commits.
    mutating func step(from: SimTime, to: SimTime, modelInstant: Bool = true) {
        let ends0 = stream.topics.map { $0.partitions.map(\.logEnd) }
        produce(from: from, to: to)
        let dt = Double((to - from).micros)
        for g in stream.groups.indices where stream.groups[g].started && !stream.groups[g].stopped {
            let cfg = config.groups[g], t = cfg.topic
            var preCommitLag: Int64 = 0
            for p in stream.groups[g].partitions.indices {
                let gp = stream.groups[g].partitions[p]
                let end0 = ends0[t][p], end1 = stream.topics[t].partitions[p].logEnd
                let o = Int(gp.owner)
                guard o >= 0, isReading(g, p), !usesPolls(g, o), gp.flow > 0 || gp.position >= end0 else {
                    preCommitLag += end1 - gp.committed
                    continue
                }
                var newPos: Int64, carry = gp.carry
                let rate = stream.topics[t].partitions[p].rate
                if gp.position >= end0 && gp.flow >= rate - 1e-9 {
                    newPos = end1; carry = 0
                } else {
                    let x = carry + gp.flow * dt / 1e6
                    let k = mathFloor(x)
                    carry = x - k
                    newPos = min(gp.position + saturating(k), end1)
                    // The step ends where this partition catches up: snap to the log end.
                    if gp.catchUpAt == to { newPos = end1 }
                    if newPos >= end1 { carry = 0 }
                }
                markProcessed(g, p, from: gp.position, to: newPos)
                stream.groups[g].partitions[p].position = newPos
                stream.groups[g].partitions[p].carry = carry
                var lagBefore = end0 - gp.committed
                switch cfg.commit {
                case .afterBatch: commit(g, p, newPos)
                case .beforeBatch: commit(g, p, max(newPos, min(newPos + Int64(cfg.maxPoll), end1)))
                case .auto(let every):
                    guard every.micros > 0, let anchor = stream.groups[g].members[o].commitAnchor else { break }
                    let tick = (to - anchor).micros / every.micros
                    guard tick > stream.groups[g].members[o].commitTick else { break }
                    // The last grid instant in the step: the position then becomes the bookmark.
                    let at = anchor.micros + tick * every.micros
                    let f = dt > 0 ? Double(at - from.micros) / dt : 1
                    let posAt = gp.position + Int64(Double(newPos - gp.position) * f)
                    let endAt = end0 + Int64(Double(end1 - end0) * f)
                    let prev = tick - 1 > stream.groups[g].members[o].commitTick
                        ? gp.position + Int64(Double(newPos - gp.position) * max(0, f - Double(every.micros) / max(dt, 1)))
                        : gp.committed
                    lagBefore = max(lagBefore, endAt - prev)
                    commit(g, p, posAt)
                }
                preCommitLag += max(lagBefore, end1 - stream.groups[g].partitions[p].committed)
            }
            if case .auto(let every) = cfg.commit, every.micros > 0 {
                for m in stream.groups[g].members.indices {
                    guard let anchor = stream.groups[g].members[m].commitAnchor, !usesPolls(g, m),
                          stream.groups[g].members[m].alive, stream.groups[g].members[m].joined else { continue }
                    stream.groups[g].members[m].commitTick = max(stream.groups[g].members[m].commitTick,
                                                                 (to - anchor).micros / every.micros)
                }
            }
            stream.groups[g].counters.peakLag = max(stream.groups[g].counters.peakLag, preCommitLag)
            now = to
            updateLagState(g, transitions: modelInstant)
        }
    }
}
