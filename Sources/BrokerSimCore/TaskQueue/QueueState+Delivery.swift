/// A queue's per-message counts for a delivery and an ack, each kept in one call on the queue:
/// `queues[q].x += …` field by field costs a uniqueness check and a bounds check each time.
extension QueueState {
    /// A run handed to a consumer: delivered, the wait of a first delivery, and unacked (or held
    /// by an auto-ack worker).
    @inline(__always)
    mutating func noteDelivery(_ run: MessageRun, at now: SimTime, autoAck: Bool) {
        counters.delivered += run.count
        if run.flags.contains(.redelivered) {
            counters.redelivered += run.count
        } else {
            firstDeliveries += run.count
            if run.count == 1 {
                // One message (every delivery under a prefetch limit): its publish time needs no interpolation.
                let waited = (now - run.firstPublish).micros
                waitSumMicros += Double(waited)
                if waited > 0 { waitedDeliveries += 1 }
            } else {
                noteWaits(run, at: now)
            }
        }
        if autoAck {
            autoHeld += run.count
        } else {
            unacked += run.count
            unackedBytes += run.bytes
        }
    }

    @inline(never)
    mutating func noteWaits(_ run: MessageRun, at now: SimTime) {
        for i in 0..<run.count {
            let waited = (now - run.publishTime(i)).micros
            waitSumMicros += Double(waited)
            if waited > 0 { waitedDeliveries += 1 }
        }
    }

    /// One message from the head to the consumer in `slot` (`popOne`, `noteDelivery` and the
    /// round-robin cursor in one access to the queue); nil when nothing is ready.
    /// - Parameter losingCredit: the delivery uses the consumer's last prefetch credit.
    @inline(__always)
    mutating func deliverOne(toSlot slot: Int, losingCredit: Bool, autoAck: Bool, at now: SimTime) -> MessageRun? {
        guard let m = popOne() else { return nil }
        if losingCredit { creditedConsumers -= 1 }
        noteDelivery(m, at: now, autoAck: autoAck)
        cursor = slot + 1 == consumers.count ? 0 : slot + 1
        return m
    }

    /// A manual ack of one message reached the queue, and its consumer `creditTo` (or -1) has
    /// prefetch credit again.
    @inline(__always)
    mutating func noteAck(_ m: MessageRun, at now: SimTime, creditTo w: Int32) {
        if w >= 0 {
            creditedConsumers += 1
            creditHint = w
        }
        noteAck(m, at: now)
    }

    /// A manual ack reached the queue: the message is no longer unacked, and it is acked.
    @inline(__always)
    mutating func noteAck(_ m: MessageRun, at now: SimTime) {
        unacked -= m.count
        unackedBytes -= m.bytes
        recordAck(m, at: now)
    }

    @inline(__always)
    mutating func recordAck(_ m: MessageRun, at now: SimTime) {
        counters.acked += m.count
        // One message (workers ack one at a time) needs no interpolation; the loop for a run
        // stays out of line so that this inlines into `workDone`.
        if m.count == 1 { latency.record(now - m.firstPublish) } else { recordAckLatencies(m, at: now) }
    }

    @inline(never)
    mutating func recordAckLatencies(_ m: MessageRun, at now: SimTime) {
        for i in 0..<m.count { latency.record(now - m.publishTime(i)) }
    }
}
