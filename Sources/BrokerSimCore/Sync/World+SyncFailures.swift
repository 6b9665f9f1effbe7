/// Timeline actions on services: crash, restart, slow and scale, on a whole service or one instance.
extension World {
    /// The instance IDs a reference names (a whole service, or one instance if it exists yet).
    func serviceInstanceIDs(_ ref: EntityRef) -> [Int] {
        switch ref {
        case .service(let s): return sync.services[s].instances.map { Int($0) }
        case .serviceInstance(let s, let i):
            return i < sync.services[s].instances.count ? [Int(sync.services[s].instances[i])] : []
        default: return []
        }
    }

    /// A whole service's crash is one feed line (`3 email-api instances crashed: …`).
    mutating func syncCrash(_ ref: EntityRef, downFor: SimDuration?) {
        var crashed: [Int] = [], failed: Int64 = 0, abandoned: Int64 = 0
        for id in serviceInstanceIDs(ref) where sync.instances[id].isLive {
            sync.instances[id].alive = false
            sync.instances[id].crashes += 1
            let dropped = dropCalls(id)
            failed += dropped.failed
            abandoned += dropped.abandoned
            crashed.append(id)
        }
        guard let first = crashed.first else { return }
        let who = crashed.count == 1 ? serviceInstanceName(first)
            : "\(crashed.count) \(config.services[Int(sync.instances[first].service)].name) instances"
        log(.bad, "\(who) crashed" + droppedNote(failed, abandoned, idle: " while idle"))
    }

    /// `: 6 calls in flight failed`, `: 3 abandoned calls dropped (their callers had already timed out)`.
    func droppedNote(_ failed: Int64, _ abandoned: Int64, idle: String) -> String {
        let abandonedText = "\(abandoned) abandoned \(plural(abandoned, "call")) dropped"
        switch (failed, abandoned) {
        case (0, 0): return idle
        case (_, 0): return ": \(failed) \(plural(failed, "call")) in flight failed"
        case (0, _): return ": \(abandonedText) (their callers had already timed out)"
        default: return ": \(failed) \(plural(failed, "call")) in flight failed, \(abandonedText) (callers already timed out)"
        }
    }

    /// Fails every call an instance holds, in service and in line: a caller still waiting sees
    /// `failed` now. Returns (failed, abandoned) — abandoned calls had timed out already.
    @discardableResult
    mutating func dropCalls(_ id: Int) -> (failed: Int64, abandoned: Int64) {
        var held = sync.instances[id].serving
        held.append(contentsOf: sync.instances[id].line)
        sync.instances[id].serving.removeAll()
        sync.instances[id].line.removeAll()
        let s = Int(sync.instances[id].service)
        var failed: Int64 = 0, abandoned: Int64 = 0
        for slot in held.map({ Int($0) }) {
            let call = sync.calls[slot]
            if call.callerWaiting {
                let p = Int(call.producer)
                sync.services[s].failed += 1
                sync.callers[p].failed += 1
                sync.callers[p].waiting -= 1
                sync.callers[p].recordWait(now - call.madeAt, at: now)
                failed += 1
            } else {
                abandoned += 1
            }
            freeCall(slot)
        }
        return (failed, abandoned)
    }

    mutating func syncRestart(_ ref: EntityRef) {
        var back: [Int] = []
        for id in serviceInstanceIDs(ref) where !sync.instances[id].alive && !sync.instances[id].retired {
            sync.instances[id].alive = true
            sync.services[Int(sync.instances[id].service)].refusing = false
            back.append(id)
        }
        guard let first = back.first else { return }
        log(.good, back.count == 1 ? "\(serviceInstanceName(first)) restarted and takes calls again"
            : "\(back.count) \(config.services[Int(sync.instances[first].service)].name) instances restarted and take calls again")
    }

    mutating func syncSlow(_ ref: EntityRef, factor: Double) {
        let ids = serviceInstanceIDs(ref)
        for id in ids { sync.instances[id].slowFactor = factor }
        let what: String
        switch ref {
        case .service(let s): what = config.services[s].name
        default:
            guard let id = ids.first else { return }
            what = serviceInstanceName(id)
        }
        logSlow(what, factor)
    }

    /// Grows or shrinks a service: growing brings back removed instances first (numbering continues),
    /// shrinking removes the highest-numbered live ones and fails the calls they hold.
    mutating func syncScale(_ ref: EntityRef, to count: Int) {
        guard case .service(let s) = ref else { return }
        var kept = sync.services[s].instances.filter { !sync.instances[Int($0)].retired }
        while kept.count > count, let last = kept.popLast() {
            let id = Int(last)
            let (failed, abandoned) = dropCalls(id)
            sync.instances[id].retired = true
            sync.instances[id].alive = false
            if failed + abandoned > 0 { log(.bad, "\(serviceInstanceName(id)) removed" + droppedNote(failed, abandoned, idle: "")) }
        }
        while kept.count < count {
            if let id = sync.services[s].instances.first(where: { sync.instances[Int($0)].retired }) {
                sync.instances[Int(id)].retired = false
                sync.instances[Int(id)].alive = true
                sync.instances[Int(id)].slowFactor = 1
                kept.append(id)
            } else {
                addServiceInstance(s)
                kept.append(sync.services[s].instances.last!)
            }
        }
        if count > 0 { sync.services[s].refusing = false }
        log(.info, "\(config.services[s].name) scaled to \(groupedCount(Int64(count))) \(plural(Int64(count), "instance"))")
    }
}

/// `5`, `2.5`: a factor as a person writes it.
func formatFactor(_ f: Double) -> String {
    f == f.rounded() && abs(f) < 1e15 ? String(Int64(f)) : String(f)
}
