import BrokerSimCore

/// Report fields of replicated topics (docs/replication-model.md): present only where a topic
/// declares `replication:`, so other reports are unchanged.
extension Report {
    static func replicationFields(_ w: World, _ t: Int) -> [(String, JSONValue)] {
        guard w.config.topics[t].replication > 0 else { return [] }
        let r = w.stream.replication.topics[t]
        return [
            ("refused", .int(r.refused)),
            ("lost_unreplicated", .int(r.lostUnreplicated)),
            ("lost_unclean", .int(r.lostUnclean)),
            ("leader_elections", .int(r.elections)),
            ("unclean_elections", .int(r.uncleanElections)),
            ("offline_partitions", .int(Int64(r.partitions.count(where: { $0.leader < 0 })))),
            ("under_replicated", .int(Int64(r.partitions.count(where: { $0.isrCount < $0.replicas.count })))),
        ]
    }

    static func replicaPartitionFields(_ w: World, _ t: Int, _ p: Int) -> [(String, JSONValue)] {
        guard w.config.topics[t].replication > 0 else { return [] }
        let rs = w.stream.replication.topics[t].partitions[p]
        return [
            ("leader", rs.leader >= 0 ? .string(w.kafkaBrokerName(Int(rs.leader))) : .null),
            ("isr", .int(Int64(rs.isrCount))),
            ("replication_lag", .int(w.replicationLag(t, p))),
        ]
    }

    static func truncatedField(_ w: World, _ g: Int) -> [(String, JSONValue)] {
        guard w.config.topics[w.config.groups[g].topic].replication > 0 else { return [] }
        return [("truncated", .int(w.stream.replication.groupTruncated[g]))]
    }

    static func producerLostField(_ w: World, _ p: Int) -> [(String, JSONValue)] {
        guard case .topic(let t) = w.config.producers[p].target, w.config.topics[t].replication > 0 else { return [] }
        return [("lost", .int(w.stream.replication.producerLost[p]))]
    }
}
