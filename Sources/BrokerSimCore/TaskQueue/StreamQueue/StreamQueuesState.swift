/// RabbitMQ streams (`type: stream`): an append-only log per stream queue and a reading
/// position per consumer (docs/rabbit-streams.md). Sized by streams, segments and workers.
public struct StreamQueuesState: Sendable {
    /// Per queue: its index in `streams`, or -1 for a classic or quorum queue. Empty when the
    /// file has no stream, so the publish path pays one emptiness check.
    var ofQueue: [Int32] = []
    public internal(set) var streams: [StreamQueueLog] = []
    /// Per worker (grown with scale-ups): its reading position when it reads a stream.
    public internal(set) var consumers: [StreamConsumer] = []
    /// Per worker pool, under single active consumer: the offset its one consumer name stored.
    public internal(set) var poolStored: [Int64?] = []
    /// Per worker pool, under single active consumer: every offset below was read once by its consumer name.
    var poolFrontier: [Int64] = []
    public init() {}
}

public struct StreamQueueLog: Sendable {
    public var queue: Int
    /// The messages, as a Kafka partition holds records: segments and counters, never one per message.
    public internal(set) var log = Partition()
    public internal(set) var deletedByRetention: Int64 = 0
    var lastTick = SimTime.zero
    var tickPending = false
}

public struct StreamConsumer: Sendable {
    /// Next offset to read; -1 until the consumer first attaches.
    public internal(set) var position: Int64 = -1
    /// The offset this instance stored on the server (`track`), next to read after a restart;
    /// nil when none (under single active consumer the pool's `poolStored` is used instead).
    var stored: Int64?
    /// Every offset below this was read once: reading below it again is a duplicate.
    var frontier: Int64 = 0
    var carry: Double = 0
    var lastStore = SimTime.zero
    /// Single active consumer: this one reads; the others of its pool wait.
    public internal(set) var active = true
}
