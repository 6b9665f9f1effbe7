/// A producer: where it sends, how fast, and whether the broker is holding it back.
public struct ProducerReading: Hashable, Sendable {
    public var name: String
    public var target: String
    /// Messages per second it is configured to send now.
    public var rate: Double
    public var sent: Int64
    public var blocked: Bool
    /// Sends to a topic (drawn in the stream panel) rather than a queue or exchange.
    public var toStream: Bool

    public init(name: String, target: String, rate: Double, sent: Int64 = 0, blocked: Bool = false, toStream: Bool = false) {
        self.name = name; self.target = target; self.rate = rate; self.sent = sent; self.blocked = blocked
        self.toStream = toStream
    }
}
