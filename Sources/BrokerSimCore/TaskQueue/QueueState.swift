import DequeModule

/// Counters of one queue, named as in the report (docs/report.md).
public struct QueueCounters: Sendable, Equatable {
    public var published: Int64 = 0
    public var refused: Int64 = 0
    public var delivered: Int64 = 0
    public var redelivered: Int64 = 0
    public var acked: Int64 = 0
    public var rejected: Int64 = 0
    public var deadLettered: Int64 = 0
    public var discarded: Int64 = 0
    public var expired: Int64 = 0
    public var dropped: Int64 = 0
    public var lost: Int64 = 0
    public var duplicates: Int64 = 0
    public var peakReady: Int64 = 0
    /// Dead-lettered messages by `x-death` reason: rejected, expired, maxlen, delivery_limit.
    public var deadLetteredRejected: Int64 = 0
    public var deadLetteredExpired: Int64 = 0
    public var deadLetteredMaxlen: Int64 = 0
    public var deadLetteredDeliveryLimit: Int64 = 0
    public init() {}
}

/// One queue's messages and counters. Ready messages are runs in queue order
/// (publish order for a classic queue); a quorum queue serves `returns` first.
public struct QueueState: Sendable {
    /// The oldest ready run, kept out of the Deque: a delivery under a prefetch limit takes one
    /// message from it and touches no Deque storage. nil only when `rest` is empty too.
    var front: MessageRun?
    /// The ready runs after `front`, in queue order.
    var rest = Deque<MessageRun>()
    /// Ready runs in queue order (the read side: tests and tools).
    public var ready: [MessageRun] { (front.map { [$0] } ?? []) + Array(rest) }
    /// Quorum: messages that came back from consumers, served before `ready`, in return order.
    public var returns = Deque<MessageRun>()
    public private(set) var readyCount: Int64 = 0
    public private(set) var readyBytes: Int64 = 0
    /// Ready messages whose bodies were paged to disk (the newest ones).
    public var pagedCount: Int64 = 0
    /// Delivered and not yet acked, as the broker counts them (auto-acked ones are not).
    public var unacked: Int64 = 0
    public var unackedBytes: Int64 = 0
    /// Sent to auto-ack workers and not yet processed: gone from the broker, held in the
    /// workers' own memory (the identity still counts them until they are processed or lost).
    public var autoHeld: Int64 = 0
    public var nextSeq: Int64 = 0
    /// Worker IDs in subscription order.
    public var consumers: [Int32] = []
    public var cursor = 0
    /// `single_active_consumer`: the worker that gets the messages (-1 before the first).
    public internal(set) var activeConsumer: Int32 = -1
    /// Consumers with free prefetch credit, and consumers with a finite prefetch at all: dispatch
    /// reads these instead of scanning the consumer list (`verifyInvariants` recounts them).
    public internal(set) var creditedConsumers = 0
    public internal(set) var limitedConsumers = 0
    /// The worker that most recently gained credit: with one consumer to serve, usually it.
    var creditHint: Int32 = -1
    /// Earliest instant the queue process may deliver again (`queue_rate_limit`).
    public var nextDeliveryAt = SimTime.zero
    public var dispatchPending = false
    public var expiryScheduledAt = SimTime.never
    public var counters = QueueCounters()
    public var latency = LatencyRecorder()
    /// Time in the queue before the first delivery (publish → deliver), summed in µs.
    public var waitSumMicros: Double = 0
    /// First deliveries, and how many of them had waited at all.
    public var firstDeliveries: Int64 = 0
    public var waitedDeliveries: Int64 = 0
    /// Feed lines already said for this queue (each kind once, rejections at powers of ten).
    var said: Said = []
    var nextRejectMilestone: Int64 = 10

    struct Said: OptionSet, Sendable {
        let rawValue: UInt16
        static let firstReject = Said(rawValue: 1)
        static let firstExpiry = Said(rawValue: 2)
        static let firstDrop = Said(rawValue: 4)
        static let firstDeadLetter = Said(rawValue: 8)
        static let backlog = Said(rawValue: 16)
        static let deadLetterCycle = Said(rawValue: 32)
    }
    /// Queues that vanished in a broker restart come back empty; counted once per message.
    public init() {}

    /// A publish: the run takes the next sequence numbers and joins the tail. One call on the
    /// queue, so one uniqueness check of the queue array instead of one per field.
    @inline(__always)
    mutating func acceptPublished(_ incoming: MessageRun) {
        var run = incoming
        run.firstSeq = nextSeq
        run.stride = 1
        nextSeq += run.count
        counters.published += run.count
        pushBack(run)
    }

    /// Appends at the tail (a publish). Into an empty queue inline (most publishes under a
    /// prefetch limit: the consumer takes the message at once), behind a front out of line.
    @inline(__always)
    public mutating func pushBack(_ run: MessageRun) {
        readyCount += run.count
        readyBytes += run.bytes
        if readyCount > counters.peakReady { counters.peakReady = readyCount }
        if front == nil { front = run; return }
        pushBehindFront(run)
    }

    @inline(never)
    mutating func pushBehindFront(_ run: MessageRun) {
        if let last = rest.indices.last {
            if rest[last].absorb(run) { return }
        } else if front!.absorb(run) {
            return
        }
        rest.append(run)
    }

    /// Puts returned messages back at their original position by sequence (classic).
    public mutating func insertInOrder(_ run: MessageRun) {
        readyCount += run.count
        readyBytes += run.bytes
        if readyCount > counters.peakReady { counters.peakReady = readyCount }
        guard let f = front else { front = run; return }
        if f.firstSeq >= run.firstSeq {
            rest.prepend(f)
            front = run
            return
        }
        var i = 0
        while i < rest.count && rest[i].firstSeq < run.firstSeq { i += 1 }
        if i == rest.count {
            if let last = rest.indices.last {
                if rest[last].absorb(run) { return }
            } else if front!.absorb(run) {
                return
            }
        }
        rest.insert(run, at: i)
    }

    /// Quorum: returned messages go to the returns FIFO.
    public mutating func pushReturn(_ run: MessageRun) {
        readyCount += run.count
        readyBytes += run.bytes
        if readyCount > counters.peakReady { counters.peakReady = readyCount }
        if let last = returns.indices.last, returns[last].absorb(run) { return }
        returns.append(run)
    }

    /// The run at the head of the queue, without removing it.
    public var head: MessageRun? { returns.first ?? front }

    /// `popFront(1)`, inlined: a delivery under a prefetch limit takes one message at a time.
    /// Out of line, the run came back through memory written in pieces and read whole, and the
    /// processor waited for the pieces (a store-forwarding stall per delivery).
    @inline(__always)
    mutating func popOne() -> MessageRun? {
        guard returns.isEmpty, let f = front else { return popFront(1) }
        let run: MessageRun
        if f.count > 1 {
            run = front!.takeFirst()
        } else if rest.isEmpty {
            run = f
            front = nil
        } else {
            return popFront(1)
        }
        readyCount -= run.count
        readyBytes -= run.bytes
        if pagedCount > readyCount { pagedCount = readyCount }
        return run
    }

    /// Removes up to `n` messages from the head (returns first), as one run.
    public mutating func popFront(_ n: Int64) -> MessageRun? {
        if !returns.isEmpty { return Self.take(&returns, n, &readyCount, &readyBytes, &pagedCount) }
        guard front != nil else { return nil }
        let run: MessageRun
        if front!.count <= n {
            run = front!
            front = rest.popFirst()
        } else if n == 1 {
            run = front!.takeFirst()
        } else {
            run = front!.takeFront(n)
        }
        readyCount -= run.count
        readyBytes -= run.bytes
        if pagedCount > readyCount { pagedCount = readyCount }
        return run
    }

    static func take(_ runs: inout Deque<MessageRun>, _ n: Int64, _ count: inout Int64,
                                _ bytes: inout Int64, _ paged: inout Int64) -> MessageRun {
        let run: MessageRun
        if runs[runs.startIndex].count <= n {
            run = runs.removeFirst()
        } else if n == 1 {
            run = runs[runs.startIndex].takeFirst()
        } else {
            run = runs[runs.startIndex].takeFront(n)
        }
        count -= run.count
        bytes -= run.bytes
        // Delivery reads the oldest messages; pages stay with the newest ones.
        if paged > count { paged = count }
        return run
    }

    /// Removes everything ready (a non-durable queue in a broker restart).
    public mutating func removeAll() -> (count: Int64, bytes: Int64) {
        let r = (readyCount, readyBytes)
        front = nil; rest.removeAll(); returns.removeAll()
        readyCount = 0; readyBytes = 0; pagedCount = 0
        return r
    }

    /// Keeps only the ready runs for which `keep` is true; returns how many messages went.
    public mutating func removeReady(where drop: (MessageRun) -> Bool) -> Int64 {
        var removed: Int64 = 0
        for which in 0..<2 {
            let runs = which == 0 ? Array(returns) : ready
            var kept = Deque<MessageRun>()
            for r in runs { if drop(r) { removed += r.count; readyCount -= r.count; readyBytes -= r.bytes } else { kept.append(r) } }
            if which == 0 {
                returns = kept
            } else {
                front = kept.popFirst()
                rest = kept
            }
        }
        if pagedCount > readyCount { pagedCount = readyCount }
        return removed
    }
}
