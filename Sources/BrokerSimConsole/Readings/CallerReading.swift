/// A producer that calls a service and waits: its spinning wheel in numbers.
public struct CallerReading: Hashable, Sendable {
    /// The producer's name: the `ProducerReading` it is, and what a selection (`[` and `]`) names.
    public var name: String
    public var service: String
    public var rate: Double
    /// Calls waiting for an answer now.
    public var waiting: Int64
    public var ok: Int64
    public var failed: Int64
    public var timedOut: Int64
    /// The caller's wait whatever the outcome, p99 over the run so far; nil before any call ended.
    public var waitP99: Double?
    /// Calls timed out / failed during the last sample interval (the badges).
    public var recentTimeouts: Int64
    public var recentFailures: Int64
    /// What its customers wait on (`orders`): the row then speaks for them.
    public var customers: String?

    public init(name: String, service: String, rate: Double = 0, waiting: Int64 = 0, ok: Int64 = 0,
                failed: Int64 = 0, timedOut: Int64 = 0, waitP99: Double? = nil, recentTimeouts: Int64 = 0,
                recentFailures: Int64 = 0) {
        self.name = name; self.service = service; self.rate = rate; self.waiting = waiting
        self.ok = ok; self.failed = failed; self.timedOut = timedOut; self.waitP99 = waitP99
        self.recentTimeouts = recentTimeouts; self.recentFailures = recentFailures
    }
}
