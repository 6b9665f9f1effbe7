extension World {
    /// Share of the time since the worker first subscribed that it spent working.
    public func busyShare(_ w: Int) -> Double {
        let s = workers[w]
        guard let start = s.startedAt, now > start else { return 0 }
        var busy = s.busyMicros
        if s.busy { busy += (now - s.workStartedAt).micros }
        return Double(busy) / Double((now - start).micros)
    }

    /// Seconds the memory alarm has been on, the current stretch included.
    public var alarmSeconds: Double {
        Double(broker.alarmMicros + (broker.alarm ? (now - broker.alarmSince).micros : 0)) / 1_000_000
    }

    public func blockedSeconds(_ p: Int) -> Double {
        let s = producers[p]
        return Double(s.blockedMicros + (s.blockedSince.map { (now - $0).micros } ?? 0)) / 1_000_000
    }

    /// What a worker is doing now, as the console shows it.
    public func workerStatus(_ w: Int) -> WorkerStatus {
        let s = workers[w]
        if s.retired { return .removed }
        if !s.alive { return .crashed }
        if !s.subscribed { return .waiting }
        if let st = streamIndex(Int(s.queue)), w < streamQueues.consumers.count {
            // A stream consumer: waiting when another instance is the single active one, busy while behind.
            let c = streamQueues.consumers[w]
            if !c.active { return .waiting }
            if s.slowFactor > 1 { return .slow }
            return c.position < streamQueues.streams[st].log.logEnd ? .busy : .idle
        }
        if s.slowFactor > 1 { return .slow }
        return s.busy ? .busy : .idle
    }
}

public enum WorkerStatus: String, Sendable {
    case idle, busy, slow, crashed, waiting, removed
}
