/// What becomes of a delivered message: acked and recorded, or put back (requeued, returned by
/// a consumer that went away), dead-lettered past its delivery limit or its deadline.
extension World {
    /// The message is no longer unacked.
    @inline(__always)
    mutating func settle(_ q: Int, _ m: MessageRun) {
        queues[q].unacked -= m.count
        queues[q].unackedBytes -= m.bytes
        noteMemoryRelease(m)
    }

    @inline(__always)
    mutating func recordAck(_ q: Int, _ m: MessageRun) { queues[q].recordAck(m, at: now) }

    /// reject/nack with requeue: a classic queue puts the message back at its position (the head),
    /// a quorum queue (3.10) at the tail with the delivery count raised (rule c).
    mutating func requeueRejected(_ q: Int, _ m: MessageRun) { putBack(q, m, quorumAtTail: true) }

    /// A consumer went away with the message unacked: back to the queue, redelivered (rule b);
    /// a quorum queue serves such returns before everything else.
    mutating func returnUnacked(_ q: Int, _ m: MessageRun) { putBack(q, m, quorumAtTail: false) }

    private mutating func putBack(_ q: Int, _ m: MessageRun, quorumAtTail: Bool) {
        var m = m
        m.flags.insert(.redelivered)
        let quorum = queueParams[q].quorum
        if quorum {
            m.deliveryCount += 1
            if overDeliveryLimit(q, m) { return }
        }
        if expiredOnReturn(q, m) { return }
        noteMemoryGrowth(m)
        if !quorum {
            queues[q].insertInOrder(m)
        } else if quorumAtTail {
            // A keyed message keeps its sequence: its key is drawn from it (KeyOrder).
            if queueParams[q].keyed { queues[q].pushBack(m) } else { queues[q].readyCountAdjustingPushBack(m) }
        } else {
            queues[q].pushReturn(m)
        }
    }

    /// Quorum delivery limit N: N+1 deliveries, then dead-lettered or dropped (rule i).
    mutating func overDeliveryLimit(_ q: Int, _ m: MessageRun) -> Bool {
        guard let limit = queueParams[q].deliveryLimit, m.deliveryCount > limit else { return false }
        deadLetterOrDiscard(q, m, reason: .deliveryLimit)
        if queues[q].counters.deadLettered + queues[q].counters.discarded == m.count {
            log(.warning, "\(config.queues[q].name): a message reached its delivery limit (\(limit + 1) deliveries)")
        }
        return true
    }

    /// A message requeued after its deadline is dead-lettered at once (rule d).
    mutating func expiredOnReturn(_ q: Int, _ m: MessageRun) -> Bool {
        guard let ttl = queueParams[q].ttl, m.lastPublish + ttl <= now else { return false }
        queues[q].counters.expired += m.count
        noteExpired(q, m.count)
        deadLetterOrDiscard(q, m, reason: .expired)
        return true
    }
}

extension QueueState {
    mutating func readyCountAdjustingPushBack(_ run: MessageRun) {
        var r = run
        r.firstSeq = nextSeq
        r.stride = 1
        nextSeq += r.count
        pushBack(r)
    }
}
