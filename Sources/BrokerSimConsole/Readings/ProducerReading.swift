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
    /// What its customers wait on (`orders`, the scenario's `customers:`): the row then says
    /// what they saw — confirmed, errors, their wait.
    public var customers: String?
    /// Accepted by the broker: the customer was answered.
    public var published: Int64 = 0
    /// Nacked (publisher confirms): the customer was told it failed.
    public var refused: Int64 = 0
    /// Total time the broker blocked it (memory alarm, restart): its customers waited that long at worst.
    public var blockedSeconds: Double = 0
    /// Producers to replicated topics, or with confirms to a clustered broker: `refused` and
    /// `lost` are shown on the row.
    public var showsLosses = false
    /// Records lost with a Kafka leader (acks 0 or 1).
    public var lost: Int64 = 0

    public init(name: String, target: String, rate: Double, sent: Int64 = 0, blocked: Bool = false, toStream: Bool = false,
                calls: Bool = false, held: Int64 = 0) {
        self.held = held
        self.name = name; self.target = target; self.rate = rate; self.sent = sent; self.blocked = blocked
        self.toStream = toStream; self.calls = calls
    }
}
