extension World {
    /// Discrete instants the closed form must stop at: a member catching up (its rates change
    /// there and `stop: drained` may hold), a member in a long poll that needs waking, and the
    /// last auto commit of a caught-up member when nothing more arrives.
    /// Every unit's (each must have been brought up to now).
    mutating func scheduleStreamWakes() {
        for u in stream.units.indices { scheduleStreamWakes(unit: u) }
    }

    /// Unit `u`'s alone: after an event that concerns only its topics.
    mutating func scheduleStreamWakes(unit u: Int) {
        guard !stream.units[u].groups.isEmpty else { return }
        if !stream.pollByPoll { computeFlows(u) }
        let groups = stream.units[u].groups
        for g32 in groups where stream.groups[Int(g32)].started && !stream.groups[Int(g32)].stopped {
            let g = Int(g32)
            updateLagState(g)
            let t = config.groups[g].topic
            for m in stream.groups[g].members.indices {
                let s = stream.groups[g].members[m]
                guard s.alive, s.joined, !s.retired, s.batch == nil else { continue }
                var at = SimTime.never
                let parts = owned(g, m).filter { isReading(g, $0) }
                var uncommitted = false
                for p in parts {
                    let gp = stream.groups[g].partitions[p], part = stream.topics[t].partitions[p]
                    if gp.committed < gp.position || gp.committed < part.logEnd { uncommitted = true }
                    if s.waiting, part.rate > 0 {
                        at = min(at, now + SimDuration(micros: max(1, saturating(1e6 / part.rate, .up))))
                    }
                    let gap = gp.flow - part.rate
                    if !s.waiting, gp.flow > 0, gap > 1e-9, gp.position < part.logEnd {
                        let lag = Double(part.logEnd - gp.position)
                        at = min(at, now + SimDuration(micros: max(1, saturating(lag / gap * 1e6, .up))))
                    }
                }
                let quiet = parts.allSatisfy { stream.topics[t].partitions[$0].rate == 0 }
                if uncommitted, quiet, case .auto(let every) = config.groups[g].commit, every.micros > 0,
                   let anchor = s.commitAnchor {
                    let tick = (now - anchor).micros / every.micros + 1
                    at = min(at, anchor + SimDuration(micros: tick * every.micros))
                }
                if at < s.wakeAt || s.wakeAt <= now {
                    guard at != .never else { continue }
                    stream.groups[g].members[m].wakeAt = at
                    schedule(.stream(.wake(group: Int32(g), member: Int32(m), generation: s.generation)), at: at)
                }
            }
        }
    }
}
