extension World {
    /// A retention check (every `retention_check`, after everything else at its instant): deletes
    /// old closed segments, then every group reading a partition below its new log start finds out.
    mutating func retentionCheck(_ t: Int) {
        let tc = config.topics[t]
        var deleted: Int64 = 0
        // `cleanup: compact` alone deletes nothing by age; a compacted log's deleted offsets hold fewer records.
        for p in stream.topics[t].partitions.indices where tc.cleanup.policy.deletes {
            let from = stream.topics[t].partitions[p].logStart
            deleted += stream.topics[t].partitions[p].applyRetention(now: now, retention: tc.retention,
                                                                      retentionBytes: tc.retentionBytes)
            deleted -= compactionGaps(t, p, from: from, to: stream.topics[t].partitions[p].logStart)
        }
        stream.topics[t].deletedByRetention += deleted
        schedule(.stream(.retentionCheck(topic: Int32(t))), at: now + tc.retentionCheck, phase: .late)
        cleanerPass(t)
        guard deleted > 0 else { return }
        if stream.topics[t].deletedByRetention == deleted {
            log(.info, "retention deleted \(tc.name)'s oldest \(plural(deleted, "record")) for the first time "
                + "(\(short(deleted))): its log start moves right")
        }
        for g in config.groups.indices where config.groups[g].topic == t {
            var lost: Int64 = 0
            for p in stream.groups[g].partitions.indices where isReading(g, p) && batchOn(g, p) == nil {
                lost += resetIfBelowLogStart(g, p)
            }
            if lost > 0 { logRetentionLoss(g, lost) }
            noteFallingOff(g, t)
        }
    }

    /// The first time a group's committed offset is below the log start while nobody reads
    /// for it (the `◀` on its tape), the feed says so: those records are gone before it read them.
    mutating func noteFallingOff(_ g: Int, _ t: Int) {
        guard stream.groups[g].started, !stream.groups[g].stopped, !stream.groups[g].fellOffNoted else { return }
        let below = stream.groups[g].partitions.indices.filter {
            stream.groups[g].partitions[$0].hasOffset
                && stream.groups[g].partitions[$0].committed < stream.topics[t].partitions[$0].logStart
        }
        guard let p = below.first else { return }
        stream.groups[g].fellOffNoted = true
        log(.bad, "\(config.groups[g].name) fell off the log start of \(config.topics[t].name)-\(p) (◀ on its tape): "
            + "retention deleted records it had not read")
    }

    mutating func logRetentionLoss(_ g: Int, _ lost: Int64) {
        let from = config.groups[g].from
        log(.bad, "\(config.groups[g].name) fell below the log start: \(short(lost)) \(plural(lost, "record")) lost to retention"
            + (from == .none ? "" : "; resuming at the \(from == .earliest ? "log start" : "log end")"))
    }

    /// The in-flight batch of the owner of partition `p`, if any.
    func batchOn(_ g: Int, _ p: Int) -> MemberState.Batch? {
        let o = Int(stream.groups[g].partitions[p].owner)
        guard o >= 0, let b = stream.groups[g].members[o].batch, Int(b.partition) == p else { return nil }
        return b
    }

    /// The group's position on `p` is below the log start: those records are gone for it
    /// (counted now, when it finds out) and it resumes per `from` (the model rules in docs/).
    /// - Returns: records lost to retention.
    mutating func resetIfBelowLogStart(_ g: Int, _ p: Int) -> Int64 {
        let part = stream.topics[config.groups[g].topic].partitions[p]
        let gp = stream.groups[g].partitions[p]
        guard gp.position < part.logStart else { return 0 }
        let lost = max(0, part.logStart - max(gp.position, gp.frontier))
        account(g, p, .lostToRetention, to: part.logStart)
        switch config.groups[g].from {
        case .earliest:
            moveTo(g, p, part.logStart)
        case .latest:
            account(g, p, .skipped, to: part.logEnd)
            moveTo(g, p, part.logEnd)
        case .none:
            moveTo(g, p, part.logStart)
            stopGroup(g, "its offset on \(config.topics[config.groups[g].topic].name)-\(p) is below the log start "
                      + "and from: none — the group stopped with an error (no valid offset)")
        }
        return lost
    }

    /// Position and bookmark jump to `offset` (an offset reset).
    mutating func moveTo(_ g: Int, _ p: Int, _ offset: Int64) {
        stream.groups[g].partitions[p].position = offset
        stream.groups[g].partitions[p].committed = offset
        stream.groups[g].partitions[p].carry = 0
        stream.groups[g].partitions[p].attempts = 0
    }
}
