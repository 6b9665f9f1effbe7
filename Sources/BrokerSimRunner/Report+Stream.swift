import BrokerSimCore

extension Report {
    /// docs/report.md topic counters, in the order of docs/report.md.
    static func topics(_ w: World) -> JSONValue {
        .object(w.config.topics.indices.map { t in
            let s = w.stream.topics[t]
            return (w.config.topics[t].name, .object([
                ("appended", .int(s.appended)),
                ("log_start", .int(s.logStart)),
                ("log_end", .int(s.logEnd)),
                ("deleted_by_retention", .int(s.deletedByRetention)),
                ("partitions", .array(s.partitions.indices.map { p in
                    .object([("log_start", .int(s.partitions[p].logStart)), ("log_end", .int(s.partitions[p].logEnd))]
                            + replicaPartitionFields(w, t, p) + compactionPartitionFields(w, t, p))
                })),
                ("segments", .int(Int64(s.partitions.reduce(0) { $0 + $1.segments.count }))),
                ("bytes", .int(s.partitions.reduce(0) { $0 + $1.bytes })),
            ] + replicationFields(w, t) + compactionFields(w, t)))
        })
    }

    /// docs/report.md group counters, in the order of docs/report.md, then additions (`failed`, `status`, `catch_up_eta_seconds`).
    static func groups(_ w: World) -> JSONValue {
        .object(w.config.groups.indices.map { g in
            if w.config.groups[g].share != nil { return (w.config.groups[g].name, shareGroup(w, g)) }
            let s = w.stream.groups[g], c = s.counters
            // The console's rule over the same readings: one read for the status and the ETA.
            let health = w.healthReadings(g), status = health.status
            return (w.config.groups[g].name, .object([
                ("processed", .int(c.processed)),
                ("committed", .int(w.groupCommitted(g))),
                ("lag", .int(w.groupLag(g))),
                ("peak_lag", .int(c.peakLag)),
                ("lag_seconds", .seconds(w.lagSeconds(g))),
                ("duplicates", .int(c.duplicates)),
                ("skipped", .int(c.skipped)),
                ("lost", .int(c.lost)),
                ("lost_to_retention", .int(c.lostToRetention)),
                ("rebalances", .int(c.rebalances)),
                ("caught_up_at", .seconds(w.caughtUpAt(g)?.seconds)),
                ("idle_consumers", .int(Int64(w.idleConsumers(g)))),
                ("partitions", .array(s.partitions.indices.map { p in
                    let o = Int(s.partitions[p].owner)
                    return .object([
                        ("committed", .int(s.partitions[p].committed)),
                        ("lag", .int(w.partitionLag(g, p))),
                        ("member", o >= 0 ? .string(w.memberName(g, o)) : .null),
                    ])
                })),
                ("failed", .int(c.failed)),
                ("stopped", .bool(s.stopped)),
                ("status", .string(status.rawValue)),
                ("catch_up_eta_seconds", .seconds(health.catchUpSeconds(status))),
                ("out_of_order", w.groupOutOfOrder(g).map { .int($0) } ?? .null),
            ] + truncatedField(w, g) + compactionGroupFields(w, g)))
        })
    }
}
