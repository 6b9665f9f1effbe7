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
        markCutsStale()
        runTimelineEntry(timeline.count - 1)
    }

    mutating func runTimelineEntry(_ i: Int) {
        pendingTimeline -= 1
        let e = timeline[i]
        if let note = e.note { transcript.append(TranscriptEntry(at: now, kind: .note, text: note)) }
        let written = feedWritten
        runAction(e.action)
        if let note = e.note { attach(note, since: written) }
    }

    /// The note goes on the first line the action wrote (one line per event); an action that
    /// wrote none (a rate change, narration) gets the note as its own line.
    mutating func attach(_ note: String, since written: Int) {
        let wrote = feedWritten - written
        if wrote > 0 && wrote <= feed.count {
            let i = feed.count - wrote
            feed[i].note = feed[i].note.map { $0 + "; " + note } ?? note
        } else if wrote == 0 {
            log(.info, note)
        }
    }

    mutating func runAction(_ action: TimelineAction) {
        switch action {
        case .crash(let ref, let d): crash(ref, downFor: d)
        case .restart(let ref): restart(ref, scheduled: false)
        case .slow(let ref, let f): slow(ref, factor: f)
        case .scale(let ref, let n): scale(ref, to: n)
        case .rate(let p, let to, let over): setRate(p, to: to, over: over)
        case .burst(let p, let n):
            log(.info, "\(config.producers[p].name): a burst of \(groupedCount(n)) messages")
            emit(p, count: n, first: now, last: now)
        case .brokerRestart(let d): restartBroker(downtime: d)
        case .say(let text, _):
            transcript.append(TranscriptEntry(at: now, kind: .say, text: text))
        case .ask(let q, let choices, let answer, let why, let review):
            transcript.append(TranscriptEntry(at: now, kind: .ask, text: q, choices: choices, answer: answer, why: why, review: review))
        }
    }

    mutating func crash(_ ref: EntityRef, downFor: SimDuration?) {
        switch ref {
        case .workerPool(let p):
            var n = 0, returned: Int64 = 0, lost: Int64 = 0, last = 0
            for w in pools[p] { if let r = crashWorker(Int(w), say: false) { n += 1; returned += r.returned; lost += r.lost; last = Int(w) } }
            let who = n == 1 ? workerName(last) : config.workers[p].name
            if n > 0, let line = streamCrashLine(who, pool: p, count: n) {
                log(.bad, line)
            } else {
                logWorkerCrash(who, count: n, returned: returned, lost: lost)
            }
        case .worker(let p, let i):
            if i < pools[p].count { crashWorker(Int(pools[p][i])) }
        case .group, .member: streamCrash(ref, downFor: downFor)
        case .service, .serviceInstance: syncCrash(ref, downFor: downFor)
        case .kafkaBroker(let b): crashKafkaBroker(b)
        case .rabbitNode(let n): crashRabbitNode(n)
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
            var back: [Int32] = []
            for w in pools[p] where restartWorker(Int(w), say: false) { back.append(w) }
            if back.count == 1 { log(.good, "\(workerName(Int(back[0]))) restarted and subscribed again") }
            if back.count > 1 { log(.good, "\(groupedCount(Int64(back.count))) \(config.workers[p].name) workers restarted and subscribed again") }
        case .worker(let p, let i):
            if i < pools[p].count { restartWorker(Int(pools[p][i])) }
        case .group, .member: streamRestart(ref)
        case .service, .serviceInstance: syncRestart(ref)
        case .kafkaBroker(let b): restartKafkaBroker(b)
        case .rabbitNode(let n): restartRabbitNode(n)
        case .producer: break
        }
    }

    mutating func slow(_ ref: EntityRef, factor: Double) {
        switch ref {
        case .workerPool(let p):
            for w in pools[p] { workers[Int(w)].slowFactor = factor }
            logSlow(config.workers[p].name, factor)
        case .worker(let p, let i):
            if i < pools[p].count {
                workers[Int(pools[p][i])].slowFactor = factor
                logSlow(workerName(Int(pools[p][i])), factor)
            }
        case .group, .member: streamSlow(ref, factor: factor)
        case .service, .serviceInstance: syncSlow(ref, factor: factor)
        case .producer, .kafkaBroker, .rabbitNode: break
        }
    }

    mutating func scale(_ ref: EntityRef, to n: Int) {
        switch ref {
        case .workerPool(let p): scalePool(p, to: n)
        case .group: streamScale(ref, to: n)
        case .service: syncScale(ref, to: n)
        default: break
        }
    }

    /// One phrasing for every side: `mailer-1: work now takes 5× as long`, and a factor of 1
    /// said as what it is, not as `1.0× slower`.
    mutating func logSlow(_ who: String, _ factor: Double) {
        if factor == 1 { log(.good, "\(who): work back to normal speed") } else {
            log(.warning, "\(who): work now takes \(formatFactor(factor))× as long")
        }
    }
}
