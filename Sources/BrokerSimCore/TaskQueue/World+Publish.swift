/// Why a message left its queue for the dead-letter target (RabbitMQ's `x-death` reasons).
public enum DeadLetterReason: String, Sendable {
    case rejected, expired, maxlen
    case deliveryLimit = "delivery_limit"
}

extension World {
    /// A producer's messages reach the broker: published now, or held while the broker
    /// blocks publishers (memory alarm) or is restarting.
    mutating func taskQueueArrival(_ p: Int, _ run: MessageRun) {
        if !broker.up || broker.alarm || producers[p].heldCount > 0 {
            if broker.alarm && producers[p].blockedSince == nil {
                producers[p].blockedSince = now
                log(.warning, "\(config.producers[p].name) blocked by the memory alarm: its messages wait at the producer")
            }
            if let last = producers[p].held.indices.last, producers[p].held[last].absorbArrivals(run) {} else {
                producers[p].held.append(run)
            }
            producers[p].heldCount += run.count
            return
        }
        publishFromProducer(p, run)
    }

    mutating func publishFromProducer(_ p: Int, _ run: MessageRun) {
        let dest: Destination
        switch config.producers[p].target {
        case .queue(let q): dest = .queue(q)
        case .exchange(let e, let key): dest = .exchange(e, routingKey: key)
        default: return
        }
        let r = publish(run, to: dest, keepKey: true)
        if r.routed == 0 {
            producers[p].unroutable += run.count
        } else {
            // Without publisher confirms the producer cannot tell a refused publish from an
            // accepted one: it counts it as published; the queue's `refused` shows the truth.
            if config.producers[p].confirm {
                producers[p].published += run.count - r.refused
                producers[p].refused += r.refused
            } else {
                producers[p].published += run.count
            }
        }
    }

    /// Publishes to a queue or through an exchange; returns how many queues it reached and how
    /// many of the messages were refused (when every queue it reached refused them).
    @discardableResult
    mutating func publish(_ run: MessageRun, to dest: Destination, keepKey: Bool) -> (routed: Int, refused: Int64) {
        switch dest {
        case .queue(let q):
            return (1, enqueue(q, run))
        case .exchange(let e, let key):
            let k = key.isEmpty ? Int(run.routingKey) : Int(internKeyKnown(key))
            let targets = routes[e][k]
            var refusedEverywhere: Int64 = run.count
            for q in targets { refusedEverywhere = min(refusedEverywhere, enqueue(Int(q), run)) }
            return (targets.count, targets.isEmpty ? 0 : refusedEverywhere)
        }
    }

    func internKeyKnown(_ key: String) -> Int32 { Int32(routingKeys.firstIndex(of: key) ?? 0) }

    /// Accepts messages into a queue under its overflow policy; returns how many it refused.
    mutating func enqueue(_ q: Int, _ incoming: MessageRun) -> Int64 {
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
                    log(.bad, "\(config.queues[q].name) is full (\(max) messages): publishes refused")
                }
            }
        }
        guard run.count > 0 else { return refused }
        queues[q].nextSeq += run.count
        queues[q].counters.published += run.count
        queues[q].pushBack(run)
        if let max = cfg.maxLength, queues[q].readyCount > max,
           cfg.overflow == .dropHead || (cfg.quorum && cfg.overflow == .rejectPublishDLX) {
            // drop-head: the oldest go (dispatch first, so a consumer with credit still gets its share).
            dispatch(q)
            let over = queues[q].readyCount - max
            if over > 0 {
                var left = over
                while left > 0, let head = queues[q].popFront(left) {
                    left -= head.count
                    queues[q].counters.dropped += head.count
                    noteDropped(q)
                    deadLetterOrDiscard(q, head, reason: .maxlen)
                }
            }
        }
        ensureMemoryTicks()
        dispatch(q)
        return refused
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
