import BrokerSimCore

/// Queue fields of a clustered broker (docs/cluster-model.md): present only with `broker.nodes` > 1.
extension Report {
    static func clusterFields(_ w: World, _ q: Int) -> [(String, JSONValue)] {
        guard !w.cluster.queues.isEmpty else { return [] }
        let c = w.cluster.queues[q]
        return [
            ("node", .string(w.rabbitNodeName(Int(c.leader)))),
            ("replicas_up", .int(Int64(c.replicas.count(where: { w.cluster.nodes[Int($0)].up })))),
            ("available", .bool(c.availability == .up)),
            ("unavailable_seconds", .seconds(w.unavailableSeconds(q))),
            ("leader_changes", .int(c.leaderChanges)),
        ]
    }
}
