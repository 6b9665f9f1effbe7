/// The event-stream side: topics, partitions and consumer groups.
public struct StreamState: Sendable {
    public internal(set) var topics: [TopicState] = []
    public internal(set) var groups: [GroupState] = []
    /// Per group: its share state (docs/share-groups.md); an empty one for a consumer group.
    /// Not optional: reading a field through an optional copies the whole state.
    public internal(set) var shareGroups: [ShareGroupState] = []
    /// Reference mode: every group consumes poll by poll, never in closed form (tests compare).
    public var pollByPoll = false
    /// Brokers and replica sets of topics with `replication:` (empty otherwise).
    public internal(set) var replication = ReplicationState()
    /// Per topic, per partition: the log cleaner's state (empty for a `cleanup: delete` topic).
    public internal(set) var compaction: [[PartitionCompaction]] = []
    /// Some topic is compacted: reads count compaction gaps.
    var compacting = false
    /// Per producer (topic producers only): share of its records per partition.
    var shares: [[Double]] = []
    /// Per producer: the instant its current rate took effect, and per partition the fraction
    /// of a record carried into that epoch and the records appended since it. Production over
    /// a span is cumulative(to) − cumulative(from): exact whatever the steps.
    var produceEpoch: [SimTime] = []
    var produceCarry: [[Double]] = []
    var producedInEpoch: [[Int64]] = []
    /// Per producer: the rate of the current epoch (the producer's own field already moved on).
    var previousRates: [Double] = []
    /// Per producer: next partition of a keyless batch (sticky partitioner).
    var stickyCursor: [Int] = []
    /// Topics that advance together (one each, or all when replication couples them).
    var units: [StreamUnit] = []
    var unitOfTopic: [Int32] = []
    /// Per topic: the producers writing to it, ascending.
    var topicProducers: [[Int32]] = []
    /// Reused buffers of the closed form, so that advancing it allocates nothing.
    var flowScratch: [FlowSlot] = []
    var endScratch: [Int64] = []
    var producedEndScratch: [Int64] = []
    var stampScratch: [(SimTime, SimTime)] = []
    /// Segments one partition may hold: the file's share of `segmentBudget`. Past it the active
    /// segment stops rolling, so tiny segments at a high rate cost neither memory nor time.
    var maxSegments = Int.max
    static let segmentBudget = 2_000_000
    public init() {}
}

public enum StreamEvent: Sendable, Equatable, BitwiseCopyable {
    case retentionCheck(topic: Int32)
    case topicBacklog(producer: Int32)
    case groupStart(group: Int32)
    case rebalanceDone(group: Int32, generation: UInt32)
    case sessionTimeout(group: Int32, member: Int32, generation: UInt32)
    case pollTimeout(group: Int32, member: Int32, generation: UInt32)
    case batchDone(group: Int32, member: Int32, generation: UInt32)
    case wake(group: Int32, member: Int32, generation: UInt32)
    /// Share groups: a member fetches, finishes a batch, or its batch's lock runs out.
    case shareFetch(group: Int32, member: Int32, generation: UInt32)
    case shareDone(group: Int32, member: Int32, generation: UInt32)
    case shareLockExpiry(group: Int32, member: Int32, serial: UInt32)
    /// The controller notices a Kafka broker's crash (stale when it restarted since).
    case brokerDetected(broker: Int32, generation: UInt32)
    /// Records appended by an event reach the followers.
    case replicaRelease(topic: Int32)
    /// A returning follower has copied what it missed and rejoins the ISR. The broker (at most 100)
    /// is 16 bits and last: four 32-bit fields made this case, and so every `SimEvent`, 17 bytes.
    case replicaCaughtUp(topic: Int32, partition: Int32, generation: UInt32, broker: Int16)
}

/// One partition a closed-form member reads, with what it asks for (water-filling).
struct FlowSlot: Sendable {
    var member: Int32
    var partition: Int32
    var demand: Double
}
