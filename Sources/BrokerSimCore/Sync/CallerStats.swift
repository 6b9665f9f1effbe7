/// A calling producer's side of its calls (docs/report.md producer `ok`, `failed`, `timed_out`).
///
/// `sent = ok + failed + timedOut + waiting` at every instant.
public struct CallerStats: Sendable {
    public internal(set) var ok: Int64 = 0
    public internal(set) var failed: Int64 = 0
    public internal(set) var timedOut: Int64 = 0
    /// Calls the caller is waiting on now: the spinning wheels.
    public internal(set) var waiting: Int64 = 0
    /// How long the caller waited, whatever the outcome: until the answer, the failure (0 when
    /// refused at once) or its timeout. This is the wait a user of the caller feels.
    public internal(set) var wait = LatencyRecorder()
    /// The same waits, newest only: the console's live p99.
    public internal(set) var recentWaits = RecentWaits()
    /// Timeouts in the current run of timeouts; the feed reports a run when it starts and ends.
    var timeoutStreak: Int64 = 0
    /// The latest timeout: a run of timeouts ends only after a whole `timeout` without one, so that
    /// a lucky quick answer amid a storm of timeouts does not make the feed flap.
    var lastTimeoutAt = SimTime.zero

    public init() {}

    mutating func recordWait(_ d: SimDuration, at t: SimTime) {
        wait.record(d)
        recentWaits.record(at: t, d)
    }
}
