extension World {
    /// The feed line for a crashed RabbitMQ stream consumer, or nil for a queue's worker.
    ///
    /// Reading a stream removes nothing and there is no ack, so nothing goes back: what matters
    /// is where reading goes on. Under single active consumer the pool's next instance takes
    /// over at once at the stored offset, re-reading what was read since the last store;
    /// otherwise the consumer resumes there when it restarts, or at its `offset` setting when it
    /// stored none. `worker` and `was`: the one crashed (nil for a whole pool), its read position
    /// and whether it was the one reading.
    func streamCrashLine(_ who: String, pool p: Int, count: Int, worker: Int? = nil,
                         was: (position: Int64, active: Bool)? = nil) -> String? {
        let q = config.workers[p].queue
        guard let s = streamIndex(q) else { return nil }
        let subject = count == 1 ? "\(who) crashed" : "\(count) \(who) workers crashed"
        if count == 1, config.queues[q].singleActiveConsumer, let was, !was.active {
            return "\(subject) while standing by (single active consumer): the active one reads on"
        }
        // What happens first (it survives a cut on a narrow feed), then why nothing goes back.
        let kept = "; a stream keeps every message, nothing is requeued"
        if config.queues[q].singleActiveConsumer,
           let next = pools[p].lazy.map(Int.init).first(where: { $0 < streamQueues.consumers.count && streamQueues.consumers[$0].active }) {
            let at = streamQueues.consumers[next].position
            let from = storedOffset(next) != nil ? "the stored offset \(groupedCount(at))" : "offset \(groupedCount(at)) (\(spec(p)))"
            let again = max(0, (was?.position ?? at) - at)
            return "\(subject): \(workerName(next)) takes over at \(from)"
                + (again > 0 ? " and reads again the \(groupedCount(again)) \(plural(again, "message")) \(who) read since" : "") + kept
        }
        if let w = worker, storedOffset(w) != nil {
            let at = attachPosition(w, streamQueues.streams[s].log)
            return "\(subject): restarted, it resumes at its stored offset \(groupedCount(at))" + kept
        }
        if config.workers[p].track != nil && worker == nil {
            return "\(subject): restarted, they resume at the offsets they stored" + kept
        }
        return "\(subject): restarted, \(count == 1 ? "it starts" : "they start") again at \(spec(p))"
            + (config.workers[p].track != nil ? " (no offset stored yet)" : count == 1 ? " (it stores no offset)" : " (they store no offset)")
            + kept
    }

    /// `offset: next` as the scenario says it.
    private func spec(_ p: Int) -> String {
        switch config.workers[p].offset {
        case .first: "offset: first"
        case .last: "offset: last"
        case .next: "offset: next"
        case .offset(let o): "offset: \(o)"
        case .timestamp(let t): "the offset at \(formatFactor(t.seconds)) s"
        }
    }

    /// A stream consumer's read position and whether it was the one reading, before it stops.
    func streamReading(_ w: Int) -> (position: Int64, active: Bool)? {
        guard streamIndex(Int(workers[w].queue)) != nil, w < streamQueues.consumers.count else { return nil }
        return (streamQueues.consumers[w].position, streamQueues.consumers[w].active)
    }
}
