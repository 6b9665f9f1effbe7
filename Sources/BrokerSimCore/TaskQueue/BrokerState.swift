/// The task-queue broker process: up or restarting, its memory and alarm.
public struct BrokerState: Sendable {
    public var up = true
    /// Bumped on every restart so that a stale `brokerUp` is ignored.
    public var generation: UInt32 = 0
    public var alarm = false
    public var alarmSince = SimTime.zero
    public var alarmMicros: Int64 = 0
    public var memoryPeak: Int64 = 0
    public var oomKills: Int64 = 0
    public var restarts: Int64 = 0
    public var memoryCheckScheduled = false
    public var pagingScheduled = false
    /// Queues are paging to disk: from an alarm until memory is under the paging target.
    public var paging = false
    /// An upper bound of the broker's memory without summing every queue: the last exact sum
    /// plus every byte messages brought into ready queues since (`memoryGrowth`), less what
    /// acks took out (`memoryShrink`: an unacked message's term, exactly). Valid while no
    /// queue holds paged messages (then a delivery or a requeue moves bytes without adding
    /// any, and only a message entering a queue adds) and the sum was exact in doubles.
    var memoryBound: Int64 = 0
    var memoryGrowth: Int64 = 0
    var memoryShrink: Int64 = 0
    var memoryBoundValid = false
    public init() {}
}
