/// What the driver has measured so far, each tick: what the console's measured pane draws.
public struct DriveReading: Sendable {
    public struct Queue: Sendable {
        public var name: String
        public var ready: Int64
        public var unacked: Int64
        public var published: Int64
        public var acked: Int64
        public var delivered: Int64
        public var redelivered: Int64
        public var type: String
        public var maxLength: Int64?
        public var deadLetterTarget: String?
        public var deliveryLimit: Int64?
    }

    public struct Worker: Sendable {
        public var name: String
        public var processed: Int64
        public var held: Int64
        public var connected: Bool
        public var crashes: Int64
        public var queue: String
        public var prefetch: Int
        public var autoAck: Bool
    }

    /// Scenario seconds since the start (wall seconds times the speed).
    public var seconds: Double
    public var queues: [Queue]
    public var workers: [Worker]
}

extension Driver {
    /// The end of a run as a reading (its last ack for a drained run).
    /// Workers still live at the end show as such (their connections are closed by then).
    public func finalReading(_ r: DriveResult) -> DriveReading {
        var out = reading(r.state, seconds: r.seconds)
        for s in out.workers.indices { out.workers[s].connected = live[s] }
        return out
    }

    func reading(_ b: DriveBoard.State, _ now: UInt64) -> DriveReading { reading(b, seconds: clock.scenarioSeconds(now)) }

    func reading(_ b: DriveBoard.State, seconds: Double) -> DriveReading {
        let queues = plan.config.queues.indices.map { q in
            let held = plan.slots.indices.filter { plan.queueIndex(ofPool: plan.slots[$0].pool) == q }
                .reduce(Int64(0)) { $0 + b.workers[$1].held }
            let mine = plan.slots.indices.filter { plan.queueIndex(ofPool: plan.slots[$0].pool) == q }
            let d = plan.queues[q]
            return DriveReading.Queue(
                name: plan.config.queues[q].name, ready: max(0, b.queues[q].ready), unacked: max(held, b.queues[q].unacked),
                published: b.queues[q].published, acked: b.queues[q].acked,
                delivered: mine.reduce(Int64(0)) { $0 + b.workers[$1].delivered },
                redelivered: mine.reduce(Int64(0)) { $0 + b.workers[$1].redelivered },
                type: d.type ?? "classic", maxLength: d.maxLength,
                deadLetterTarget: d.deadLetterExchange.map { x in
                    let key = d.deadLetterKey.map { String($0.dropFirst(x.isEmpty ? plan.prefix.count : 0)) }
                    return x.isEmpty ? (key ?? "") : String(x.dropFirst(plan.prefix.count)) + (key.map { " → \($0)" } ?? "")
                },
                deliveryLimit: d.deliveryLimit)
        }
        let workers = plan.slots.indices.map { s in
            let pool = plan.config.workers[plan.slots[s].pool]
            return DriveReading.Worker(name: plan.slots[s].name, processed: b.workers[s].processed, held: b.workers[s].held,
                                       connected: b.workers[s].subscribed, crashes: b.workers[s].crashes,
                                       queue: plan.config.queues[pool.queue].name, prefetch: pool.prefetch,
                                       autoAck: pool.ack == .auto)
        }
        return DriveReading(seconds: seconds, queues: queues, workers: workers)
    }
}
