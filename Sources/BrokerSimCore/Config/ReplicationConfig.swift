/// What a producer waits for before a record counts as sent (Kafka's `acks`).
public enum Acks: String, Sendable, Equatable {
    /// Fire and forget: the producer never hears back.
    case none = "0"
    /// The leader wrote it; followers may not have it yet.
    case leader = "1"
    /// Every in-sync replica has it (and there are at least `min_insync` of them).
    case all
}

/// The Kafka brokers that replicated topics live on (docs/scenarios.md `kafka:`).
/// Brokers exist only for topics that declare `replication:`; others cost nothing.
public struct KafkaClusterConfig: Sendable, Equatable {
    /// Brokers `kafka-1` … `kafka-N`; 0 = as many as the largest `replication:`.
    public var brokers = 0
    /// How far in-sync followers trail their leader (records younger than this are on the leader only).
    public var replicaLag: SimDuration = .millis(10)
    /// From a broker's crash to the controller acting on it (KRaft's broker.session.timeout.ms).
    public var detection: SimDuration = .secs(9)
    /// Records per second a returning follower copies per partition before it rejoins the ISR.
    public var catchUpRate: Double = 100_000
    public init() {}
}
