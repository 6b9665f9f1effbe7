/// A RabbitMQ stream's retention (docs/rabbit-streams.md): the `x-max-length-bytes`,
/// `x-max-age` and `x-stream-max-segment-size-bytes` arguments.
public struct StreamQueueConfig: Sendable, Equatable {
    /// 0 = no size limit.
    public var maxLengthBytes: Int64 = 0
    public var maxAge: SimDuration?
    /// RabbitMQ's default segment size: 500 MB.
    public var segmentBytes: Int64 = 500_000_000
    public init() {}
}

/// Where a stream consumer starts reading (`x-stream-offset`).
public enum StreamOffsetSpec: Sendable, Equatable {
    case first
    /// The last message on the stream (RabbitMQ: the start of the last chunk; brokersim has no chunks).
    case last
    /// Only what arrives from now on (RabbitMQ's default).
    case next
    case offset(Int64)
    /// The first message published at or after this instant.
    case timestamp(SimDuration)
}
