/// One consumer (a worker, in the console): its queue, its channel's prefetch and what the
/// channel holds unacknowledged.
public struct ConsumerSnapshot: Codable, Hashable, Sendable {
    /// The name shown: the client's connection name when it gives one, else its address, and
    /// the channel number (`127.0.0.1:54018 (1)`, `mailer (1)`).
    public var name: String
    /// The broker's consumer tag: with the channel, what identifies a consumer across reads.
    public var tag: String
    public var queue: String
    /// 0 is unlimited.
    public var prefetch: Int
    public var ackRequired: Bool
    /// Held by its channel: delivered, not acked yet (shared by the consumers of one channel).
    public var unacked: Int64
    /// Acks its channel has sent so far, when the broker keeps statistics.
    public var acked: Int64?
    public var ackRate: Double?

    public init(name: String, tag: String, queue: String, prefetch: Int, ackRequired: Bool = true, unacked: Int64 = 0,
                acked: Int64? = nil, ackRate: Double? = nil) {
        self.name = name; self.tag = tag; self.queue = queue; self.prefetch = prefetch; self.ackRequired = ackRequired
        self.unacked = unacked; self.acked = acked; self.ackRate = ackRate
    }

    /// Identity across reads.
    public var key: String { name + " " + tag }
}
