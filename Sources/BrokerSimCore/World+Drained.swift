extension World {
    /// docs/scenarios.md `stop: drained`: nothing left to arrive or to happen on the timeline, every
    /// queue with a live consumer empty and settled, every live group at the log end, and
    /// no synchronous call in flight. A queue nobody consumes does not hold the run up.
    public var isDrained: Bool { var w = self; return w.drainedInPlace() }

    /// `isDrained`, reading the world in place: the event loop asks after every instant, and a
    /// getter called from a mutating path copies the whole world first.
    mutating func drainedInPlace() -> Bool {
        // Cheapest and most often false first: this runs after every instant of a drained run.
        for q in queues.indices where queues[q].readyCount > 0 || queues[q].unacked > 0 || queues[q].autoHeld > 0 {
            if !queues[q].consumers.isEmpty { return false }
        }
        guard pendingTimeline == 0, pendingRestarts == 0, broker.up else { return false }
        for p in producers.indices where !producerIsDone(p) { return false }
        for p in config.producers.indices where config.producers[p].backlog > 0 && now == .zero && producers[p].sent == 0 {
            return false
        }
        for w in workers.indices where workers[w].alive && !workers[w].retired && !workers[w].subscribed {
            return false // a start still to come
        }
        guard syncIsDrained, streamQueuesDrained else { return false }
        // Brought up to now without observing: both advance modes reach this at the same instants.
        advanceContinuous(to: now, observe: .none)
        return streamIsDrained
    }

    /// docs/report.md: published = acked + dead_lettered + discarded + lost + ready + unacked
    /// + auto_ack_held, per queue,
    /// and the worker buffers agree with the queues' unacked counts.
    mutating func verifyInvariants() {
        guard invariantFailure == nil else { return }
        for q in queues.indices where streamIndex(q) == nil {
            let c = queues[q].counters
            let rhs = c.acked + c.deadLettered + c.discarded + c.lost + queues[q].readyCount + queues[q].unacked
                + queues[q].autoHeld
            if c.published != rhs {
                invariantFailure = "queue \(config.queues[q].name) at \(now): published \(c.published) != \(rhs)"
                return
            }
            for w in workers.indices where workers[w].queue == Int32(q) {
                let s = workers[w]
                let counted = s.bufferCount + (s.current == nil ? 0 : 1) + Int64(s.pendingAcks.count)
                if counted != s.unacked {
                    invariantFailure = "\(workerName(w)) at \(now): holds \(counted), counts \(s.unacked) unacked"
                    return
                }
            }
            let credited = queues[q].consumers.count(where: { credit(Int($0)) > 0 })
            let limited = queues[q].consumers.count(where: { workers[Int($0)].creditLimit != .max })
            if credited != queues[q].creditedConsumers || limited != queues[q].limitedConsumers {
                invariantFailure = "queue \(config.queues[q].name) at \(now): \(credited) consumers with credit, "
                    + "counted \(queues[q].creditedConsumers); \(limited) limited, counted \(queues[q].limitedConsumers)"
                return
            }
            for (slot, w) in queues[q].consumers.enumerated() where workers[Int(w)].consumerSlot != Int32(slot) {
                invariantFailure = "\(workerName(Int(w))) at \(now): in consumer slot \(slot), records \(workers[Int(w)].consumerSlot)"
                return
            }
            let held = workers.reduce(Int64(0)) { $0 + ($1.queue == Int32(q) ? $1.unacked : 0) }
            if held != queues[q].unacked + queues[q].autoHeld {
                invariantFailure = "queue \(config.queues[q].name) at \(now): workers hold \(held), "
                    + "unacked \(queues[q].unacked) + auto-acked \(queues[q].autoHeld)"
                return
            }
        }
        if let f = streamInvariantFailure() { invariantFailure = f }
        if invariantFailure == nil, let f = syncInvariantFailure() { invariantFailure = f }
    }
}
