/// One consumer instance of a group (`analytics-2`).
public struct MemberState: Sendable {
    public internal(set) var alive = true
    /// Removed by a scale-down: never comes back.
    public internal(set) var retired = false
    /// The current incarnation is a member of the group (it joined and was not removed).
    public internal(set) var joined = false
    /// A crashed incarnation the coordinator still counts until its session times out.
    public internal(set) var ghostUntil: SimTime?
    /// Bumped on every crash, removal or restart so that events of an old life are ignored.
    var generation: UInt32 = 0
    public internal(set) var slowFactor: Double = 1
    /// Origin of the auto-commit grid: the member's first poll after its assignment.
    var commitAnchor: SimTime?
    /// Auto-commit grid instants already committed since the anchor.
    var commitTick: Int64 = 0
    /// The wake event already scheduled for this member (so as not to schedule it twice).
    var wakeAt = SimTime.never
    /// The batch being processed (poll-by-poll consumption).
    var batch: Batch?
    /// Waiting in a long poll for records (poll-by-poll consumption).
    var waiting = false
    /// Round-robin cursor over its partitions.
    var cursor = 0
    /// Removed by `max_poll_interval` while its batch still runs: its commit will be refused.
    var evicted = false
    public internal(set) var crashes: Int64 = 0
    /// Partitions assigned to the incarnation `assignedGeneration`, ascending: what it owns
    /// while that incarnation lives (kept at each assignment, so a poll never scans the group).
    var assigned: [Int] = []
    var assignedGeneration: UInt32 = 0

    /// One poll's records: `clean` records from `from`, then possibly one failing attempt.
    struct Batch: Sendable {
        var partition: Int32
        var from: Int64
        var clean: Int64
        var failing: Bool
        var start: SimTime
        var end: SimTime
    }
}
