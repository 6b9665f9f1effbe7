/// One queue as read: gauges, the broker's running totals, and its limits.
public struct QueueSnapshot: Codable, Hashable, Sendable {
    /// The name shown and used in expectations; `vhost/name` outside the default vhost.
    public var name: String
    /// `classic`, `quorum` or `stream` (whatever the broker says).
    public var type: String
    public var ready: Int64
    public var unacked: Int64
    public var consumers: Int
    /// `x-max-length` (argument or policy).
    public var maxLength: Int64?
    /// Where dead letters go, `exchange` or `exchange → routing-key` (`""` is the default exchange).
    public var deadLetterTarget: String?
    /// `x-delivery-limit` (quorum queues).
    public var deliveryLimit: Int64?
    /// Totals since the queue was declared; nil when the broker keeps no statistics for it.
    public var published: Int64?
    public var delivered: Int64?
    public var acked: Int64?
    public var redelivered: Int64?
    /// Deliveries that needed no ack (auto-ack consumers, `basic.get` with no ack).
    public var autoAcked: Int64?
    /// The broker's own per-second rates over its last sample, when it gives them.
    public var publishRate: Double?
    /// Acks plus deliveries that needed none, per second.
    public var outRate: Double?
    public var redeliverRate: Double?
    public var memory: Int64?
    /// `running`, or what the broker says instead (`down`, `crashed`, `minority`, …).
    public var state: String

    public init(name: String, type: String = "classic", ready: Int64 = 0, unacked: Int64 = 0, consumers: Int = 0,
                maxLength: Int64? = nil, deadLetterTarget: String? = nil, deliveryLimit: Int64? = nil,
                published: Int64? = nil, delivered: Int64? = nil, acked: Int64? = nil, redelivered: Int64? = nil,
                autoAcked: Int64? = nil, publishRate: Double? = nil, outRate: Double? = nil, redeliverRate: Double? = nil,
                memory: Int64? = nil, state: String = "running") {
        self.name = name; self.type = type; self.ready = ready; self.unacked = unacked; self.consumers = consumers
        self.maxLength = maxLength; self.deadLetterTarget = deadLetterTarget; self.deliveryLimit = deliveryLimit
        self.published = published; self.delivered = delivered; self.acked = acked; self.redelivered = redelivered
        self.autoAcked = autoAcked; self.publishRate = publishRate; self.outRate = outRate
        self.redeliverRate = redeliverRate; self.memory = memory; self.state = state
    }

    public var depth: Int64 { ready + unacked }
    /// Messages that left for good: acked, or delivered with no ack to wait for.
    public var removed: Int64? { acked.map { $0 + (autoAcked ?? 0) } ?? autoAcked }
}
