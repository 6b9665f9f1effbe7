/// A consumer that vanished between two reads while its channel held unacked messages:
/// the broker requeued them (they come back marked redelivered).
public struct GoneConsumer: Hashable, Sendable {
    public var consumer: ConsumerSnapshot
    /// The last read that still listed it, ms since the epoch.
    public var lastSeen: Int64
}
