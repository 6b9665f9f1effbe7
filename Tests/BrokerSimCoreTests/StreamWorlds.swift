@testable import BrokerSimCore

/// Small stream worlds built in code.
enum StreamWorlds {
    static func topic(_ name: String = "t", partitions: Int = 1, configure: (inout TopicConfig) -> Void = { _ in }) -> TopicConfig {
        var t = TopicConfig(name: name)
        t.partitions = partitions
        configure(&t)
        return t
    }

    static func group(_ name: String = "g", consumers: Int = 1, rate: Double, maxPoll: Int = 500,
                      configure: (inout GroupConfig) -> Void = { _ in }) -> GroupConfig {
        var g = GroupConfig(name: name, topic: 0)
        g.consumers = consumers
        g.work = .constant(1_000_000 / rate)
        g.maxPoll = maxPoll
        // A fresh group applies `from` at its first assignment (3 s): with Kafka's default
        // `latest` it would skip a t=0 backlog. The tests read what was written from the start.
        g.from = .earliest
        configure(&g)
        return g
    }

    static func producer(_ name: String = "p", rate: Double = 0, backlog: Int64 = 0,
                         configure: (inout ProducerConfig) -> Void = { _ in }) -> ProducerConfig {
        var p = ProducerConfig(name: name, target: .topic(0))
        p.rate = rate
        p.backlog = backlog
        configure(&p)
        return p
    }

    static func world(seed: UInt64 = 1, topics: [TopicConfig] = [topic()], groups: [GroupConfig],
                      producers: [ProducerConfig], timeline: [TimelineEntry] = [], pollByPoll: Bool = false,
                      stop: StopCondition = .after(.secs(600))) -> World {
        var c = WorldConfig()
        c.seed = seed
        c.topics = topics
        c.groups = groups
        c.producers = producers
        c.timeline = timeline
        c.stop = stop
        var w = World(config: c)
        w.stream.pollByPoll = pollByPoll
        w.checkInvariants = true
        return w
    }
}

extension World {
    mutating func run(_ seconds: Double) { advance(to: .zero + .seconds(seconds)) }
    func groupCounters(_ g: Int = 0) -> GroupCounters { stream.groups[g].counters }
    var lag: Int64 { groupLag(0) }
}
