/// A Kafka-like topic (docs/scenarios.md `topics:`); defaults follow Kafka 3.x.
public struct TopicConfig: Sendable, Equatable {
    public var name: String
    public var partitions = 1
    public var retention: SimDuration = .secs(7 * 86_400)
    /// Per partition; 0 = no size limit.
    public var retentionBytes: Int64 = 0
    public var segmentTime: SimDuration = .secs(7 * 86_400)
    public var segmentBytes: Int64 = 1 << 30
    public var retentionCheck: SimDuration = .secs(300)
    /// Replicas per partition; 0 = `replication:` not given (no brokers, nothing extra to pay).
    public var replication = 0
    public var minInsync = 1
    public var uncleanElection = false
    /// `cleanup:` and the log cleaner's settings (docs/compaction.md).
    public var cleanup = CompactionConfig()
    public init(name: String) { self.name = name }
}

public enum CommitMode: Sendable, Equatable {
    case auto(interval: SimDuration)
    case afterBatch
    case beforeBatch
}

public enum OffsetReset: String, Sendable, Equatable { case earliest, latest, none }
public enum Assignor: String, Sendable, Equatable {
    case range, roundrobin
    case cooperativeSticky = "cooperative-sticky"
}
public enum StreamFailAction: String, Sendable, Equatable { case retry, skip }

public struct GroupConfig: Sendable, Equatable {
    public var name: String
    public var topic: Int
    public var consumers = 1
    /// Time per record, in microseconds (`rate: R` becomes a constant 1/R).
    public var work: Distribution = .constant(0)
    public var maxPoll = 500
    public var commit: CommitMode = .auto(interval: .secs(5))
    public var from: OffsetReset = .latest
    public var assignor: Assignor = .range
    public var sessionTimeout: SimDuration = .secs(45)
    public var maxPollInterval: SimDuration = .secs(300)
    public var rebalanceTime: SimDuration = .secs(1)
    public var fail: Double = 0
    public var onFail: StreamFailAction = .retry
    public var retries = 3
    /// A consumer group's dead-letter (or retry) topic: a record it gives up on is written there
    /// and the partition moves on (docs/stream-model.md, "Retry and dead-letter topics").
    public var deadLetter: Int?
    public var start: SimDuration = .zero
    /// A share group (`share: true`): members share every partition, record by record.
    public var share: ShareSettings?
    public init(name: String, topic: Int) { self.name = name; self.topic = topic }
}
