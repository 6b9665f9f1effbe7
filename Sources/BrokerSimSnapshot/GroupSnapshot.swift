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
    /// Records one poll returns at most (`max.poll.records`), when the source knows it.
    public var maxPoll: Int64?
    /// Members reading: joined to a group that is started and not stopped (nil: the source
    /// does not say; `members` counts then).
    public var readers: Int?

    public init(name: String, topic: String, state: String, members: [String] = [], partitions: [GroupPartitionSnapshot] = [],
                unread: Int64? = nil, maxPoll: Int64? = nil, readers: Int? = nil) {
        self.name = name; self.topic = topic; self.state = state; self.members = members; self.partitions = partitions
        self.unread = unread; self.maxPoll = maxPoll; self.readers = readers
    }

    /// Records between the committed offsets and the log ends of `topic`: the group's lag.
    public func lag(on topic: TopicSnapshot) -> Int64 {
        zip(partitions, topic.partitions).reduce(0) { $0 + max(0, $1.1.logEnd - ($1.0.committed ?? $1.1.logStart)) }
    }

    /// The readings the health rule judges, when the source gave all of them (the poll size and,
    /// on every partition, unread records, capacity and arrivals); nil otherwise.
    public var healthRule: GroupHealthRule? {
        guard let maxPoll, !partitions.isEmpty else { return nil }
        var readings: [GroupHealthRule.Partition] = []
        readings.reserveCapacity(partitions.count)
        for p in partitions {
            guard let unread = p.unread, let capacity = p.capacity, let arrivals = p.arrivalRate else { return nil }
            readings.append(.init(unread: unread, capacity: capacity, arrivals: arrivals))
        }
        return GroupHealthRule(reading: (readers ?? members.count) > 0, maxPoll: maxPoll, partitions: readings)
    }
}

/// A group's place in one partition.
public struct GroupPartitionSnapshot: Codable, Hashable, Sendable {
    /// nil before the group first committed there.
    public var committed: Int64?
    public var member: String?
    /// Records from the group's read position to the log end (nil: the source knows only what
    /// was committed).
    public var unread: Int64?
    /// Records per second the group can read here now: 0 when nobody reads it.
    public var capacity: Double?
    /// Records per second arriving on the partition.
    public var arrivalRate: Double?

    public init(committed: Int64?, member: String? = nil, unread: Int64? = nil, capacity: Double? = nil,
                arrivalRate: Double? = nil) {
        self.committed = committed; self.member = member
        self.unread = unread; self.capacity = capacity; self.arrivalRate = arrivalRate
    }
}
