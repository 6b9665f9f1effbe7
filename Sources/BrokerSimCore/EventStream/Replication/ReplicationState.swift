import DequeModule

/// Kafka brokers and the replica sets of replicated topics (docs/replication-model.md).
/// Sized by brokers and partitions, never by records: what followers have not copied yet is a
/// short list of runs per partition.
public struct ReplicationState: Sendable {
    public internal(set) var brokers: [KafkaBroker] = []
    /// Per topic; empty partitions for a topic without `replication:`.
    public internal(set) var topics: [ReplicatedTopic] = []
    /// Per producer: records acknowledged (acks 1) or sent (acks 0) that a leader's loss took.
    public internal(set) var producerLost: [Int64] = []
    /// Per group: records it processed that an unclean election took off the log.
    public internal(set) var groupTruncated: [Int64] = []
    public init() {}
}

public struct KafkaBroker: Sendable {
    public internal(set) var up = true
    var generation: UInt32 = 0
}

/// One replicated topic's partitions and what its leaders' losses cost.
public struct ReplicatedTopic: Sendable {
    public internal(set) var partitions: [ReplicaSet] = []
    /// acks=all records refused with NotEnoughReplicas.
    public internal(set) var refused: Int64 = 0
    /// Records only the old leader had (acks 0 or 1) when a clean election replaced it.
    public internal(set) var lostUnreplicated: Int64 = 0
    /// Records on the log an unclean election cut off (the new leader never had them).
    public internal(set) var lostUnclean: Int64 = 0
    public internal(set) var elections: Int64 = 0
    public internal(set) var uncleanElections: Int64 = 0
}

/// One partition's replicas. `Partition` itself holds what every in-sync replica has (the
/// high watermark, what consumers read); the leader's records not on every in-sync follower
/// yet wait in `tail`.
public struct ReplicaSet: Sendable {
    /// Broker indices, the preferred leader first.
    public internal(set) var replicas: [Int32]
    public internal(set) var inSync: [Bool]
    /// Broker index of the leader, or -1 (offline, or its loss not noticed yet).
    public internal(set) var leader: Int32
    /// The log end each replica held when it fell out of sync (an unclean election truncates to it).
    var ends: [Int64]
    /// The broker that led when the partition lost its leader: it still holds everything.
    public internal(set) var lostLeader: Int32 = -1
    /// When that leader died: what it acknowledged before then and no follower had is what a
    /// clean election loses.
    var lostAt = SimTime.zero
    /// The controller found no replica to elect: offline until one returns.
    public internal(set) var offline = false
    var tail = Deque<TailRun>()
    /// Records in `tail` not yet released.
    public internal(set) var pending: Int64 = 0

    init(replicas: [Int32]) {
        self.replicas = replicas
        inSync = Array(repeating: true, count: replicas.count)
        leader = replicas[0]
        ends = Array(repeating: 0, count: replicas.count)
    }

    public var isrCount: Int { inSync.count(where: { $0 }) }
}

/// Records of one producer the followers have not copied yet, sent evenly over [first, last].
struct TailRun: Sendable {
    var producer: Int32
    var count: Int64
    var released: Int64 = 0
    var bytes: Int64
    var first: SimTime
    var last: SimTime

    var left: Int64 { count - released }

    /// Records of the run sent at or before `t`.
    func sent(by t: SimTime) -> Int64 {
        if t >= last { return count }
        if t < first { return 0 }
        let span = Double((last - first).micros)
        return min(count, Int64(Double((t - first).micros) / span * Double(count - 1)) + 1)
    }

    /// When record `k` (0-based) of the run was sent.
    func time(of k: Int64) -> SimTime {
        guard count > 1 else { return last }
        return SimTime(micros: first.micros + Int64((Double((last - first).micros) * Double(k) / Double(count - 1)).rounded()))
    }
}
