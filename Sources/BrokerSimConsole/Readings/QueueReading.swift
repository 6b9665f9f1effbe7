/// One queue as the console shows it, at one instant.
public struct QueueReading: Hashable, Sendable {
    public var name: String
    public var ready: Int64
    /// Delivered and not yet acked, as the broker counts them: 0 under auto ack.
    public var unacked: Int64
    /// `max_length`, when the queue has one.
    public var limit: Int64?
    /// Messages per second over the last sample interval.
    public var inRate: Double
    public var outRate: Double
    public var deadLettered: Int64
    /// Removed by a policy with no dead-letter target (docs/report.md outcomes).
    public var discarded: Int64
    /// Gone with no policy at all (an auto-ack crash, a broker restart).
    public var lost: Int64
    public var redelivered: Int64
    /// Totals so far: accepted into the queue, acknowledged, and processed twice or more.
    public var published: Int64 = 0
    public var acked: Int64 = 0
    public var duplicates: Int64 = 0
    /// Messages finished after a newer one of their key (docs/ordering.md); nil for an unkeyed queue.
    public var outOfOrder: Int64?
    /// Ready + unacked over the whole run so far (History's points), oldest first.
    public var depthHistory: [Double]
    /// A clustered broker's queue: its node(s) and availability.
    public var cluster: QueueClusterReading?
    /// A RabbitMQ stream: drawn as a tape instead of a depth bar.
    public var tape: QueueTapeReading?
    /// Publish to ack, p99 over the run so far, for a queue a customer-facing producer
    /// (`customers:`) sends to: how late the customers' messages are. nil otherwise, or before an ack.
    public var latencyP99: Double?
    /// False for a real broker, which does not say what it lost: no `lost` is shown then.
    public var lossKnown = true
    /// Short facts shown after the totals (`quorum`, `dead letters → emails.dead`, `drains in 54s`).
    public var notes: [String] = []

    public init(name: String, ready: Int64 = 0, unacked: Int64 = 0, limit: Int64? = nil, inRate: Double = 0,
                outRate: Double = 0, deadLettered: Int64 = 0, discarded: Int64 = 0, lost: Int64 = 0, redelivered: Int64 = 0,
                published: Int64 = 0, acked: Int64 = 0, duplicates: Int64 = 0, depthHistory: [Double] = []) {
        self.published = published; self.acked = acked; self.duplicates = duplicates
        self.name = name; self.ready = ready; self.unacked = unacked; self.limit = limit
        self.inRate = inRate; self.outRate = outRate; self.deadLettered = deadLettered
        self.discarded = discarded; self.lost = lost; self.redelivered = redelivered; self.depthHistory = depthHistory
    }
}
