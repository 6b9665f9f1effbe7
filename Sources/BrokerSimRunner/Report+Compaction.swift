import BrokerSimCore

/// Report fields of compacted topics and of the groups reading them (docs/compaction.md);
/// absent elsewhere, so other reports stay as they were.
extension Report {
    static func compactionFields(_ w: World, _ t: Int) -> [(String, JSONValue)] {
        guard let ratio = w.dirtyRatio(t) else { return [] }
        let parts = w.stream.topics[t].partitions.indices
        return [
            ("cleanup", .string(w.config.topics[t].cleanup.policy.rawValue)),
            ("records", .int(parts.reduce(0) { $0 + w.recordsOnLog(t, $1) })),
            ("dirty_ratio", JSONValue.rounded(ratio, 4)),
            ("compacted", .int(w.compacted(t))),
            ("cleanings", .int(w.stream.compaction[t].reduce(0) { $0 + $1.cleanings })),
            ("tombstones", .int(w.tombstonesOnLog(t))),
        ]
    }

    static func compactionPartitionFields(_ w: World, _ t: Int, _ p: Int) -> [(String, JSONValue)] {
        guard w.config.topics[t].cleanup.policy.compacts else { return [] }
        return [("records", .int(w.recordsOnLog(t, p)))]
    }

    static func compactionGroupFields(_ w: World, _ g: Int) -> [(String, JSONValue)] {
        guard w.config.topics[w.config.groups[g].topic].cleanup.policy.compacts else { return [] }
        let c = w.stream.groups[g].counters
        return [("compaction_gaps", .int(c.compactionGaps)), ("records_read", .int(c.processed - c.compactionGaps))]
    }
}
