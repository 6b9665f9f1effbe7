/// Calls: round-robin to a live instance, a place in service or in its line, the answer or the
/// caller's timeout, whichever comes first.
extension World {
    mutating func setUpSync() {
        sync.callers = Array(repeating: CallerStats(), count: config.producers.count)
        sync.services = Array(repeating: ServiceState(), count: config.services.count)
        for s in config.services.indices {
            for _ in 0..<config.services[s].count { addServiceInstance(s) }
        }
    }

    /// Starts the next-numbered instance of a service, alive and empty.
    mutating func addServiceInstance(_ s: Int) {
        let number = Int32(sync.services[s].instances.count + 1)
        let name = "\(config.services[s].name)-\(number)"
        // One generator per instance, named after it: adding an instance leaves the others' draws alone.
        let inst = ServiceInstance(service: Int32(s), number: number,
                                   rng: SplitMix64(seed: config.seed, stream: "service:" + name))
        sync.services[s].instances.append(Int32(sync.instances.count))
        sync.instances.append(inst)
    }

    mutating func handleSync(_ e: SyncEvent) {
        switch e {
        case .callDone(let c, let gen): callDone(Int(c), generation: gen)
        case .callTimeout(let c, let gen): callTimeout(Int(c), generation: gen)
        }
    }

    /// One arrival of a calling producer: the call goes to the next live instance, or fails at once.
    mutating func syncCall(producer p: Int, service s: Int) {
        guard sync.callsHeld < SyncState.heldLimit else {
            // A server whose backlog is full refuses connections; here the bound is brokersim's own,
            // so that a line fed faster than it is served cannot take all memory.
            refuseCall(p, s)
            if !sync.services[s].saidFull {
                sync.services[s].saidFull = true
                log(.bad, "\(config.producers[p].name) → \(config.services[s].name): \(groupedCount(Int64(SyncState.heldLimit))) calls are held already "
                    + "(brokersim's limit): further calls are refused at once until some finish")
            }
            return
        }
        guard let inst = nextLiveInstance(s) else {
            // Connection refused: nothing is listening, so the caller learns it at once.
            refuseCall(p, s)
            if !sync.services[s].refusing {
                sync.services[s].refusing = true
                log(.bad, "\(config.producers[p].name) → \(config.services[s].name): connection refused, no instance is up; calls fail at once")
            }
            return
        }
        sync.callers[p].waiting += 1
        let slot = allocateCall(SyncCall(producer: Int32(p), instance: Int32(inst), madeAt: now))
        schedule(.sync(.callTimeout(call: Int32(slot), generation: sync.calls[slot].generation)),
                 at: now + config.producers[p].timeout)
        if sync.instances[inst].serving.count < config.services[s].concurrency {
            startServing(slot)
        } else {
            sync.instances[inst].line.append(Int32(slot))
        }
    }

    mutating func refuseCall(_ p: Int, _ s: Int) {
        sync.services[s].failed += 1
        sync.services[s].refused += 1
        sync.callers[p].failed += 1
        sync.callers[p].recordWait(.zero, at: now)
    }

    /// Round robin over the service's instances in number order, skipping crashed and removed ones.
    func liveInstanceAfterCursor(_ s: Int) -> (index: Int, id: Int)? {
        let ids = sync.services[s].instances
        for k in 0..<ids.count {
            let i = (sync.services[s].cursor + k) % ids.count
            if sync.instances[Int(ids[i])].isLive { return (i, Int(ids[i])) }
        }
        return nil
    }

    mutating func nextLiveInstance(_ s: Int) -> Int? {
        guard let (i, id) = liveInstanceAfterCursor(s) else { return nil }
        sync.services[s].cursor = (i + 1) % sync.services[s].instances.count
        return id
    }

    mutating func allocateCall(_ call: SyncCall) -> Int {
        if let slot = sync.freeCalls.popLast() {
            let gen = sync.calls[Int(slot)].generation
            sync.calls[Int(slot)] = call
            sync.calls[Int(slot)].generation = gen
            return Int(slot)
        }
        sync.calls.append(call)
        return sync.calls.count - 1
    }

    mutating func freeCall(_ slot: Int) {
        sync.calls[slot].generation &+= 1
        sync.freeCalls.append(Int32(slot))
    }

    /// The instance takes the call into service now; the work time is drawn here, so a `slow`
    /// applies to calls that start after it.
    mutating func startServing(_ slot: Int) {
        let inst = Int(sync.calls[slot].instance)
        let s = Int(sync.instances[inst].service)
        let work = config.services[s].work.sampleDuration(&sync.instances[inst].rng, factor: sync.instances[inst].slowFactor)
        sync.calls[slot].finishAt = now + work
        sync.instances[inst].serving.append(Int32(slot))
        schedule(.sync(.callDone(call: Int32(slot), generation: sync.calls[slot].generation)), at: now + work)
    }

    mutating func callDone(_ slot: Int, generation: UInt32) {
        guard sync.calls[slot].generation == generation else { return } // its instance crashed meanwhile
        let call = sync.calls[slot]
        let inst = Int(call.instance), s = Int(sync.instances[inst].service), p = Int(call.producer)
        if let i = sync.instances[inst].serving.firstIndex(of: Int32(slot)) { sync.instances[inst].serving.remove(at: i) }
        sync.instances[inst].answered += 1
        sync.services[s].latency.record(now - call.madeAt)
        if call.callerWaiting {
            sync.services[s].ok += 1
            sync.callers[p].ok += 1
            sync.callers[p].waiting -= 1
            sync.callers[p].recordWait(now - call.madeAt, at: now)
            if sync.callers[p].timeoutStreak > 0 && now - sync.callers[p].lastTimeoutAt >= config.producers[p].timeout {
                let n = sync.callers[p].timeoutStreak
                sync.callers[p].timeoutStreak = 0
                log(.good, "\(config.producers[p].name): \(config.services[s].name) answers in time again (\(groupedCount(n)) \(plural(n, "call")) timed out meanwhile)")
            }
        } else {
            sync.services[s].late += 1
        }
        freeCall(slot)
        if let next = sync.instances[inst].line.popFirst() { startServing(Int(next)) }
    }

    /// The caller gives up; the call stays with the instance, which still does the work.
    mutating func callTimeout(_ slot: Int, generation: UInt32) {
        guard sync.calls[slot].generation == generation, sync.calls[slot].callerWaiting else { return }
        // Answered at this very instant: the call took exactly `timeout`, which is not slower than it.
        if sync.calls[slot].finishAt <= now { return }
        sync.calls[slot].callerWaiting = false
        let p = Int(sync.calls[slot].producer)
        let s = Int(sync.instances[Int(sync.calls[slot].instance)].service)
        sync.services[s].timedOut += 1
        sync.callers[p].timedOut += 1
        sync.callers[p].waiting -= 1
        sync.callers[p].recordWait(now - sync.calls[slot].madeAt, at: now)
        if sync.callers[p].timeoutStreak == 0 {
            log(.bad, "\(config.producers[p].name): calls to \(config.services[s].name) time out after \(config.producers[p].timeout); the service still works on them")
        }
        sync.callers[p].timeoutStreak += 1
        sync.callers[p].lastTimeoutAt = now
    }

    /// docs/scenarios.md `stop: drained`: no call in flight, abandoned calls an instance still works on included.
    var syncIsDrained: Bool { sync.callsHeld == 0 }
}
