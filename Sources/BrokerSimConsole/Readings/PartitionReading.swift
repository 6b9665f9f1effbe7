/// One partition's log: its retention edge, its end, and each group's committed offset.
public struct PartitionReading: Hashable, Sendable {
    public var logStart: Int64
    public var logEnd: Int64
    /// Committed offset per group of the topic, in `TopicReading.groups` order;
    /// nil when the group has no offset on this partition yet.
    public var committed: [Int64?]

    public init(logStart: Int64, logEnd: Int64, committed: [Int64?]) {
        self.logStart = logStart; self.logEnd = logEnd; self.committed = committed
    }
}
