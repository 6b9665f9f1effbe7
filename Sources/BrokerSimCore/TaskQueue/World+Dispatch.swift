extension World {
    /// Pushes ready messages to consumers with free prefetch credit, round-robin in
    /// subscription order (rule a), then expires what reached the head past its TTL.
    mutating func dispatch(_ q: Int) {
        // Nothing at the head: nothing to deliver or expire (a worker that finished while the
        // queue was empty, half the calls of a busy pool).
        if queues[q].front == nil && queues[q].returns.isEmpty { return }
        guard broker.up, !queueUnavailable(q) else { return }
        if queueParams[q].plainDispatch && queues[q].limitedConsumers > 0 && queues[q].pagedCount == 0 {
            dispatchCredited(q)
            return
        }
        dispatchAny(q)
    }

    @inline(never)
    mutating func dispatchAny(_ q: Int) {
        let pagedBefore = queues[q].pagedCount
        expireHead(q, strictly: true)
        let gap = queueParams[q].deliveryGap
        let bulk = gap == nil && queues[q].limitedConsumers == 0
        while queues[q].readyCount > 0 && !queues[q].consumers.isEmpty {
            if gap != nil && now < queues[q].nextDeliveryAt {
                if !queues[q].dispatchPending {
                    queues[q].dispatchPending = true
                    schedule(.queueDispatch(queue: Int32(q)), at: queues[q].nextDeliveryAt)
                }
                break
            }
            if queueParams[q].singleActive {
                guard dispatchSingleActive(q) else { break }
                if let gap { queues[q].nextDeliveryAt = now + gap }
                continue
            }
            if bulk {
                deliverBulk(q)
                continue
            }
            guard queues[q].creditedConsumers > 0, let c = nextConsumerWithCredit(q) else { break }
            guard let m = queues[q].popOne() else { break }
            deliver(m, to: Int(queues[q].consumers[c]), from: q)
            queues[q].cursor = c + 1 == queues[q].consumers.count ? 0 : c + 1
            if let gap { queues[q].nextDeliveryAt = now + gap }
        }
        expireHead(q, strictly: false)
        // Paged messages read back for delivery take RAM again (unless an auto-ack worker took them).
        if queues[q].pagedCount < pagedBefore { memoryRose() }
    }

    func credit(_ w: Int) -> Int64 {
        let cap = workers[w].creditLimit
        return cap == .max ? .max : cap - workers[w].unacked
    }

    /// Changes what a worker holds unacked, keeping its queue's count of consumers with credit
    /// (dispatch reads that count instead of scanning every consumer after each delivery).
    @inline(__always)
    mutating func changeUnacked(_ w: Int, by delta: Int64) {
        let cap = workers[w].creditLimit
        let old = workers[w].unacked
        workers[w].unacked = old + delta
        if cap != .max && workers[w].subscribed && (old < cap) != (old + delta < cap) {
            let q = Int(workers[w].queue)
            if old + delta < cap {
                queues[q].creditedConsumers += 1
                queues[q].creditHint = Int32(w)
            } else {
                queues[q].creditedConsumers -= 1
            }
        }
    }

    /// `mutating` only so that the world is read in place: a non-mutating method called from
    /// the mutating dispatch path copies the whole world (~500 bytes) first.
    @inline(__always)
    mutating func nextConsumerWithCredit(_ q: Int) -> Int? {
        if queues[q].creditedConsumers == 1 {
            // The scan below would find the only consumer with credit; a worker that just finished
            // is usually it, and checking that skips the scan (and its hard-to-predict branches).
            let h = Int(queues[q].creditHint)
            if h >= 0 && workers[h].subscribed && workers[h].queue == Int32(q) && workers[h].unacked < workers[h].creditLimit {
                return Int(workers[h].consumerSlot)
            }
        }
        let n = queues[q].consumers.count
        var c = queues[q].cursor
        for _ in 0..<n {
            if c >= n { c = 0 }
            let w = Int(queues[q].consumers[c])
            if workers[w].unacked < workers[w].creditLimit { return c }
            c += 1
        }
        return nil
    }

    /// Unlimited credit everywhere: the head run is dealt round-robin in one step, each consumer
    /// receiving a strided run (a strict 1:1 rotation whatever its speed, rule a).
    mutating func deliverBulk(_ q: Int) {
        guard let run = queues[q].popFront(queues[q].head?.count ?? 0) else { return }
        let k = Int64(queues[q].consumers.count)
        let start = queues[q].cursor
        if run.count == 1 || k == 1 {
            deliver(run, to: Int(queues[q].consumers[start]), from: q)
            queues[q].cursor = (start + Int(run.count % k)) % Int(k)
            return
        }
        for j in 0..<min(k, run.count) {
            let n = (run.count - j + k - 1) / k
            var part = run
            part.firstSeq = run.firstSeq + j * run.stride
            part.stride = run.stride * k
            part.count = n
            part.firstPublish = run.publishTime(j)
            part.lastPublish = run.publishTime(j + (n - 1) * k)
            part.bytes = run.bytes / run.count * n + (j < run.bytes % run.count ? 1 : 0)
            let c = (start + Int(j)) % Int(k)
            deliver(part, to: Int(queues[q].consumers[c]), from: q)
        }
        queues[q].cursor = (start + Int(run.count % k)) % Int(k)
    }

    @inline(__always)
    mutating func deliver(_ run: MessageRun, to w: Int, from q: Int) {
        changeUnacked(w, by: run.count)
        queues[q].noteDelivery(run, at: now, autoAck: workers[w].autoAck)
        hand(run, to: w)
    }

    /// The worker takes a delivered run: to work at once, or into its buffer.
    @inline(__always)
    mutating func hand(_ run: MessageRun, to w: Int) {
        if !workers[w].busy && run.count == 1 && workers[w].bufferCount == 0 {
            // The common case of prefetch 1: straight to work, no buffer round trip.
            begin(w, run)
            return
        }
        workers[w].bufferCount += run.count
        if let last = workers[w].buffer.indices.last, workers[w].buffer[last].absorb(run) {} else {
            workers[w].buffer.append(run)
        }
        if !workers[w].busy { startWork(w) }
    }

    @inline(__always)
    mutating func startWork(_ w: Int) {
        guard workers[w].current == nil, workers[w].bufferCount > 0 else { return }
        let m = workers[w].buffer[workers[w].buffer.startIndex].count == 1
            ? workers[w].buffer.removeFirst()
            : workers[w].buffer[workers[w].buffer.startIndex].takeFront(1)
        workers[w].bufferCount -= 1
        begin(w, m)
    }

    @inline(__always)
    mutating func begin(_ w: Int, _ m: MessageRun) {
        if !m.flags.isDisjoint(with: .poisonShare) {
            beginDrawingPoison(w, m)
            return
        }
        beginWork(w, m)
    }

    /// A message of a producer with a poison share learns whether it is poison when first handled.
    /// Out of line: with its flag change inlined, the message reached the worker in pieces (the
    /// flags byte from a register, the bytes around it copied in unaligned words), and reading
    /// those words back stalled every delivery on the stores just made (store forwarding).
    @inline(never)
    mutating func beginDrawingPoison(_ w: Int, _ m: MessageRun) {
        var m = m
        let share = poisonShares[Int(m.flags.rawValue >> 5) - 1]
        m.flags.subtract(.poisonShare)
        if poolRNG[Int(workers[w].pool)].rng.unit() < share { m.flags.insert(.poison) }
        beginWork(w, m)
    }

    @inline(__always)
    mutating func beginWork(_ w: Int, _ m: MessageRun) {
        workers[w].beginWork(m, at: now)
        scheduleWorkDone(w, m)
    }

    /// Draws how long the message takes and schedules its end.
    @inline(__always)
    mutating func scheduleWorkDone(_ w: Int, _ m: MessageRun) {
        let pool = Int(workers[w].pool), slow = workers[w].slowFactor
        var d = poolParams[pool].work.sampleDuration(&poolRNG[pool], factor: slow)
        // A message handled again (requeued, or back through a dead-letter loop) takes at least the
        // clock's 1 µs: at zero work time a reject loop would otherwise never let the clock move.
        if d.micros == 0 && m.flags.contains(.processed) { d = SimDuration(micros: 1) }
        schedule(.workDone(worker: Int32(w), generation: workers[w].generation), at: now + d)
    }

    mutating func workDone(_ w: Int, generation: UInt32) {
        guard workers[w].generation == generation, workers[w].current != nil else { return }
        let q = Int(workers[w].queue)
        if workers[w].plainFinish && workers[w].holdsFirstCleanProcessing && !queueParams[q].keyed {
            finishAcked(w, q)
            return
        }
        finishAny(w, q, Int(workers[w].pool), workers[w].current!)
    }

    @inline(never)
    mutating func finishAny(_ w: Int, _ q: Int, _ p: Int, _ m: MessageRun) {
        var m = m
        let generation = workers[w].generation
        workers[w].finishWork(at: now)
        // A duplicate is a second processing of a message already processed successfully (its ack was
        // on its way); a message that failed before (a poison one going round) was never handled.
        if m.succeeded && !m.flags.contains(.duplicateCounted) {
            queues[q].counters.duplicates += 1
            m.flags.insert(.duplicateCounted)
        }
        m.flags.insert(.processed)
        var failed = m.flags.contains(.poison)
        if !failed && poolParams[p].fail > 0 { failed = poolRNG[p].rng.unit() < poolParams[p].fail }
        if !failed {
            noteProcessedInOrder(q, m)
            m.succeeded = true
        }
        if poolParams[p].auto {
            // The broker forgot the message on delivery: a failure cannot be rejected back.
            queues[q].autoHeld -= m.count
            changeUnacked(w, by: -1)
            if failed { queues[q].counters.discarded += 1 } else { recordAck(q, m) }
        } else if failed {
            settle(q, m)
            changeUnacked(w, by: -1)
            queues[q].counters.rejected += 1
            noteReject(q, requeued: !poolParams[p].deadLetterOnFail)
            if poolParams[p].deadLetterOnFail { deadLetterOrDiscard(q, m, reason: .rejected) } else { requeueRejected(q, m) }
        } else if poolParams[p].ackDelay.micros == 0 {
            changeUnacked(w, by: -1)
            queues[q].noteAck(m, at: now)
            noteMemoryRelease(m)
        } else {
            let at = now + poolParams[p].ackDelay
            workers[w].pendingAcks.append((m, at))
            schedule(.ackArrived(worker: Int32(w), generation: generation), at: at)
        }
        startWork(w)
        dispatch(q)
    }

    mutating func ackArrived(_ w: Int, generation: UInt32) {
        guard workers[w].generation == generation, let first = workers[w].pendingAcks.first, first.at <= now else { return }
        workers[w].pendingAcks.removeFirst()
        changeUnacked(w, by: -1)
        let q = Int(workers[w].queue)
        settle(q, first.run)
        recordAck(q, first.run)
        dispatch(q)
    }
}
