@testable import BrokerSimCore

/// Worlds with services and calling producers, built in code as a scenario would describe them.
enum SyncWorlds {
    static func service(_ name: String = "email-api", count: Int = 1, work: Distribution = .constant(100_000),
                        concurrency: Int = 1) -> ServiceConfig {
        var s = ServiceConfig(name: name)
        s.count = count
        s.work = work
        s.concurrency = concurrency
        return s
    }

    static func caller(_ name: String = "checkout", service: Int = 0, rate: Double = 0, backlog: Int64 = 0,
                       timeout: SimDuration = .secs(30), arrivals: ArrivalProcess = .uniform) -> ProducerConfig {
        var p = ProducerConfig(name: name, target: .service(service))
        p.rate = rate
        p.backlog = backlog
        p.timeout = timeout
        p.arrivals = arrivals
        return p
    }

    static func world(seed: UInt64 = 1, services: [ServiceConfig] = [service()], producers: [ProducerConfig],
                      timeline: [TimelineEntry] = []) -> World {
        var c = WorldConfig()
        c.seed = seed
        c.services = services
        c.producers = producers
        c.timeline = timeline
        c.stop = .drained
        var w = World(config: c)
        w.checkInvariants = true
        return w
    }
}

extension World {
    func caller(_ p: Int = 0) -> CallerStats { sync.callers[p] }
    func service(_ s: Int = 0) -> ServiceState { sync.services[s] }
    func instance(_ name: String) -> ServiceInstance {
        sync.instances[sync.instances.indices.first { serviceInstanceName($0) == name }!]
    }
    var feedText: [String] { feed.map(\.text) }
}

/// Stops a producer's arrivals at an instant, so that a run can drain.
func stopCalls(at seconds: Double, producer: Int = 0) -> TimelineEntry {
    at(seconds, .rate(producer: producer, to: 0, over: .zero))
}
