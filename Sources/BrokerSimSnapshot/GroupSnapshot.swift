/// One consumer group as read: its members, its state, and per partition of its topic the
/// committed offset and the member that owns it.
public struct GroupSnapshot: Codable, Hashable, Sendable {
    public var name: String
    public var topic: String
    /// The source's word for its state (`keeping-up`, `rebalancing`, `Stable`, `Empty`…).
    public var state: String
    public var members: [String]
    public var partitions: [GroupPartitionSnapshot]

    public init(name: String, topic: String, state: String, members: [String] = [], partitions: [GroupPartitionSnapshot] = []) {
        self.name = name; self.topic = topic; self.state = state; self.members = members; self.partitions = partitions
    }

    /// Records between the committed offsets and the log ends of `topic`: the group's lag.
    public func lag(on topic: TopicSnapshot) -> Int64 {
        zip(partitions, topic.partitions).reduce(0) { $0 + max(0, $1.1.logEnd - ($1.0.committed ?? $1.1.logStart)) }
    }
}

/// A group's place in one partition.
public struct GroupPartitionSnapshot: Codable, Hashable, Sendable {
    /// nil before the group first committed there.
    public var committed: Int64?
    public var member: String?

    public init(committed: Int64?, member: String? = nil) {
        self.committed = committed; self.member = member
    }
}
