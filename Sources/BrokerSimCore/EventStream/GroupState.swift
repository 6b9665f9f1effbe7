/// Counters of one consumer group, named as in the report (docs/report.md).
public struct GroupCounters: Sendable, Equatable {
    public var processed: Int64 = 0
    public var duplicates: Int64 = 0
    public var skipped: Int64 = 0
    public var lost: Int64 = 0
    public var lostToRetention: Int64 = 0
    public var rebalances: Int64 = 0
    /// Failed processing attempts (retries included).
    public var failed: Int64 = 0
    /// Offsets read past that held no record: compaction removed it before the group got there.
    public var compactionGaps: Int64 = 0
    public var peakLag: Int64 = 0
    public var caughtUpAt: SimTime?
    public init() {}
}

/// One consumer group: members, per-partition bookmarks and the rebalance in progress.
public struct GroupState: Sendable {
    public internal(set) var members: [MemberState] = []
    public internal(set) var partitions: [GroupPartition]
    /// The group has started (its `start` passed) and has offsets.
    public internal(set) var started = false
    /// `from: none` found no valid offset: the group stopped for good.
    public internal(set) var stopped = false
    /// A rebalance in progress completes at this instant.
    public internal(set) var rebalanceUntil: SimTime?
    var rebalanceGeneration: UInt32 = 0
    public internal(set) var counters = GroupCounters()
    /// The feed said its committed offset fell off the log start (said once).
    var fellOffNoted = false
    /// Behind by more than one poll per partition (for `caught_up_at`).
    public internal(set) var behind = false
    /// When the closed form carries the group over its behind / caught-up line next, or `.never`.
    var thresholdAt = SimTime.never
    var rng: SplitMix64

    init(partitions n: Int, rng: SplitMix64) {
        partitions = Array(repeating: GroupPartition(), count: n)
        self.rng = rng
    }
}
