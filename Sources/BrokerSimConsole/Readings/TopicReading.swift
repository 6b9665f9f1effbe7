/// A topic: its partitions and the groups that read it.
public struct TopicReading: Hashable, Sendable {
    public var name: String
    public var partitions: [PartitionReading]
    /// The names of the groups reading this topic, in declaration order (their letters `a`,
    /// `b`… on the tapes); each is found in `Frame.groups` by its name.
    public var groups: [String]
    /// Records appended per second over the last sample interval.
    public var inRate: Double
    /// Replicated topics only: one per partition.
    public var replicas: [ReplicaReading] = []
    /// Kafka brokers down now (replicated topics only).
    public var brokersDown: [String] = []
    /// Compacted topics only: the cleaner's row.
    public var compaction: CompactionReading?
    /// Rows under the tapes: the replication and the compaction lines.
    public var extraRows: Int { (replicas.isEmpty ? 0 : 1) + (compaction == nil ? 0 : 1) }

    public init(name: String, partitions: [PartitionReading], groups: [String], inRate: Double = 0) {
        self.name = name; self.partitions = partitions; self.groups = groups; self.inRate = inRate
    }
}
