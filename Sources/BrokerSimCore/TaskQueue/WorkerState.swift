import DequeModule

/// One worker instance (`mailer-3`): a consumer on one queue.
public struct WorkerState: Sendable {
    public var pool: Int32
    /// 1-based instance number, as in its name.
    public var number: Int32
    public var queue: Int32
    public var alive = false
    /// Subscribed to its queue (alive and the broker up).
    public var subscribed = false
    /// Removed by a scale-down: never comes back.
    public var retired = false
    /// Delivered messages not yet finished, oldest first; the first is in progress when `busy`.
    public var buffer = Deque<MessageRun>()
    public var bufferCount: Int64 = 0
    /// Finished, ack on its way to the broker (`ack_delay`), oldest first, with the instant it lands.
    public var pendingAcks = Deque<(run: MessageRun, at: SimTime)>()
    public var busy = false
    /// Bumped on every crash so that events of the old life are ignored.
    public var generation: UInt32 = 0
    public var slowFactor: Double = 1
    /// Unacked messages allowed (prefetch); `.max` for prefetch 0 or auto ack.
    public var creditLimit: Int64 = .max
    /// Auto ack: the broker forgets a message once sent; what the worker holds is its own.
    public var autoAck = false
    /// Its pool acks at once and never fails (`PoolParams.plainFinish`), kept here so that a
    /// finish reads it with the worker instead of through the pool's settings.
    var plainFinish = false
    /// Position in its queue's consumer list while subscribed.
    public internal(set) var consumerSlot: Int32 = -1
    public var workStartedAt = SimTime.zero
    public var current: MessageRun?
    public var startedAt: SimTime?
    public var busyMicros: Int64 = 0
    public var processed: Int64 = 0
    public var crashes: Int64 = 0

    public init(pool: Int32, number: Int32, queue: Int32) {
        self.pool = pool; self.number = number; self.queue = queue
    }

    /// Messages this worker holds: buffer, the one in progress and those whose ack is on its way
    /// (the broker counts them as unacked, except under auto ack). Kept as a number because dispatch reads it for every
    /// consumer on every delivery.
    public internal(set) var unacked: Int64 = 0

    /// Starts on a message (one access to the worker instead of one per field).
    @inline(__always)
    mutating func beginWork(_ m: MessageRun, at now: SimTime) {
        current = m
        busy = true
        workStartedAt = now
    }

    /// Done with the message in hand.
    @inline(__always)
    mutating func finishWork(at now: SimTime) {
        busyMicros += (now - workStartedAt).micros
        current = nil
        busy = false
        processed += 1
    }

    /// The message in hand is neither poison nor processed successfully before: finishing it
    /// can only ack it (under a pool that acks at once and never fails).
    var holdsFirstCleanProcessing: Bool {
        guard let m = current else { return false }
        return m.flags.isDisjoint(with: .poison) && !m.succeeded
    }

    /// Takes one delivered message straight to work (idle, nothing buffered): `unacked` and
    /// `beginWork` in one access to the worker.
    @inline(__always)
    mutating func receiveAndBegin(_ m: MessageRun, at now: SimTime) {
        unacked += m.count
        beginWork(m, at: now)
    }

    /// Finishes the message in hand and acks it: `finishWork` and the unacked count in one access.
    /// - Returns: the message, and whether the ack gave the worker its prefetch credit back while
    ///   subscribed (its queue then counts one more consumer with credit).
    @inline(__always)
    mutating func finishAcking(at now: SimTime) -> (MessageRun, regainedCredit: Bool) {
        let m = current.unsafelyUnwrapped
        finishWork(at: now)
        let old = unacked
        unacked = old - 1
        return (m, creditLimit != .max && subscribed && old >= creditLimit && old - 1 < creditLimit)
    }
}
