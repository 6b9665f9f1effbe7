/// One consumer group as read: its members, its state, and per partition of its topic the
/// committed offset and the member that owns it.
public struct GroupSnapshot: Codable, Hashable, Sendable {
    public var name: String
    public var topic: String
    /// The source's word for its state (`keeping-up`, `rebalancing`, `Stable`, `Empty`…).
    public var state: String
    public var members: [String]
    public var partitions: [GroupPartitionSnapshot]
    /// Records not read yet (from each partition's read position to its log end), when the
    /// source knows where the group reads (a simulation does; a broker says only what was
    /// committed). The lag sparkline shows it, else the lag from the committed offsets.
    public var unread: Int64?

    public init(name: String, topic: String, state: String, members: [String] = [], partitions: [GroupPartitionSnapshot] = [],
                unread: Int64? = nil) {
        self.name = name; self.topic = topic; self.state = state; self.members = members; self.partitions = partitions
        self.unread = unread
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
