import DequeModule

/// A producer's state: its current rate, what it holds while blocked, and its counters.
public struct ProducerState: Sendable {
    public var rate: Double
    /// The producer's random stream; Poisson gaps are drawn a call ahead (`AheadStream`).
    var draws: AheadStream
    public var rng: SplitMix64 {
        get { draws.rng }
        _modify { yield &draws.rng }
        set { draws.rng = newValue }
    }
    /// Bumped when the rate changes so that the old arrival schedule is dropped.
    public var generation: UInt32 = 0
    /// Exact instant (µs, fractional) of the next uniform arrival.
    public var nextUniform: Double = 0
    /// Fraction of a message carried between uniform batches.
    public var carry: Double = 0
    /// Messages until the next poison one (share-based poison), or until the count runs out.
    public var untilPoison: Int64 = .max
    public var poisonLeft: Int64 = 0
    public var ramp: Ramp?
    public var held = Deque<MessageRun>()
    public var heldCount: Int64 = 0
    public var blockedSince: SimTime?
    public var blockedMicros: Int64 = 0
    public var sent: Int64 = 0
    public var published: Int64 = 0
    public var refused: Int64 = 0
    public var unroutable: Int64 = 0

    public struct Ramp: Sendable {
        public var from: Double
        public var to: Double
        public var start: SimTime
        public var end: SimTime
    }

    public init(rate: Double, rng: SplitMix64) { self.rate = rate; self.draws = AheadStream(rng) }

    /// Messages sent and published at once (no confirms, nothing held).
    @inline(__always)
    mutating func countPublished(_ n: Int64) {
        sent += n
        published += n
    }
}
