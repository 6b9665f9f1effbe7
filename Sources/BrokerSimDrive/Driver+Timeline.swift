import BrokerSimCore

extension Driver {
    /// Carries out every timeline entry and pending start due by `now` (wall nanoseconds).
    func runDue(_ now: UInt64) {
        let timeline = plan.config.timeline.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
        while timelineDone < timeline.count {
            let e = timeline[timelineDone].element
            let at = clock.startNanos + UInt64(plan.wall(e.at - .zero) * 1e9)
            // A rate change due before the next tick is handed to the producer now with its own
            // instant, which the producer keeps to the nanosecond; the rest happen at the tick.
            var early: UInt64 = 0
            if case .rate = e.action { early = UInt64(Self.tickMillis) * 1_000_000 }
            guard now + early >= at else { break }
            timelineDone += 1
            apply(e.action, now: max(now, at))
        }
        var later: [(atNanos: UInt64, action: Pending)] = []
        for p in pending {
            guard now >= p.atNanos else { later.append(p); continue }
            switch p.action {
            case .start(let slot): startWorker(slot)
            case .restart(let ref):
                // An instance whose thread is still closing its channel comes back at the next tick.
                if !restart(ref) { later.append(p) }
            }
        }
        pending = later
    }

    func apply(_ action: TimelineAction, now: UInt64) {
        switch action {
        case .crash(let ref, let downFor):
            let slots = self.slots(ref).filter { live[$0] }
            for s in slots { live[s] = false; crashed[s] = true }
            board.state.withLock { b in for s in slots { b.orders[s] = .crash } }
            if let d = downFor { pending.append((now + UInt64(plan.wall(d) * 1e9), .restart(ref))) }
        case .restart(let ref):
            if !restart(ref) { pending.append((now, .restart(ref))) }
        case .slow(let ref, let factor):
            let slots = self.slots(ref)
            board.state.withLock { b in for s in slots { b.slow[s] = factor } }
        case .scale(.workerPool(let p), let n):
            let slots = plan.slots.indices.filter { plan.slots[$0].pool == p }
            var running = slots.filter { live[$0] }
            while running.count > n, let s = running.popLast() {
                live[s] = false
                board.state.withLock { $0.orders[s] = .retire }
            }
            for s in slots where running.count < n && !live[s] && !connected(s) {
                startWorker(s)
                running.append(s)
            }
        case .rate(let p, let to, let over):
            board.state.withLock { b in
                let from = ProducerThread.rate(b.producers[p].ramp, at: now)
                b.producers[p].ramp = (from, to, now, UInt64(plan.wall(over) * 1e9))
            }
        case .burst(let p, let count):
            board.state.withLock { $0.producers[p].bursts += count }
        default:
            break
        }
    }

    /// Starts the named instances that crashed; false when one of them is still closing.
    func restart(_ ref: EntityRef) -> Bool {
        let down = slots(ref).filter { crashed[$0] }
        if down.contains(where: connected) { return false }
        for s in down {
            crashed[s] = false
            startWorker(s)
        }
        return true
    }

    func connected(_ s: Int) -> Bool { board.state.withLock { $0.workers[s].connected } }

    /// The worker slots a timeline reference names.
    func slots(_ ref: EntityRef) -> [Int] {
        switch ref {
        case .workerPool(let p): return plan.slots.indices.filter { plan.slots[$0].pool == p }
        case .worker(let p, let i): return plan.slots.indices.filter { plan.slots[$0].pool == p && plan.slots[$0].number == i + 1 }
        default: return []
        }
    }
}
