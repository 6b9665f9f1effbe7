/// What the driver has measured so far, each tick: what the console's measured pane draws.
public struct DriveReading: Sendable {
    public struct Queue: Sendable {
        public var name: String
        public var ready: Int64
        public var unacked: Int64
        public var published: Int64
        public var acked: Int64
    }

    public struct Worker: Sendable {
        public var name: String
        public var processed: Int64
        public var held: Int64
        public var connected: Bool
        public var crashes: Int64
    }

    /// Scenario seconds since the start (wall seconds times the speed).
    public var seconds: Double
    public var queues: [Queue]
    public var workers: [Worker]
}

extension Driver {
    func reading(_ b: DriveBoard.State, _ now: UInt64) -> DriveReading {
        let queues = plan.config.queues.indices.map { q in
            let held = plan.slots.indices.filter { plan.queueIndex(ofPool: plan.slots[$0].pool) == q }
                .reduce(Int64(0)) { $0 + b.workers[$1].held }
            return DriveReading.Queue(name: plan.config.queues[q].name, ready: max(0, b.queues[q].ready), unacked: held,
                                      published: b.queues[q].published, acked: b.queues[q].acked)
        }
        let workers = plan.slots.indices.map { s in
            DriveReading.Worker(name: plan.slots[s].name, processed: b.workers[s].processed, held: b.workers[s].held,
                                connected: b.workers[s].connected, crashes: b.workers[s].crashes)
        }
        return DriveReading(seconds: clock.scenarioSeconds(now), queues: queues, workers: workers)
    }
}
