/// Why a message left its queue for the dead-letter target (RabbitMQ's `x-death` reasons).
public enum DeadLetterReason: String, Sendable {
    case rejected, expired, maxlen
    case deliveryLimit = "delivery_limit"
}

extension World {
    /// A producer's messages reach the broker: published now, or held while the broker
    /// blocks publishers (memory alarm) or is restarting.
    @inline(__always)
    mutating func taskQueueArrival(_ p: Int, _ run: MessageRun) {
        if !broker.up || broker.alarm || producers[p].heldCount > 0 {
            holdArrival(p, run)
            return
        }
        publishFromProducer(p, run)
    }

    @inline(never)
    mutating func holdArrival(_ p: Int, _ run: MessageRun) {
        if broker.alarm && producers[p].blockedSince == nil {
            producers[p].blockedSince = now
            log(.warning, "\(config.producers[p].name) blocked by the memory alarm: its messages wait at the producer")
        }
        if let last = producers[p].held.indices.last, producers[p].held[last].absorbArrivals(run) {} else {
            producers[p].held.append(run)
        }
        producers[p].heldCount += run.count
        // Held messages go back in on the paging tick, paced (`admitHeld`).
        ensureMemoryTicks()
    }

    @inline(__always)
    mutating func publishFromProducer(_ p: Int, _ run: MessageRun) {
        let dest: Destination
        switch producerParams[p].target {
        case .queue(let q): dest = .queue(q)
        // The run carries its key's index (`makeRun`): an empty key makes `publish` route by it.
        case .exchange(let e): dest = .exchange(e, routingKey: "")
        default: return
        }
        let r = publish(run, to: dest, keepKey: true)
        if r.routed == 0 {
            producers[p].unroutable += run.count
        } else {
            // Without publisher confirms the producer cannot tell a refused publish from an
            // accepted one: it counts it as published; the queue's `refused` shows the truth.
            if producerParams[p].confirm {
                producers[p].published += run.count - r.refused
                producers[p].refused += r.refused
            } else {
                producers[p].published += run.count
            }
        }
        memoryRose()
    }

    /// Publishes to a queue or through an exchange; returns how many queues it reached and how
    /// many of the messages were refused by at least one of them: with publisher confirms the
    /// broker nacks a message that any queue it was routed to refused.
    @discardableResult @inline(__always)
    mutating func publish(_ run: MessageRun, to dest: Destination, keepKey: Bool) -> (routed: Int, refused: Int64) {
        switch dest {
        case .queue(let q):
            return (1, enqueue(q, run))
        case .exchange(let e, let key):
            let k = key.isEmpty ? Int(run.routingKey) : Int(internKeyKnown(key))
            // Each queue refuses the newest messages of the run (those past its room), so the
            // largest refusal covers every message some queue refused. Read in place: a copy of the
            // target list cost a retain and a release per publish (routes never change after setup).
            let n = routes[e][k].count
            var refusedSomewhere: Int64 = 0
            for j in 0..<n { refusedSomewhere = max(refusedSomewhere, enqueue(Int(routes[e][k][j]), run)) }
            return (n, refusedSomewhere)
        }
    }

    func internKeyKnown(_ key: String) -> Int32 { Int32(routingKeys.firstIndex(of: key) ?? 0) }

    /// Accepts messages into a queue under its overflow policy; returns how many it refused.
    /// Inline, so that a run built by the caller goes straight into the queue: passed out of line,
    /// it was written to memory in pieces and read back whole (a store-forwarding stall).
    @discardableResult @inline(__always)
    mutating func enqueue(_ q: Int, _ incoming: MessageRun) -> Int64 {
        // Most publishes meet a queue with no length limit, on a single node, not a stream: the
        // rest is out of line, so this path is small (inline, its feed lines gave it a 1.2 KB frame).
        guard incoming.count > 0, queueParams[q].maxLength == nil, cluster.queues.isEmpty,
              streamQueues.ofQueue.isEmpty else { return enqueueChecked(q, incoming) }
        accept(q, incoming)
        ensureMemoryTicks()
        dispatch(q)
        return 0
    }

    @inline(never)
    private mutating func enqueueChecked(_ q: Int, _ incoming: MessageRun) -> Int64 {
        // A queue on a down node, or a quorum queue without a majority, takes nothing (a nack).
        if queueDown(q) {
            queues[q].counters.refused += incoming.count
            return incoming.count
        }
        if let s = streamIndex(q) {
            appendToStreamQueue(s, incoming)
            return 0
        }
        let cfg = queueParams[q]
        var run = incoming
        run.firstSeq = queues[q].nextSeq
        run.stride = 1
        var refused: Int64 = 0
        if let max = cfg.maxLength, cfg.overflow != .dropHead, !(cfg.quorum && cfg.overflow == .rejectPublishDLX) {
            // Quorum reject-publish lets the queue reach max-length + 1 before it nacks (rule e).
            let cap = cfg.quorum ? max + 1 : max
            let room = Swift.max(0, cap - queues[q].readyCount)
            if run.count > room {
                var rejected = run
                if room > 0 { let kept = rejected.takeFront(room); run = kept } else { run.count = 0; run.bytes = 0 }
                refused = rejected.count
                queues[q].counters.refused += refused
                if cfg.overflow == .rejectPublishDLX, let dlx = config.queues[q].deadLetter,
                   !forwardDeadLetter(q, rejected, to: dlx, reason: .maxlen) {
                    noteDeadLetterCycle(q)
                }
                if queues[q].counters.refused == refused {
                    log(.bad, "\(config.queues[q].name) is full (\(groupedCount(Int64(max))) messages): publishes refused")
                }
            }
        }
        guard run.count > 0 else { return refused }
        if let max = cfg.maxLength, cfg.overflow == .dropHead || (cfg.quorum && cfg.overflow == .rejectPublishDLX) {
            enqueueDroppingHead(q, run, max: max)
        } else {
            accept(q, run)
        }
        ensureMemoryTicks()
        dispatch(q)
        return refused
    }

    @inline(__always)
    private mutating func accept(_ q: Int, _ run: MessageRun) {
        queues[q].acceptPublished(run)
        noteMemoryGrowth(run)
    }

    /// drop-head, message by message: while the queue has room a message joins it (and a consumer
    /// with credit may take it at once); at the limit each arrival pushes the oldest out, so the
    /// queue never holds more than `max` (rule e), even for a backlog or burst.
    private mutating func enqueueDroppingHead(_ q: Int, _ incoming: MessageRun, max: Int64) {
        var run = incoming
        while run.count > 0 {
            var room = max - queues[q].readyCount
            // An empty queue hands a message straight to a consumer with credit, even at max 0.
            if room <= 0 && queues[q].readyCount == 0 && queues[q].creditedConsumers > 0 && broker.up { room = 1 }
            if room <= 0 { break }
            var part: MessageRun
            if run.count > room {
                part = run.takeFront(room)
            } else {
                part = run
                run.count = 0
                run.bytes = 0
            }
            var seq = part
            seq.firstSeq = queues[q].nextSeq
            accept(q, seq)
            let before = queues[q].readyCount
            dispatch(q)
            if queues[q].readyCount == before { break } // no consumer took any: the queue is full
        }
        guard run.count > 0 else { return }
        run.firstSeq = queues[q].nextSeq
        // `k` more arrivals each push one message out of the head: first what is queued,
        // then (when k > max) the front of this very run, which passes straight through.
        let k = run.count
        var fromQueue = Swift.min(k, queues[q].readyCount)
        queues[q].nextSeq += k
        queues[q].counters.published += k
        while fromQueue > 0, let head = queues[q].popFront(fromQueue) {
            fromQueue -= head.count
            drop(q, head)
        }
        let passThrough = k - Swift.min(k, max)
        if passThrough > 0 { drop(q, run.takeFront(passThrough)) }
        if run.count > 0 {
            queues[q].pushBack(run)
            noteMemoryGrowth(run)
        }
    }

    private mutating func drop(_ q: Int, _ run: MessageRun) {
        queues[q].counters.dropped += run.count
        noteDropped(q)
        deadLetterOrDiscard(q, run, reason: .maxlen)
    }

    /// Sends messages that left queue `q` to its dead-letter target, or discards them.
    mutating func deadLetterOrDiscard(_ q: Int, _ run: MessageRun, reason: DeadLetterReason) {
        guard let dlx = config.queues[q].deadLetter else {
            queues[q].counters.discarded += run.count
            return
        }
        guard forwardDeadLetter(q, run, to: dlx, reason: reason) else {
            queues[q].counters.discarded += run.count
            noteDeadLetterCycle(q)
            return
        }
        queues[q].counters.deadLettered += run.count
        switch reason {
        case .rejected: queues[q].counters.deadLetteredRejected += run.count
        case .expired: queues[q].counters.deadLetteredExpired += run.count
        case .maxlen: queues[q].counters.deadLetteredMaxlen += run.count
        case .deliveryLimit: queues[q].counters.deadLetteredDeliveryLimit += run.count
        }
    }

    /// Republishes a dead-lettered run; false when the cycle rule dropped it everywhere.
    ///
    /// A dead-lettered message enters its target queue as a new message: its TTL there counts from
    /// now (RabbitMQ's queue TTL runs from when a message entered the queue). A message that would
    /// reach a queue it was already dead-lettered from, with no rejection on the way, is dropped
    /// (RabbitMQ's cycle rule), so a cycle of TTLs, length limits or exchanges always ends.
    mutating func forwardDeadLetter(_ q: Int, _ run: MessageRun, to dlx: Destination, reason: DeadLetterReason) -> Bool {
        var copy = run
        copy.source = -1
        copy.flags.remove(.redelivered)
        copy.deliveryCount = 0
        copy.firstPublish = now
        copy.lastPublish = now
        copy.deadLetterPath = reason == .rejected ? 0 : deadLetterPath(run.deadLetterPath, adding: q)
        let targets = deadLetterTargets(dlx, copy)
        if targets.cycled && targets.queues.isEmpty { return false }
        for t in targets.queues { _ = enqueue(Int(t), copy) }
        return true
    }
}
