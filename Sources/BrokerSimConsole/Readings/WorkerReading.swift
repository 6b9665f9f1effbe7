/// One worker instance (`mailer-3`) as the console shows it.
public struct WorkerReading: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        case idle, busy, slow, crashed, waiting, removed
        /// Behind the active consumer of a single-active-consumer queue: gets nothing.
        case standby
        /// A real broker's consumer that vanished while holding unacked messages (they were requeued).
        case gone
    }

    public var name: String
    /// What identifies it across frames: its name in a simulation; a live consumer's name and
    /// tag (two consumers of one channel share the channel's name). Selection follows this.
    public var id: String
    /// Its pool's name (a live consumer's pool is its queue), for actions on the whole pool.
    public var pool: String
    /// 0-based instance index within the pool (`mailer-3` is 2).
    public var index: Int
    /// The name of the queue it consumes from: a worker stays under its queue whatever
    /// queues come and go around it.
    public var queue: String
    public var status: Status
    /// Messages it holds (unacked, or under auto ack its own), against its prefetch (0 = unlimited).
    public var held: Int64
    public var prefetch: Int
    /// Auto ack: no prefetch limit applies and the broker no longer counts what it holds.
    public var autoAck = false
    public var processed: Int64
    /// Acks per second, for a real broker's consumer (its channel's), shown instead of
    /// `processed`; nil in a simulation.
    public var ackRate: Double?

    public init(name: String, id: String? = nil, pool: String, index: Int, queue: String, status: Status, held: Int64 = 0,
                prefetch: Int = 1, processed: Int64 = 0, autoAck: Bool = false) {
        self.autoAck = autoAck
        self.name = name; self.id = id ?? name; self.pool = pool; self.index = index; self.queue = queue
        self.status = status; self.held = held; self.prefetch = prefetch; self.processed = processed
    }
}
