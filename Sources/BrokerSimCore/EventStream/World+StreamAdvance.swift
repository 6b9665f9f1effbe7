extension World {
    /// Brings the closed form (docs/stream-model.md) up to `t`: production at each producer's rate,
    /// and consumption by every closed-form member at its rate, shared over its partitions as
    /// polling them in turn would (max-min fair). The span is cut at each instant a partition
    /// catches up, where the rates change. Every quantity is a function of the instant, not of
    /// where spans are cut, so advancing only at the stream's own events gives the state that
    /// advancing at every event gives.
    /// - Parameter observe: what the instant `t` counts for (catch-up instants always count as
    ///   model instants).
    mutating func advanceContinuous(to t: SimTime, observe: StreamObservation) {
        for u in stream.units.indices { advanceUnit(u, to: t, observe: observe) }
        now = t
    }

    /// `advanceContinuous` for the topics of unit `u` alone: what happens on the other topics
    /// cannot change them (no quantity of the closed form reads another unit).
    mutating func advanceUnit(_ u: Int, to t: SimTime, observe: StreamObservation) {
        // A reference-mode substep may have reached `t` without appending: finish it there.
        let unfinished = observe != .substep && stream.units[u].producedTo < t
        if stream.units[u].at < t || unfinished {
            repeat {
                let cur = stream.units[u].at
                now = cur
                computeFlows(u)
                var cuts = openEpochs(u, at: cur)
                if stream.units[u].cutsStale {
                    stream.units[u].cutsStale = false
                    cuts = min(cuts, lagThresholdCuts(u, at: cur))
                } else {
                    cuts = min(cuts, storedThresholdCut(u))
                }
                let next = min(t, cuts)
                step(u, from: cur, to: next, substep: observe == .substep && cuts > t)
                stream.units[u].at = next
                now = next
                if cuts <= t {
                    observeStream(u, transitions: true)
                    stream.units[u].cutsStale = true
                }
            } while stream.units[u].at < t
            now = t
        }
        switch observe {
        case .none, .substep: break
        case .look: observeStream(u, transitions: false)
        case .model: if stream.units[u].observedAt != t { observeStream(u, transitions: true) }
        }
    }

    /// Peak lag and `caught_up_at` read the state at an observed instant; auto commits between
    /// observations left their pre-commit peaks in `pendingPeak`. A look updates the peak only:
    /// behind / caught up change at model instants (events and catch-up cuts).
    mutating func observeStream(_ u: Int, transitions: Bool) {
        if transitions { stream.units[u].observedAt = now }
        let groups = stream.units[u].groups
        for g32 in groups {
            let g = Int(g32)
            guard stream.groups[g].started && !stream.groups[g].stopped else { continue }
            let t = config.groups[g].topic
            var lag: Int64 = 0
            for p in stream.groups[g].partitions.indices {
                let gp = stream.groups[g].partitions[p]
                lag += max(gp.pendingPeak, stream.topics[t].partitions[p].logEnd - gp.committed)
                stream.groups[g].partitions[p].pendingPeak = 0
            }
            stream.groups[g].counters.peakLag = max(stream.groups[g].counters.peakLag, lag)
            updateLagState(g, transitions: transitions)
        }
    }

    /// Starts a closed-form run on each partition whose flow, arrival rate or position changed
    /// (and ends the runs of partitions that stopped flowing).
    /// - Returns: the earliest instant a run reaches the log end.
    mutating func openEpochs(_ u: Int, at cur: SimTime) -> SimTime {
        var cut = SimTime.never
        let groups = stream.units[u].groups
        for g32 in groups {
            let g = Int(g32)
            guard stream.groups[g].started && !stream.groups[g].stopped else { continue }
            let t = config.groups[g].topic
            for p in stream.groups[g].partitions.indices {
                let gp = stream.groups[g].partitions[p], part = stream.topics[t].partitions[p]
                guard gp.flow > 0, gp.position < part.logEnd || gp.flow < part.rate - 1e-9 else {
                    if gp.epochAt != .never { stream.groups[g].partitions[p].epochAt = .never }
                    continue
                }
                if gp.epochAt == .never || gp.epochFlow != gp.flow || gp.epochRate != part.rate
                    || gp.position != gp.epochLast || gp.epochAppends != stream.topics[t].eventAppends {
                    let gap = gp.flow - part.rate
                    var catchUp = SimTime.never
                    if gap > 1e-9 && gp.position < part.logEnd {
                        let lag = Double(part.logEnd - gp.position)
                        catchUp = cur + SimDuration(micros: max(1, saturating(lag / gap * 1e6, .up)))
                    }
                    stream.groups[g].partitions[p].epochAt = cur
                    stream.groups[g].partitions[p].epochPos = gp.position
                    stream.groups[g].partitions[p].epochCarry = gp.carry
                    stream.groups[g].partitions[p].epochFlow = gp.flow
                    stream.groups[g].partitions[p].epochRate = part.rate
                    stream.groups[g].partitions[p].epochLast = gp.position
                    stream.groups[g].partitions[p].epochAppends = stream.topics[t].eventAppends
                    stream.groups[g].partitions[p].epochCatchUp = catchUp
                }
                cut = min(cut, stream.groups[g].partitions[p].epochCatchUp)
            }
        }
        return cut
    }

    /// The position of a partition's closed-form run at `at` (within the current step), given the
    /// log end then: short of the end until the run's catch-up instant, at the end from then on.
    func epochPosition(_ gp: GroupPartition, at: SimTime, end: Int64) -> (Int64, Double) {
        if at >= gp.epochCatchUp { return (end, 0) }
        let x = gp.epochCarry + gp.flow * Double((at - gp.epochAt).micros) / 1e6
        let k = mathFloor(x)
        return (min(gp.epochPos + saturating(k), max(gp.epochPos, end - 1)), x - k)
    }

    /// Advances production and closed-form consumption over (from, to], with commits.
    /// A `substep` (the every-event reference mode only) moves consumption alone: records are
    /// appended, and commits made, in spans that end at the stream's own instants.
    mutating func step(_ u: Int, from: SimTime, to: SimTime, substep: Bool = false) {
        var ends0 = stream.endScratch
        stream.endScratch = []
        ends0.removeAll(keepingCapacity: true)
        let groups = stream.units[u].groups
        for g32 in groups where stream.groups[Int(g32)].started && !stream.groups[Int(g32)].stopped {
            let g = Int(g32), t = config.groups[g].topic
            for p in stream.groups[g].partitions.indices { ends0.append(stream.topics[t].partitions[p].logEnd) }
        }
        let producedFrom = stream.units[u].producedTo
        if !substep {
            produce(u, from: producedFrom, to: to)
            stream.units[u].producedTo = to
        }
        var k = 0
        for g32 in groups where stream.groups[Int(g32)].started && !stream.groups[Int(g32)].stopped {
            let g = Int(g32)
            let cfg = config.groups[g], t = cfg.topic
            for p in stream.groups[g].partitions.indices {
                let gp = stream.groups[g].partitions[p]
                let end0 = ends0[k], end1 = stream.topics[t].partitions[p].logEnd
                k += 1
                let o = Int(gp.owner)
                guard o >= 0, isReading(g, p), !usesPolls(g, o), gp.flow > 0 || gp.position >= end0 else { continue }
                let rate = stream.topics[t].partitions[p].rate
                let caughtUp = gp.position >= end0 && gp.flow >= rate - 1e-9
                var newPos = end1, carry = 0.0
                if !caughtUp {
                    if gp.epochAt == .never {
                        newPos = gp.position // not flowing (a caught-up partition with nothing arriving)
                    } else {
                        (newPos, carry) = epochPosition(gp, at: to, end: end1)
                        stream.groups[g].partitions[p].epochLast = newPos
                    }
                }
                markProcessed(g, p, from: gp.position, to: newPos)
                stream.groups[g].partitions[p].position = newPos
                stream.groups[g].partitions[p].carry = carry
                if substep { continue }
                switch cfg.commit {
                case .afterBatch: commit(g, p, newPos)
                case .beforeBatch: commit(g, p, max(newPos, min(newPos + Int64(cfg.maxPoll), end1)))
                case .auto(let every): autoCommitGrid(g, p, member: o, every: every, from: producedFrom, to: to,
                                                      caughtUp: caughtUp, end1: end1)
                }
            }
            if !substep, case .auto(let every) = cfg.commit, every.micros > 0 {
                for m in stream.groups[g].members.indices {
                    guard let anchor = stream.groups[g].members[m].commitAnchor, !usesPolls(g, m),
                          stream.groups[g].members[m].alive, stream.groups[g].members[m].joined else { continue }
                    stream.groups[g].members[m].commitTick = max(stream.groups[g].members[m].commitTick,
                                                                 (to - anchor).micros / every.micros)
                }
            }
        }
        stream.endScratch = ends0
        now = to
    }

    /// Auto commits of a closed-form member on its grid within (from, to]: each commits the
    /// position at its instant, and the lag just before it is a candidate for the peak.
    mutating func autoCommitGrid(_ g: Int, _ p: Int, member o: Int, every: SimDuration, from: SimTime, to: SimTime,
                                 caughtUp: Bool, end1: Int64) {
        guard every.micros > 0, let anchor = stream.groups[g].members[o].commitAnchor else { return }
        let lastTick = (to - anchor).micros / every.micros
        let firstTick = max(stream.groups[g].members[o].commitTick + 1, (from - anchor).micros / every.micros + 1)
        guard lastTick >= firstTick else { return }
        let gp = stream.groups[g].partitions[p], t = config.groups[g].topic
        var committed = gp.committed, peak = gp.pendingPeak
        for tick in firstTick...lastTick {
            let at = anchor + SimDuration(micros: tick * every.micros)
            let endAt = logEnd(t, p, at: at, endNow: end1)
            peak = max(peak, endAt - committed)
            committed = caughtUp || gp.epochAt == .never ? (caughtUp ? endAt : gp.position)
                : epochPosition(gp, at: at, end: endAt).0
        }
        commit(g, p, committed)
        stream.groups[g].partitions[p].pendingPeak = peak
    }

    /// The log end of partition `p` at an instant of the step just produced (steady production
    /// only: bursts are events, at the ends of steps).
    func logEnd(_ t: Int, _ p: Int, at: SimTime, endNow: Int64) -> Int64 {
        var end = endNow
        for i32 in stream.topicProducers[t] {
            let i = Int(i32)
            guard stream.previousRates[i] > 0 else { continue }
            end -= stream.producedInEpoch[i][p] - due(i, p, by: at)
        }
        return end
    }

    /// Records of producer `i` due on partition `p` since its epoch, by `t`.
    func due(_ i: Int, _ p: Int, by t: SimTime) -> Int64 {
        let since = (t - stream.produceEpoch[i]).seconds
        return saturating(stream.produceCarry[i][p] + stream.previousRates[i] * stream.shares[i][p] * since, .down)
    }
}

/// What an instant the closed form is brought to counts for.
enum StreamObservation {
    /// Nothing: a `stop: drained` check.
    case none
    /// A task-queue event in the every-event reference mode: consumption moves, nothing else.
    case substep
    /// Someone reads the world there (a frame, a sample, a report): the peak lag sees it.
    case look
    /// One of the stream's own instants: peak lag, behind and caught up.
    case model
}
