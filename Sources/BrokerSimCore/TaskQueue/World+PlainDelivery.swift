/// The task queue of most scenarios, delivered and acked on short paths: a classic queue without
/// TTL, rate limit or single active consumer, consumers under a prefetch limit, nothing paged, and
/// workers that ack at once and never fail. Each step is the general path's (`dispatchAny`,
/// `deliver`, `finishAny`) without the tests that cannot pass here, and with each entity touched
/// once: every `queues[q].x = …` or `workers[w].x = …` of its own costs a call into the runtime
/// (the array's uniqueness check), and the M/M/5 run made about fifteen of them per message.
extension World {
    @inline(__always)
    mutating func dispatchCredited(_ q: Int) {
        while queues[q].readyCount > 0 && queues[q].creditedConsumers > 0, let c = nextConsumerWithCredit(q) {
            let w = Int(queues[q].consumers[c])
            // `changeUnacked(w, by: 1)` for a consumer with credit: it loses it at its limit.
            let cap = workers[w].creditLimit, old = workers[w].unacked
            let losing = cap != .max && workers[w].subscribed && old < cap && old + 1 >= cap
            guard let m = queues[q].deliverOne(toSlot: c, losingCredit: losing, autoAck: workers[w].autoAck, at: now) else { break }
            if !workers[w].busy && workers[w].bufferCount == 0 && m.flags.isDisjoint(with: .poisonShare) {
                workers[w].receiveAndBegin(m, at: now)
                scheduleWorkDone(w, m)
            } else {
                workers[w].unacked += m.count
                hand(m, to: w)
            }
        }
    }

    /// `finishAny` for a message that can only be acked: no failure draw, no duplicate, no key order.
    @inline(__always)
    mutating func finishAcked(_ w: Int, _ q: Int) {
        let (m, regained) = workers[w].finishAcking(at: now)
        queues[q].noteAck(m, at: now, creditTo: regained ? Int32(w) : -1)
        noteMemoryRelease(m)
        startWork(w)
        dispatch(q)
    }
}
