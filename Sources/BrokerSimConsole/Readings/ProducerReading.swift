/// A producer: where it sends, how fast, and whether the broker is holding it back.
public struct ProducerReading: Hashable, Sendable {
    public var name: String
    public var target: String
    /// Messages per second it is configured to send now.
    public var rate: Double
    /// Messages that went to the broker (or topic, or service); those waiting at a blocked
    /// producer are `held` instead.
    public var sent: Int64
    public var blocked: Bool
    /// Waiting at the producer while the broker blocks it (memory alarm) or is down.
    public var held: Int64 = 0
    /// Sends to a topic (drawn in the stream panel) rather than a queue or exchange.
    public var toStream: Bool
    /// Calls a service and waits (drawn in the services panel).
    public var calls = false
    /// Producers to replicated topics: records refused (NotEnoughReplicas) and lost with a leader.
    public var refused: Int64 = 0
    public var lost: Int64 = 0

    public init(name: String, target: String, rate: Double, sent: Int64 = 0, blocked: Bool = false, toStream: Bool = false,
                calls: Bool = false, held: Int64 = 0) {
        self.held = held
        self.name = name; self.target = target; self.rate = rate; self.sent = sent; self.blocked = blocked
        self.toStream = toStream; self.calls = calls
    }
}
