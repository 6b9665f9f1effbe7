import DequeModule

/// One instance of a service (`email-api-2`): serves up to `concurrency` calls at once, the rest
/// wait in its first-in-first-out line.
public struct ServiceInstance: Sendable {
    public var service: Int32
    /// 1-based instance number, as in its name.
    public var number: Int32
    public internal(set) var alive = true
    /// Removed by a scale-down; comes back (with its number) only when the service grows again.
    public internal(set) var retired = false
    public internal(set) var slowFactor: Double = 1
    /// Slots of the calls in service now, at most `concurrency` of them.
    var serving: [Int32] = []
    /// Slots of the calls waiting for a free place, oldest first.
    var line = Deque<Int32>()
    var rng: SplitMix64
    /// Calls it answered (in time or late).
    public internal(set) var answered: Int64 = 0
    public internal(set) var crashes: Int64 = 0

    init(service: Int32, number: Int32, rng: SplitMix64) {
        self.service = service; self.number = number; self.rng = rng
    }

    /// Up and taking calls.
    @inlinable public var isLive: Bool { alive && !retired }
    /// Calls being served now.
    public var inService: Int { serving.count }
    /// Calls waiting in its line.
    public var queued: Int { line.count }
    /// Everything it holds: in service plus waiting.
    public var inFlight: Int { serving.count + line.count }
}
