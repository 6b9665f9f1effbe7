/// The task-queue broker's resources (docs/scenarios.md `broker:`); defaults follow RabbitMQ 3.10.
public struct BrokerConfig: Sendable, Equatable {
    public var memory: Int64 = 4 << 30
    public var highWatermark: Double = 0.4
    public var pagingRatio: Double = 0.5
    /// Messages paged per second at most.
    public var pageRate: Double = 50_000
    public var messageOverhead: Int64 = 700
    public var pagedOverhead: Int64 = 100
    public var memoryCheck: SimDuration = .millis(2500)
    /// Deliveries per second of one queue at most; 0 = no limit.
    public var queueRateLimit: Double = 0
    /// Cluster nodes `rabbit-1` … (docs/cluster-model.md); 1 = a single node, no cluster.
    public var nodes = 1
    /// A quorum queue's replicas electing a new leader after the leader's node died.
    public var election: SimDuration = .secs(2)
    /// Replicas of a quorum queue, at most one per node.
    public var quorumSize = 3
    public init() {}
}

public enum QueueKind: String, Sendable, Equatable { case classic, quorum, stream }

public enum Overflow: String, Sendable, Equatable {
    case dropHead = "drop-head"
    case rejectPublish = "reject-publish"
    case rejectPublishDLX = "reject-publish-dlx"
}

/// Where a message is published or dead-lettered to.
public enum Destination: Sendable, Equatable {
    case queue(Int)
    case exchange(Int, routingKey: String)
}

public struct QueueConfig: Sendable, Equatable {
    public var name: String
    public var kind: QueueKind = .classic
    public var durable = false
    public var maxLength: Int64?
    public var overflow: Overflow = .dropHead
    public var messageTTL: SimDuration?
    public var deadLetter: Destination?
    /// Quorum only.
    public var deliveryLimit: Int?
    /// Clustered broker: the node a classic queue lives on, or a quorum queue's first leader.
    public var node = 0
    /// `type: stream` only.
    public var stream = StreamQueueConfig()
    /// Only the first subscribed consumer gets messages; the next takes over when it goes.
    public var singleActiveConsumer = false
    public init(name: String) { self.name = name }
}

public enum ExchangeKind: String, Sendable, Equatable { case direct, fanout, topic }

public struct BindingConfig: Sendable, Equatable {
    public var queue: Int
    /// Ignored by fanout; `*` and `#` wildcards for topic exchanges.
    public var key: String
    public init(queue: Int, key: String = "") { self.queue = queue; self.key = key }
}

public struct ExchangeConfig: Sendable, Equatable {
    public var name: String
    public var kind: ExchangeKind
    public var bindings: [BindingConfig] = []
    public init(name: String, kind: ExchangeKind) { self.name = name; self.kind = kind }
}

public enum AckMode: String, Sendable, Equatable { case manual, auto }
public enum QueueFailAction: String, Sendable, Equatable { case requeue, deadLetter = "dead-letter" }

public struct WorkerPoolConfig: Sendable, Equatable {
    public var name: String
    public var queue: Int
    public var count = 1
    /// Unacked messages per worker; 0 = unlimited.
    public var prefetch = 0
    /// Time per message, in microseconds.
    public var work: Distribution = .constant(0)
    public var ack: AckMode = .manual
    public var ackDelay: SimDuration = .zero
    public var fail: Double = 0
    public var onFail: QueueFailAction = .requeue
    public var start: SimDuration = .zero
    /// On a stream: where each instance starts reading, and how often it stores its offset on
    /// the server (nil = never: a restart starts again from `offset`).
    public var offset: StreamOffsetSpec = .next
    public var track: SimDuration?
    public init(name: String, queue: Int) { self.name = name; self.queue = queue }
}
