extension World {
    /// A worker (re)subscribes at the end of its queue's consumer list.
    mutating func workerStart(_ w: Int, generation: UInt32) {
        guard workers[w].alive, !workers[w].retired, !workers[w].subscribed, broker.up, !queueDown(Int(workers[w].queue))
                || config.queues[Int(workers[w].queue)].kind != .classic else { return }
        if now < poolParams[Int(workers[w].pool)].start { return }
        if streamIndex(Int(workers[w].queue)) != nil {
            streamConsumerStart(w)
            return
        }
        workers[w].subscribed = true
        if workers[w].startedAt == nil { workers[w].startedAt = now }
        let q = Int(workers[w].queue)
        workers[w].consumerSlot = Int32(queues[q].consumers.count)
        queues[q].consumers.append(Int32(w))
        if workers[w].creditLimit != .max { queues[q].limitedConsumers += 1 }
        if credit(w) > 0 {
            queues[q].creditedConsumers += 1
            queues[q].creditHint = Int32(w)
        }
        dispatch(q)
    }

    /// Unsubscribes a worker and gives back what it held: manual-ack messages return redelivered,
    /// an auto-ack worker's buffer is lost. Returns (returned, lost) counts.
    @discardableResult
    mutating func dropConnection(_ w: Int) -> (returned: Int64, lost: Int64) {
        let q = Int(workers[w].queue)
        if let i = queues[q].consumers.firstIndex(of: Int32(w)) {
            queues[q].consumers.remove(at: i)
            for j in i..<queues[q].consumers.count { workers[Int(queues[q].consumers[j])].consumerSlot = Int32(j) }
            workers[w].consumerSlot = -1
            if workers[w].creditLimit != .max { queues[q].limitedConsumers -= 1 }
            if credit(w) > 0 { queues[q].creditedConsumers -= 1 }
            if queues[q].cursor > i { queues[q].cursor -= 1 }
            if queues[q].cursor >= queues[q].consumers.count { queues[q].cursor = 0 }
        }
        workers[w].subscribed = false
        workers[w].generation &+= 1
        if workers[w].busy { workers[w].busyMicros += (now - workers[w].workStartedAt).micros }
        workers[w].busy = false
        var held: [MessageRun] = []
        if let c = workers[w].current { held.append(c) }
        held.append(contentsOf: workers[w].buffer)
        held.append(contentsOf: workers[w].pendingAcks.map(\.run))
        workers[w].current = nil
        workers[w].buffer.removeAll()
        workers[w].bufferCount = 0
        workers[w].pendingAcks.removeAll()
        workers[w].unacked = 0
        var returned: Int64 = 0, lost: Int64 = 0
        let auto = poolParams[Int(workers[w].pool)].auto
        for m in held {
            if auto { queues[q].autoHeld -= m.count } else { settle(q, m) }
            if auto {
                queues[q].counters.lost += m.count
                lost += m.count
            } else {
                returnUnacked(q, m)
                returned += m.count
            }
        }
        return (returned, lost)
    }

    /// - Parameter say: false when a whole pool crashes, which says it in one line.
    /// - Returns: what it gave back, or nil when it was not running.
    @discardableResult
    mutating func crashWorker(_ w: Int, say: Bool = true) -> (returned: Int64, lost: Int64)? {
        guard workers[w].alive, !workers[w].retired else { return nil }
        workers[w].alive = false
        workers[w].crashes += 1
        let (returned, lost) = dropConnection(w)
        let reading = streamReading(w)
        streamConsumerStopped(w)
        if say {
            if let line = streamCrashLine(workerName(w), pool: Int(workers[w].pool), count: 1, worker: w, was: reading) {
                log(.bad, line)
            } else {
                logWorkerCrash(workerName(w), count: 1, returned: returned, lost: lost)
            }
        }
        dispatch(Int(workers[w].queue))
        return (returned, lost)
    }

    /// `mailer-2 crashed: 3 unacked messages back…`, or for a pool `4 mailer workers crashed: 12…`.
    mutating func logWorkerCrash(_ who: String, count: Int, returned: Int64, lost: Int64) {
        guard count > 0 else { return }
        let subject = count == 1 ? who : "\(count) \(who) workers"
        if lost > 0 {
            log(.bad, "\(subject) crashed: \(groupedCount(lost)) auto-acked \(plural(lost, "message")) in \(count == 1 ? "its buffer" : "their buffers") lost for good")
        } else if returned > 0 {
            log(.bad, "\(subject) crashed: \(groupedCount(returned)) unacked \(plural(returned, "message")) back to the queue, marked redelivered")
        } else {
            log(.bad, "\(subject) crashed while idle: nothing to redeliver")
        }
    }

    @discardableResult
    mutating func restartWorker(_ w: Int, say: Bool = true) -> Bool {
        guard !workers[w].alive, !workers[w].retired else { return false }
        workers[w].alive = true
        if say { log(.good, "\(workerName(w)) restarted and subscribed again") }
        resubscribe(w)
        return true
    }

    private mutating func resubscribe(_ w: Int) {
        let pool = config.workers[Int(workers[w].pool)]
        let at = max(now, .zero + pool.start)
        if at == now { workerStart(w, generation: workers[w].generation) } else {
            schedule(.workerStart(worker: Int32(w), generation: workers[w].generation), at: at)
        }
    }

    /// Grows or shrinks a pool: new instances continue the numbering, shrinking removes the highest.
    mutating func scalePool(_ p: Int, to count: Int) {
        var live = pools[p].filter { !workers[Int($0)].retired }
        while live.count > count, let w = live.popLast() {
            let wi = Int(w)
            workers[wi].alive = false
            dropConnection(wi)
            workers[wi].retired = true
            streamConsumerStopped(wi)
            dispatch(Int(workers[wi].queue))
        }
        while live.count < count {
            if let w = pools[p].first(where: { workers[Int($0)].retired }) {
                workers[Int(w)].retired = false
                workers[Int(w)].alive = true
                workers[Int(w)].slowFactor = 1
                live.append(w)
                workerStart(Int(w), generation: workers[Int(w)].generation)
            } else {
                addWorker(pool: p)
                live.append(pools[p].last!)
            }
        }
        log(.info, "\(config.workers[p].name) scaled to \(groupedCount(Int64(count))) \(plural(Int64(count), "worker"))")
    }
}

func plural(_ n: Int64, _ word: String) -> String { n == 1 ? word : word + "s" }
