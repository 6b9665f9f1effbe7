/// A worker pool's settings without its name: what the per-message paths read.
/// Reading a config struct that holds a `String` costs reference counting on every message.
struct PoolParams: Sendable {
    var unlimited: Bool
    var prefetch: Int64
    var auto: Bool
    var ackDelay: SimDuration
    var fail: Double
    var deadLetterOnFail: Bool
    var work: Distribution
    var start: SimTime

    /// Manual ack at once, no failures: a finished message is acked and nothing else (`finishAcked`).
    var plainFinish: Bool { !auto && !(fail > 0) && ackDelay.micros == 0 }

    init(_ c: WorkerPoolConfig) {
        auto = c.ack == .auto
        unlimited = auto || c.prefetch == 0
        prefetch = Int64(c.prefetch)
        ackDelay = c.ackDelay
        fail = c.fail
        deadLetterOnFail = c.onFail == .deadLetter
        work = c.work
        start = .zero + c.start
    }
}

/// A queue's settings without its name, for the per-message paths.
struct QueueParams: Sendable {
    var quorum: Bool
    var maxLength: Int64?
    var overflow: Overflow
    var ttl: SimDuration?
    var hasDeadLetter: Bool
    var deliveryLimit: Int32?
    /// `queue_rate_limit` as the gap between two deliveries; nil when unlimited.
    var deliveryGap: SimDuration?
    var singleActive: Bool
    /// Some producer's messages carry keys here (`keyOrders`): requeues keep their sequence.
    var keyed = false
    /// No TTL, no rate limit, no single active consumer: dispatch needs none of their tests.
    var plainDispatch: Bool { ttl == nil && deliveryGap == nil && !singleActive }

    init(_ c: QueueConfig, rateLimit: Double) {
        singleActive = c.singleActiveConsumer
        deliveryGap = rateLimit > 0 ? SimDuration(micros: saturating(1_000_000 / rateLimit)) : nil
        quorum = c.kind == .quorum
        maxLength = c.maxLength
        overflow = c.overflow
        ttl = c.messageTTL
        hasDeadLetter = c.deadLetter != nil
        deliveryLimit = c.deliveryLimit.map { Int32(clamping: $0) }
    }
}
