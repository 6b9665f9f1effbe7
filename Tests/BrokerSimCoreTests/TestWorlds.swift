@testable import BrokerSimCore

/// Small worlds built in code, the way a scenario file would describe them.
enum TestWorlds {
    static func queue(_ name: String = "emails", configure: (inout QueueConfig) -> Void = { _ in }) -> QueueConfig {
        var q = QueueConfig(name: name)
        configure(&q)
        return q
    }

    static func pool(_ name: String = "mailer", queue: Int = 0, count: Int = 1, prefetch: Int = 1,
                     work: Distribution = .constant(50_000), configure: (inout WorkerPoolConfig) -> Void = { _ in }) -> WorkerPoolConfig {
        var p = WorkerPoolConfig(name: name, queue: queue)
        p.count = count
        p.prefetch = prefetch
        p.work = work
        configure(&p)
        return p
    }

    static func producer(_ name: String = "load", to target: ProducerTarget = .queue(0), backlog: Int64 = 0,
                         rate: Double = 0, configure: (inout ProducerConfig) -> Void = { _ in }) -> ProducerConfig {
        var p = ProducerConfig(name: name, target: target)
        p.backlog = backlog
        p.rate = rate
        configure(&p)
        return p
    }

    static func world(seed: UInt64 = 1, queues: [QueueConfig] = [queue()], workers: [WorkerPoolConfig] = [],
                      producers: [ProducerConfig] = [], exchanges: [ExchangeConfig] = [],
                      timeline: [TimelineEntry] = [], broker: BrokerConfig = BrokerConfig()) -> World {
        var c = WorldConfig()
        c.seed = seed
        c.queues = queues
        c.workers = workers
        c.producers = producers
        c.exchanges = exchanges
        c.timeline = timeline
        c.broker = broker
        c.stop = .drained
        var w = World(config: c)
        w.checkInvariants = true
        return w
    }
}

extension World {
    /// Runs until drained (or the cap) and returns whether it drained.
    @discardableResult
    mutating func drain(cap: SimDuration = .secs(86_400)) -> Bool {
        advance(to: .zero + cap, stopWhenDrained: true)
    }

    func counters(_ q: Int = 0) -> QueueCounters { queues[q].counters }

    func processed(_ name: String) -> Int64 {
        let id = workers.indices.first { workerName($0) == name }!
        return workers[id].processed
    }
}

func at(_ seconds: Double, _ action: TimelineAction) -> TimelineEntry {
    TimelineEntry(at: .zero + .seconds(seconds), action: action)
}
