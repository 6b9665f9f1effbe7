/// RabbitMQ cluster nodes and where each queue lives (docs/cluster-model.md). Empty for a
/// single-node broker: nothing is checked and nothing costs more.
public struct ClusterState: Sendable {
    public internal(set) var nodes: [RabbitNode] = []
    /// Per queue.
    public internal(set) var queues: [QueueCluster] = []
    public init() {}
}

public struct RabbitNode: Sendable {
    public internal(set) var up = true
    var generation: UInt32 = 0
}

/// Whether a queue can take publishes and deliver now.
public enum QueueAvailability: UInt8, Sendable {
    case up
    /// Quorum: the leader's node died and the replicas elect a new one; publishes are taken
    /// (the majority is there), deliveries wait.
    case electing
    /// Classic: its node is down. Quorum: no majority of its replicas is up.
    case down
}

public struct QueueCluster: Sendable {
    /// Node indices holding the queue: a classic queue's home node alone; a quorum queue's
    /// replicas, the first the leader at the start.
    public internal(set) var replicas: [Int32]
    public internal(set) var leader: Int32
    public internal(set) var availability = QueueAvailability.up
    var electionGeneration: UInt32 = 0
    /// Since when it is not `.up`, and the time it spent so before.
    var unavailableSince: SimTime?
    public internal(set) var unavailableMicros: Int64 = 0
    public internal(set) var leaderChanges: Int64 = 0
}
