/// Consecutive messages that share their attributes, held as one value.
///
/// Message `i` of the run (0-based) has queue sequence `firstSeq + i·stride`
/// and was published at `firstPublish` plus `i/(count-1)` of the span to
/// `lastPublish`: given the first and last of a run of Poisson arrivals the
/// others are uniform order statistics, so the interpolation is unbiased.
/// Runs split only where a single message must be told apart (a delivery, a
/// crash, a reject), which keeps memory proportional to distinct things.
public struct MessageRun: Sendable, Equatable {
    public var firstSeq: Int64
    public var stride: Int64 = 1
    public var count: Int64
    public var firstPublish: SimTime
    public var lastPublish: SimTime
    /// Payload bytes of the whole run.
    public var bytes: Int64
    public var flags: Flags = []
    /// Processed successfully before (its ack was on its way when it came back): a further
    /// processing is not a first one, so it never counts as `out_of_order`. Fills padding.
    public var succeeded = false
    /// The queues this message was dead-lettered from without a rejection since (an index into the
    /// world's table of such sets; 0 is none): RabbitMQ drops a message that would come back to one
    /// of them, which ends dead-letter cycles. Placed after `flags` so it fills padding.
    public var deadLetterPath: UInt16 = 0
    /// Quorum queues: deliveries so far (`x-delivery-count`).
    public var deliveryCount: Int32 = 0
    /// Index into the world's routing-key table: dead-lettering republishes with it.
    public var routingKey: Int32 = 0
    /// The producer whose arrival process made the run (-1: a dead-letter republish): runs of one
    /// process merge, since their interpolated publish times stay unbiased.
    public var source: Int32 = -1

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let persistent = Flags(rawValue: 1)
        public static let redelivered = Flags(rawValue: 2)
        public static let poison = Flags(rawValue: 4)
        /// Processed at least once already: a further processing is a duplicate.
        public static let processed = Flags(rawValue: 8)
        public static let duplicateCounted = Flags(rawValue: 16)
        /// Bits 5–7: a producer's `poison:` share (1…7, an index into the world's table) that
        /// decides whether each message is poison when a worker first takes it. Drawing then,
        /// not at publish, keeps a run whole: memory follows runs, not messages.
        public static let poisonShare = Flags(rawValue: 0xE0)
    }

    public init(firstSeq: Int64, count: Int64, firstPublish: SimTime, lastPublish: SimTime, bytes: Int64,
                flags: Flags = [], routingKey: Int32 = 0) {
        self.firstSeq = firstSeq; self.count = count
        self.firstPublish = firstPublish; self.lastPublish = lastPublish
        self.bytes = bytes; self.flags = flags; self.routingKey = routingKey
    }

    @inlinable public var lastSeq: Int64 { firstSeq + (count - 1) * stride }

    /// Publish time of message `i` (0-based).
    @inlinable public func publishTime(_ i: Int64) -> SimTime {
        if count <= 1 || i == 0 || firstPublish == lastPublish { return firstPublish }
        let span = lastPublish.micros - firstPublish.micros
        return SimTime(micros: firstPublish.micros + roundedToInt64(Double(span) * Double(i) / Double(count - 1)))
    }

    /// `takeFront(1)` for a run of several, small enough to inline: a delivery under a prefetch
    /// limit takes one message at a time, and this is the hottest path of a draining queue.
    @inlinable @inline(__always) public mutating func takeFirst() -> MessageRun {
        var front = self
        front.count = 1
        front.lastPublish = firstPublish
        front.bytes = bytes / count
        firstPublish = publishTime(1)
        firstSeq += stride
        count -= 1
        bytes -= front.bytes
        return front
    }

    /// Removes the first `n` messages and returns them as a run.
    @inlinable public mutating func takeFront(_ n: Int64) -> MessageRun {
        if n >= count { let all = self; count = 0; bytes = 0; return all }
        var front = self
        front.count = n
        front.lastPublish = publishTime(n - 1)
        // bytes × n can pass Int64 (a billion-message backlog of large messages): a 128-bit product.
        front.bytes = count.dividingFullWidth(bytes.multipliedFullWidth(by: n)).quotient
        firstPublish = publishTime(n)
        firstSeq += n * stride
        count -= n
        bytes -= front.bytes
        return front
    }

    /// Appends arrivals that have no queue sequence yet (held at a producer) when they share
    /// this run's attributes; the same rule on instants as `absorb`.
    @inlinable public mutating func absorbArrivals(_ other: MessageRun) -> Bool {
        guard flags == other.flags, routingKey == other.routingKey, source == other.source,
              deadLetterPath == other.deadLetterPath, other.firstPublish >= lastPublish else { return false }
        let selfPoint = count > 1 && firstPublish == lastPublish
        let otherPoint = other.count > 1 && other.firstPublish == other.lastPublish
        if (selfPoint || otherPoint) && !(firstPublish == other.lastPublish) { return false }
        count += other.count
        lastPublish = other.lastPublish
        bytes += other.bytes
        return true
    }

    /// Appends `other` when it continues this run exactly (same attributes, next sequence).
    @inlinable public mutating func absorb(_ other: MessageRun) -> Bool {
        guard flags == other.flags, succeeded == other.succeeded, deliveryCount == other.deliveryCount,
              routingKey == other.routingKey,
              source == other.source, deadLetterPath == other.deadLetterPath,
              other.firstPublish >= lastPublish else { return false }
        // A batch that arrived at one instant (a backlog, a burst) only merges with the same instant:
        // interpolating across it would invent publish times.
        let selfPoint = count > 1 && firstPublish == lastPublish
        let otherPoint = other.count > 1 && other.firstPublish == other.lastPublish
        if (selfPoint || otherPoint) && !(firstPublish == other.lastPublish) { return false }
        let step = count == 1 ? other.firstSeq - firstSeq : stride
        guard step > 0, other.firstSeq == lastSeq + step, other.count == 1 || other.stride == step else { return false }
        stride = step
        count += other.count
        lastPublish = other.lastPublish
        bytes += other.bytes
        return true
    }
}
