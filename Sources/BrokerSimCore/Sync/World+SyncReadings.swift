/// Read-only views of the synchronous side for the console and the report.
extension World {
    public func serviceInstanceName(_ id: Int) -> String {
        "\(config.services[Int(sync.instances[id].service)].name)-\(sync.instances[id].number)"
    }

    /// What an instance is doing now, in the workers' vocabulary: idle, busy, slow, crashed, removed.
    public func serviceInstanceStatus(_ id: Int) -> WorkerStatus {
        let s = sync.instances[id]
        if s.retired { return .removed }
        if !s.alive { return .crashed }
        if s.slowFactor > 1 { return .slow }
        return s.serving.isEmpty ? .idle : .busy
    }

    /// Calls a producer is waiting on now (0 for producers that do not call).
    public func callerWaiting(_ p: Int) -> Int64 { sync.callers[p].waiting }

    /// True when the producer calls a service rather than publishing.
    public func isCaller(_ p: Int) -> Bool {
        if case .service = config.producers[p].target { return true }
        return false
    }

    /// Calls a service's instances hold now, in service and waiting, abandoned ones included.
    public func serviceCallsHeld(_ s: Int) -> Int {
        sync.services[s].instances.reduce(0) { $0 + sync.instances[Int($1)].inFlight }
    }

    /// Per caller: sent = ok + failed + timed_out + waiting; the calls a service's instances hold for
    /// waiting callers are the calls its callers wait on; the slots in use are the calls instances hold.
    func syncInvariantFailure() -> String? {
        for p in config.producers.indices where isCaller(p) {
            let c = sync.callers[p]
            if producers[p].sent != c.ok + c.failed + c.timedOut + c.waiting {
                return "caller \(config.producers[p].name) at \(now): sent \(producers[p].sent) != ok+failed+timed_out+waiting"
            }
        }
        for s in config.services.indices {
            var callersWaiting: Int64 = 0
            for p in config.producers.indices where config.producers[p].target == .service(s) {
                callersWaiting += sync.callers[p].waiting
            }
            if callersWaiting != Int64(waitingOn(s)) {
                return "service \(config.services[s].name) at \(now): callers wait on \(callersWaiting), instances hold \(waitingOn(s))"
            }
        }
        let held = sync.instances.reduce(0) { $0 + $1.inFlight }
        if held != sync.callsHeld { return "sync at \(now): instances hold \(held) calls, \(sync.callsHeld) slots in use" }
        return nil
    }

    /// Calls to a service whose callers still wait.
    func waitingOn(_ s: Int) -> Int {
        var n = 0
        for id in sync.services[s].instances {
            let inst = sync.instances[Int(id)]
            for slot in inst.serving where sync.calls[Int(slot)].callerWaiting { n += 1 }
            for slot in inst.line where sync.calls[Int(slot)].callerWaiting { n += 1 }
        }
        return n
    }
}
