/// One service (`email-api`): its instances, the round-robin cursor, and what its callers got.
///
/// Outcome counters mirror the callers' view (a call counts once, when its caller learns the
/// outcome), so `calls = ok + failed + timed_out` holds at every instant; `late` counts the work
/// the service finished for callers that had already given up.
public struct ServiceState: Sendable {
    /// Instance IDs in number order (`NAME-1` first); retired ones stay, to keep their numbers.
    public internal(set) var instances: [Int32] = []
    /// Index into `instances` where the next round-robin search starts.
    var cursor = 0
    /// Set at the first refused call of an outage, so the feed says it once.
    var refusing = false
    /// Set at the first call refused because `SyncState.heldLimit` calls were held.
    var saidFull = false
    public internal(set) var ok: Int64 = 0
    public internal(set) var failed: Int64 = 0
    public internal(set) var timedOut: Int64 = 0
    /// Failed at once because no instance was up (connection refused); part of `failed`.
    public internal(set) var refused: Int64 = 0
    /// Answered after the caller had timed out: done for nobody.
    public internal(set) var late: Int64 = 0
    /// Arrival at the instance to answer, of every call it answered (late ones too).
    public internal(set) var latency = LatencyRecorder()

    public init() {}

    /// Calls whose outcome is known; calls still waiting are not counted until they end.
    public var calls: Int64 { ok + failed + timedOut }
}
