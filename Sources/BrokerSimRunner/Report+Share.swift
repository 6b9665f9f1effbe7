import BrokerSimCore

extension Report {
    /// A share group's entry in `groups` (docs/report.md, share groups): its record counters,
    /// then per partition the share-partition start offset and the in-flight window.
    static func shareGroup(_ w: World, _ g: Int) -> JSONValue {
        let s = w.shareGroup(g)!, c = s.counters
        let t = w.config.groups[g].topic
        return .object([
            ("share", .bool(true)),
            ("processed", .int(c.processed)),
            ("acquired", .int(c.acquired)),
            ("accepted", .int(c.accepted)),
            ("released", .int(c.released)),
            ("rejected", .int(c.rejected)),
            ("archived", .int(c.archived)),
            ("redelivered", .int(c.redelivered)),
            ("in_flight", .int(s.inFlight)),
            ("lock_expired", .int(c.lockExpired)),
            ("dead_lettered", .int(c.deadLettered)),
            ("lag", .int(w.shareLag(g))),
            ("partitions", .array(s.partitions.indices.map { p in
                .object([
                    ("start_offset", .int(s.partitions[p].spso)),
                    ("end_offset", .int(s.partitions[p].next)),
                    ("in_flight", .int(s.partitions[p].acquired)),
                    ("lag", .int(w.stream.topics[t].partitions[p].logEnd - s.partitions[p].spso)),
                ])
            })),
        ])
    }
}
