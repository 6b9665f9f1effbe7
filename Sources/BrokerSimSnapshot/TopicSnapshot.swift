/// One topic of a partitioned log (Kafka-style) as read: its partitions' offsets.
public struct TopicSnapshot: Codable, Hashable, Sendable {
    public var name: String
    public var partitions: [PartitionSnapshot]
    /// Records appended so far, when the source counts them (a simulation does); the rate in is
    /// measured from it, else from the log ends.
    public var appended: Int64?

    public init(name: String, partitions: [PartitionSnapshot], appended: Int64? = nil) {
        self.name = name; self.partitions = partitions; self.appended = appended
    }

    /// Records on the log end side of every partition together.
    public var logEnd: Int64 { partitions.reduce(0) { $0 + $1.logEnd } }
}

/// One partition: the oldest offset still stored, the next to be written, and its leader.
public struct PartitionSnapshot: Codable, Hashable, Sendable {
    public var logStart: Int64
    public var logEnd: Int64
    /// The broker leading it (`kafka-2`); nil while it has none, or for a source without brokers.
    public var leader: String?

    public init(logStart: Int64, logEnd: Int64, leader: String? = nil) {
        self.logStart = logStart; self.logEnd = logEnd; self.leader = leader
    }
}
