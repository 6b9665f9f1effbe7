extension World {
    /// A member finished its batch. While its lock holds, each record is acknowledged: accepted,
    /// or on failure released (redelivered later) or rejected. After the lock ran out the broker
    /// refuses the acknowledgements: those records were released already.
    mutating func shareDone(_ g: Int, _ m: Int, generation: UInt32) {
        guard isShareGroup(g), m < stream.shareGroups[g].members.count else { return }
        let member = stream.shareGroups[g].members[m]
        guard member.generation == generation, member.alive else { return }
        let parts = member.batch
        let n = parts.reduce(Int64(0)) { $0 + $1.count }
        stream.shareGroups[g].members[m].processed += n
        stream.shareGroups[g].counters.processed += n
        let holding = member.holding
        stream.shareGroups[g].members[m].holding = false
        if holding {
            for part in parts { acknowledge(g, part) }
        } else if !stream.shareGroups[g].saidRefusedAcks {
            stream.shareGroups[g].saidRefusedAcks = true
            log(.bad, "\(memberName(g, m)) finished its batch after its \(formatLock(g)) record lock ran out: "
                + "its acknowledgements are refused, the records went to other members")
        }
        advanceStartOffsets(g)
        shareFetch(g, m, generation: generation)
    }

    /// A batch's lock ran out before its member acknowledged it: a live member's slow batch, or
    /// what a crashed member left locked.
    mutating func shareLockExpiry(_ g: Int, _ m: Int, serial: UInt32) {
        guard isShareGroup(g), m < stream.shareGroups[g].members.count else { return }
        let member = stream.shareGroups[g].members[m]
        if member.serial == serial && member.holding {
            stream.shareGroups[g].members[m].holding = false
            for part in member.batch { expire(g, part) }
        } else if let k = stream.shareGroups[g].orphans.firstIndex(where: { $0.member == Int32(m) && $0.serial == serial }) {
            let orphan = stream.shareGroups[g].orphans.remove(at: k)
            for part in orphan.parts {
                stream.shareGroups[g].members[m].orphaned -= part.count
                expire(g, part)
            }
            if !stream.shareGroups[g].saidLockExpiry {
                stream.shareGroups[g].saidLockExpiry = true
                log(.warning, "\(memberName(g, m))'s record locks ran out (\(formatLock(g))): "
                    + "the records it held go back to the others, with their delivery count raised")
            }
        } else {
            return
        }
        advanceStartOffsets(g)
        wakeShareMembers(g)
    }

    private mutating func expire(_ g: Int, _ part: SharePart) {
        stream.shareGroups[g].counters.lockExpired += part.count
        settle(g, part, from: part.first, count: part.count, outcome: .released)
    }

    enum ShareOutcome { case accepted, released, rejected }

    /// Settles one batch part record by record: failures (the `fail` share, poison records) are
    /// released or rejected, the rest accepted; consecutive records with one outcome go together.
    mutating func acknowledge(_ g: Int, _ part: SharePart) {
        let cfg = config.groups[g]
        let t = cfg.topic, p = Int(part.partition)
        let hasPoison = stream.topics[t].hasPoison
        if cfg.fail == 0 && (!hasPoison || stream.topics[t].partitions[p].firstPoison(from: part.first, to: part.first + part.count) == nil) {
            settle(g, part, from: part.first, count: part.count, outcome: .accepted)
            return
        }
        let failAs: ShareOutcome = cfg.share!.onFail == .reject ? .rejected : .released
        var runStart = part.first, runOutcome: ShareOutcome?
        for o in part.first..<(part.first + part.count) {
            var failed = hasPoison && stream.topics[t].partitions[p].firstPoison(from: o, to: o + 1) != nil
            if !failed && cfg.fail > 0 { failed = stream.shareGroups[g].rng.unit() < cfg.fail }
            let outcome = failed ? failAs : .accepted
            if let r = runOutcome, r != outcome {
                settle(g, part, from: runStart, count: o - runStart, outcome: r)
                runStart = o
            }
            runOutcome = outcome
        }
        if let r = runOutcome { settle(g, part, from: runStart, count: part.first + part.count - runStart, outcome: r) }
    }

    /// Records [from, from+count) of an acquired part leave the acquired state.
    mutating func settle(_ g: Int, _ part: SharePart, from: Int64, count: Int64, outcome: ShareOutcome) {
        let p = Int(part.partition)
        guard let i = stream.shareGroups[g].partitions[p].window.firstIndex(where: {
            $0.first <= from && from < $0.end && $0.state == .acquired
        }) else { return }
        var s = takeShareGroup(g)
        var run = s.partitions[p].window[i]
        // Split the acquired run around the settled records.
        var pieces: [ShareRun] = []
        if run.first < from { pieces.append(ShareRun(first: run.first, count: from - run.first, deliveries: run.deliveries, state: .acquired)) }
        var mid = ShareRun(first: from, count: count, deliveries: run.deliveries, state: .done)
        let limit = config.groups[g].share!.deliveryLimit
        s.partitions[p].acquired -= count
        switch outcome {
        case .accepted:
            s.counters.accepted += count
        case .rejected:
            s.counters.rejected += count
        case .released:
            if mid.deliveries >= limit {
                s.counters.archived += count
                if !s.saidArchive {
                    s.saidArchive = true
                    let to = config.groups[g].share!.deadLetter.map { " and written to \(config.topics[$0].name)" } ?? ""
                    log(.bad, "\(config.groups[g].name): a record reached its delivery limit (\(limit) deliveries): archived\(to)")
                }
            } else {
                s.counters.released += count
                mid.state = .available
                s.partitions[p].available += count
            }
        }
        if pieces.isEmpty && from + count == run.end {
            // The whole run settles one way: no split (the common case, a batch part accepted).
            s.partitions[p].window[i] = mid
        } else {
            pieces.append(mid)
            run.first = from + count
            run.count = part.first + part.count - run.first
            if run.count > 0 { pieces.append(run) }
            s.partitions[p].window.replaceSubrange(i...i, with: pieces)
        }
        stream.shareGroups[g] = s
        if outcome == .released && mid.state == .done, let dlq = config.groups[g].share!.deadLetter {
            writeDeadLetters(g, topic: dlq, count: count)
        }
    }

    /// Done records at the front of a window move the share-partition start offset on.
    mutating func advanceStartOffsets(_ g: Int) {
        var s = takeShareGroup(g)
        for p in s.partitions.indices {
            while let f = s.partitions[p].window.first, f.state == .done { s.partitions[p].window.removeFirst() }
            s.partitions[p].spso = s.partitions[p].window.first?.first ?? s.partitions[p].next
        }
        stream.shareGroups[g] = s
    }

    /// Archived records go to the group's dead-letter topic, round-robin over its partitions.
    mutating func writeDeadLetters(_ g: Int, topic t: Int, count: Int64) {
        let n = stream.topics[t].partitions.count
        let p = stream.shareGroups[g].deadLetterCursor % n
        stream.shareGroups[g].deadLetterCursor = (p + 1) % n
        let tc = config.topics[t]
        stream.topics[t].partitions[p].append(count: count, bytes: count * 1024, first: now, last: now,
                                              segmentTime: tc.segmentTime, segmentBytes: tc.segmentBytes,
                                              maxSegments: stream.maxSegments)
        stream.topics[t].appended += count
        stream.shareGroups[g].counters.deadLettered += count
        wakeWaiters(topic: t)
    }

    /// Released records are there to take: idle members waiting for a batch fetch now.
    mutating func wakeShareMembers(_ g: Int) {
        guard isShareGroup(g) else { return }
        let s = stream.shareGroups[g]
        for m in s.members.indices where s.members[m].alive && !s.members[m].holding && s.members[m].waitingSince != nil {
            shareFetch(g, m, generation: s.members[m].generation)
        }
    }

    func formatLock(_ g: Int) -> String { "\(config.groups[g].share!.recordLock)" }
}
