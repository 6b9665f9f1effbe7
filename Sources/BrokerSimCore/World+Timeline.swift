extension World {
    mutating func setUpTimeline() {
        // Sorted by `at`, file order for ties (a stable sort over the indices).
        let order = config.timeline.indices.sorted { (config.timeline[$0].at, $0) < (config.timeline[$1].at, $1) }
        timeline = order.map { config.timeline[$0] }
        for (i, e) in timeline.enumerated() { schedule(.timeline(Int32(i)), at: e.at, phase: .timeline) }
        pendingTimeline = timeline.count
    }

    /// Adds an action now (the console's interactive controls); it joins the timeline so that a
    /// replay from an earlier snapshot repeats it.
    public mutating func inject(_ action: TimelineAction, note: String? = nil) {
        timeline.append(TimelineEntry(at: now, action: action, note: note))
        pendingTimeline += 1
        stream.lookedAt = false
        runTimelineEntry(timeline.count - 1)
    }

    mutating func runTimelineEntry(_ i: Int) {
        pendingTimeline -= 1
        let e = timeline[i]
        if let note = e.note {
            log(note)
            transcript.append(TranscriptEntry(at: now, kind: .note, text: note))
        }
        switch e.action {
        case .crash(let ref, let d): crash(ref, downFor: d)
        case .restart(let ref): restart(ref, scheduled: false)
        case .slow(let ref, let f): slow(ref, factor: f)
        case .scale(let ref, let n): scale(ref, to: n)
        case .rate(let p, let to, let over): setRate(p, to: to, over: over)
        case .burst(let p, let n):
            log("\(config.producers[p].name): a burst of \(groupedCount(n)) messages")
            emit(p, count: n, first: now, last: now)
        case .brokerRestart(let d): restartBroker(downtime: d)
        case .say(let text, _):
            transcript.append(TranscriptEntry(at: now, kind: .say, text: text))
        case .ask(let q, let choices, let answer, let why):
            transcript.append(TranscriptEntry(at: now, kind: .ask, text: q, choices: choices, answer: answer, why: why))
        }
    }

    mutating func crash(_ ref: EntityRef, downFor: SimDuration?) {
        switch ref {
        case .workerPool(let p):
            for w in pools[p] where workers[Int(w)].alive && !workers[Int(w)].retired {
                crashWorker(Int(w))
            }
        case .worker(let p, let i):
            if i < pools[p].count { crashWorker(Int(pools[p][i])) }
        case .group, .member: streamCrash(ref, downFor: downFor)
        case .service, .serviceInstance: syncCrash(ref, downFor: downFor)
        case .producer: break
        }
        if let d = downFor {
            pendingRestarts += 1
            schedule(.restart(TimelineTarget(ref)), at: now + d)
        }
    }

    mutating func restart(_ ref: EntityRef, scheduled: Bool) {
        if scheduled { pendingRestarts -= 1 }
        switch ref {
        case .workerPool(let p):
            for w in pools[p] where !workers[Int(w)].alive && !workers[Int(w)].retired { restartWorker(Int(w)) }
        case .worker(let p, let i):
            if i < pools[p].count { restartWorker(Int(pools[p][i])) }
        case .group, .member: streamRestart(ref)
        case .service, .serviceInstance: syncRestart(ref)
        case .producer: break
        }
    }

    mutating func slow(_ ref: EntityRef, factor: Double) {
        switch ref {
        case .workerPool(let p):
            for w in pools[p] { workers[Int(w)].slowFactor = factor }
            log("\(config.workers[p].name): \(slowText(factor))")
        case .worker(let p, let i):
            if i < pools[p].count {
                workers[Int(pools[p][i])].slowFactor = factor
                log("\(workerName(Int(pools[p][i]))): \(slowText(factor))")
            }
        case .group, .member: streamSlow(ref, factor: factor)
        case .service, .serviceInstance: syncSlow(ref, factor: factor)
        case .producer: break
        }
    }

    /// `work now takes 10× as long`, or `back to normal speed` for a factor of 1.
    func slowText(_ factor: Double) -> String {
        factor == 1 ? "back to normal speed" : "work now takes \(formatFactor(factor))× as long"
    }

    mutating func scale(_ ref: EntityRef, to n: Int) {
        switch ref {
        case .workerPool(let p): scalePool(p, to: n)
        case .group: streamScale(ref, to: n)
        case .service: syncScale(ref, to: n)
        default: break
        }
    }
}
