import DequeModule

/// Counters of one share group, named as in the report (docs/report.md, share groups).
public struct ShareCounters: Sendable, Equatable {
    /// Record deliveries to members (a redelivery counts again).
    public var acquired: Int64 = 0
    public var accepted: Int64 = 0
    /// Made available again: released by a member (a failure) or by a lock that ran out.
    public var released: Int64 = 0
    public var rejected: Int64 = 0
    /// Reached the delivery limit: never delivered again (and written to the dead-letter topic).
    public var archived: Int64 = 0
    /// Deliveries of records delivered before.
    public var redelivered: Int64 = 0
    /// Records whose lock ran out before their member acknowledged them.
    public var lockExpired: Int64 = 0
    /// Records processed by members, whether their acknowledgement counted or not.
    public var processed: Int64 = 0
    public var deadLettered: Int64 = 0
    public init() {}
}

/// A run of consecutive offsets of one share-partition in one state.
struct ShareRun: Sendable, Equatable {
    enum State: UInt8, Sendable { case available, acquired, done }
    var first: Int64
    var count: Int64
    /// Deliveries so far (the delivery count of KIP-932).
    var deliveries: Int32
    var state: State
    var end: Int64 { first + count }
}

/// The in-flight window of one partition for one share group: offsets from the share-partition
/// start offset (SPSO) to `next` (the first offset never acquired, the SPEO), as runs. Records
/// below the SPSO are done; at most `maxRecordLocks` records lie between SPSO and `next`, so the
/// window is bounded by the locks, never by the log.
public struct SharePartition: Sendable {
    public internal(set) var spso: Int64 = 0
    public internal(set) var next: Int64 = 0
    /// Where the group started on this partition (share.auto.offset.reset).
    public internal(set) var base: Int64 = 0
    var window = Deque<ShareRun>()
    /// Released records waiting in the window, and acquired ones.
    public internal(set) var available: Int64 = 0
    public internal(set) var acquired: Int64 = 0
}

/// A part of a member's batch: records of one partition, acquired together.
struct SharePart: Sendable, Equatable {
    var partition: Int32
    var first: Int64
    var count: Int64
    var deliveries: Int32
}

/// A crashed member's batch, locked until its lock runs out.
struct ShareOrphan: Sendable {
    var member: Int32
    var serial: UInt32
    var parts: [SharePart]
}

/// One member of a share group (`jobs-3`).
public struct ShareMember: Sendable {
    public internal(set) var alive = true
    public internal(set) var retired = false
    public internal(set) var slowFactor: Double = 1
    /// Bumped on a crash or removal: its pending fetch and batch end are then ignored.
    var generation: UInt32 = 0
    /// Bumped at each acquisition: a lock expiry names the batch it is for.
    var serial: UInt32 = 0
    var batch: [SharePart] = []
    /// The batch's records are still locked to this member (not yet settled or expired).
    var holding = false
    var lockUntil = SimTime.zero
    var waitingSince: SimTime?
    var cursor = 0
    public internal(set) var processed: Int64 = 0
    public internal(set) var crashes: Int64 = 0
    /// Records still locked to it from before a crash, until their lock runs out.
    public internal(set) var orphaned: Int64 = 0
    /// Records locked to the member now: its batch, and what a crash left locked.
    public var inFlight: Int64 { (holding ? batch.reduce(0) { $0 + $1.count } : 0) + orphaned }
}

/// One share group (docs/share-groups.md).
public struct ShareGroupState: Sendable {
    public internal(set) var partitions: [SharePartition]
    public internal(set) var members: [ShareMember]
    public internal(set) var started = false
    public internal(set) var counters = ShareCounters()
    var rng: SplitMix64
    /// Batches of crashed members, still locked until their lock runs out (a restarted member
    /// fetches anew meanwhile): few, one per crash within a lock duration.
    var orphans: [ShareOrphan] = []
    /// Next partition of the dead-letter topic to write to (round-robin).
    var deadLetterCursor = 0
    /// Feed lines said once.
    var saidLockExpiry = false
    var saidRefusedAcks = false
    var saidArchive = false

    init(partitions n: Int, members: Int, rng: SplitMix64) {
        partitions = Array(repeating: SharePartition(), count: n)
        self.members = Array(repeating: ShareMember(), count: members)
        self.rng = rng
    }

    /// Records acquired and locked now, all partitions.
    public var inFlight: Int64 { partitions.reduce(0) { $0 + $1.acquired } }
}
