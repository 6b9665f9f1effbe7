/// A group's view of one partition: its bookmark, its position and who reads it.
///
/// Accounting (docs/report.md): every record in [base, frontier) has been processed, skipped, lost or
/// lost to retention exactly once (re-processing below `frontier` counts as a duplicate), and
/// `committed` never passes `frontier` except by an in-flight before-batch commit.
public struct GroupPartition: Sendable {
    /// The committed offset: the next record the group will read after a restart or rebalance.
    public internal(set) var committed: Int64 = 0
    /// The next record to process.
    public internal(set) var position: Int64 = 0
    /// The member index that owns the partition, or -1.
    public internal(set) var owner: Int32 = -1
    /// The owner's incarnation the assignment was made to: a restarted member owns nothing
    /// until the group rebalances.
    var ownerGeneration: UInt32 = 0
    /// Log start when the group started: older records are not its losses.
    var base: Int64 = 0
    /// The group has an offset here: `from` was applied at the partition's first assignment
    /// (Kafka resets a missing offset at the first fetch after assignment, not at subscribe).
    public internal(set) var hasOffset = false
    /// Every record below this was accounted for once.
    var frontier: Int64 = 0
    /// Cooperative rebalance: this partition moves and is paused until the rebalance completes.
    var moving = false
    /// Fraction of a record consumed in closed form, carried between steps.
    var carry: Double = 0
    /// Failed attempts of the record at `position` (on_fail: retry).
    var attempts = 0
    /// Consumption rate (records/s) of the current closed-form step; scratch.
    var flow: Double = 0
    /// The closed-form run in progress: from `epochAt` the position is
    /// `epochPos + ⌊epochCarry + flow × elapsed⌋`, a function of the instant and not of how the
    /// span is cut, so a lazy advance and one at every event agree. `.never` when none runs.
    var epochAt = SimTime.never
    var epochPos: Int64 = 0
    var epochCarry: Double = 0
    var epochFlow: Double = 0
    var epochRate: Double = 0
    /// The position the run last wrote: anything else moved it, and a new run starts.
    var epochLast: Int64 = 0
    var epochAppends: UInt32 = 0
    /// When the run reaches the log end (a cut of the closed form), or `.never`.
    var epochCatchUp = SimTime.never
    /// Highest lag just before an auto commit since the stream was last observed.
    var pendingPeak: Int64 = 0
}
