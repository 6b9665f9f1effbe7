/// One topic: its partitions and counters.
public struct TopicState: Sendable {
    public internal(set) var partitions: [Partition]
    public internal(set) var appended: Int64 = 0
    public internal(set) var deletedByRetention: Int64 = 0
    /// Some producer to this topic sends poison records, or a group dead-letters into it: its groups
    /// consume poll by poll.
    var hasPoison = false

    init(partitions n: Int) { partitions = Array(repeating: Partition(), count: n) }

    public var logStart: Int64 { partitions.reduce(0) { $0 + $1.logStart } }
    public var logEnd: Int64 { partitions.reduce(0) { $0 + $1.logEnd } }
    /// Appends made by events (bursts, backlogs): a closed-form run ends at each.
    var eventAppends: UInt32 = 0
}
