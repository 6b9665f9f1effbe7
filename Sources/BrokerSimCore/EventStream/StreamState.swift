/// The event-stream side: topics, partitions and consumer groups.
public struct StreamState: Sendable {
    public internal(set) var topics: [TopicState] = []
    public internal(set) var groups: [GroupState] = []
    /// Reference mode: every group consumes poll by poll, never in closed form (tests compare).
    public var pollByPoll = false
    /// Per producer (topic producers only): share of its records per partition.
    var shares: [[Double]] = []
    /// Per producer and partition: fraction of a record produced, carried between steps.
    var produceCarry: [[Double]] = []
    /// Per producer: next partition of a keyless batch (sticky partitioner).
    var stickyCursor: [Int] = []
    public init() {}
}

public enum StreamEvent: Sendable, Equatable {
    case retentionCheck(topic: Int32)
    case topicBacklog(producer: Int32)
    case groupStart(group: Int32)
    case rebalanceDone(group: Int32, generation: UInt32)
    case sessionTimeout(group: Int32, member: Int32, generation: UInt32)
    case pollTimeout(group: Int32, member: Int32, generation: UInt32)
    case batchDone(group: Int32, member: Int32, generation: UInt32)
    case wake(group: Int32, member: Int32, generation: UInt32)
}
