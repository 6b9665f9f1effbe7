/// Everything a `World` needs, with names already resolved to dense indices.
///
/// The scenario layer builds this from YAML; tests build it in code. Index `i`
/// of each array is the ID of that entity (`QueueID(i)` and so on).
public struct WorldConfig: Sendable, Equatable {
    public var seed: UInt64 = 1
    public var stop: StopCondition = .after(.secs(600))
    public var broker = BrokerConfig()
    public var queues: [QueueConfig] = []
    public var exchanges: [ExchangeConfig] = []
    public var workers: [WorkerPoolConfig] = []
    public var topics: [TopicConfig] = []
    public var kafka = KafkaClusterConfig()
    public var groups: [GroupConfig] = []
    public var services: [ServiceConfig] = []
    public var producers: [ProducerConfig] = []
    /// In file order; the world sorts by `at` (stably) itself.
    public var timeline: [TimelineEntry] = []
    public init() {}

    /// True when the scenario declares any task-queue resource.
    public var usesTaskQueue: Bool { !queues.isEmpty || !exchanges.isEmpty || !workers.isEmpty }
}
