import Testing
@testable import BrokerSimCore

/// Random timelines of crashes, restarts, scales and broker restarts (fixed seeds): the queue
/// identity of SPEC §4 is checked after every event, and with manual acks, durable queues and
/// persistent messages nothing is ever lost.
@Suite("Task queue: identities under random timelines")
struct TaskQueuePropertyTests {
    static func randomTimeline(_ seed: UInt64, pools: Int, seconds: Double) -> [TimelineEntry] {
        var g = SplitMix64(seed: seed)
        var out: [TimelineEntry] = []
        for _ in 0..<25 {
            let t = SimTime.zero + .seconds(g.unit() * seconds)
            let p = Int(g.below(UInt64(pools)))
            let action: TimelineAction
            switch g.below(7) {
            case 0: action = .crash(.workerPool(p), downFor: g.unit() < 0.5 ? .seconds(g.unit() * 5) : nil)
            case 1: action = .crash(.worker(pool: p, index: Int(g.below(3))), downFor: .seconds(g.unit() * 3))
            case 2: action = .restart(.workerPool(p))
            case 3: action = .scale(.workerPool(p), count: Int(g.below(5)) + 1)
            case 4: action = .brokerRestart(downtime: .seconds(0.1 + g.unit() * 2))
            case 5: action = .slow(.workerPool(p), factor: 1 + g.unit() * 4)
            default: action = .burst(producer: 0, count: Int64(g.below(500)))
            }
            out.append(TimelineEntry(at: t, action: action))
        }
        return out
    }

    @Test("identity after every event; nothing lost when durable", arguments: 1...8 as ClosedRange<UInt64>)
    func durable(seed: UInt64) {
        var w = TestWorlds.world(
            seed: seed,
            queues: [TestWorlds.queue("jobs") { $0.durable = true }, TestWorlds.queue("q") { $0.kind = .quorum }],
            workers: [TestWorlds.pool("a", queue: 0, count: 3, prefetch: 5, work: .exponential(mean: 5_000)) { $0.ackDelay = .millis(2) },
                      TestWorlds.pool("b", queue: 1, count: 2, prefetch: 0, work: .exponential(mean: 3_000))],
            producers: [TestWorlds.producer("p", to: .queue(0), backlog: 500, rate: 300) { $0.persistent = true },
                        TestWorlds.producer("r", to: .queue(1), rate: 200)],
            timeline: Self.randomTimeline(seed, pools: 2, seconds: 20)
                + [at(25, .rate(producer: 0, to: 0, over: .zero)), at(25, .rate(producer: 1, to: 0, over: .zero)),
                   at(26, .restart(.workerPool(0))), at(26, .restart(.workerPool(1))),
                   at(26, .scale(.workerPool(0), count: 2)), at(26, .scale(.workerPool(1), count: 2))])
        let drained = w.drain(cap: .secs(3600))
        #expect(drained)
        #expect(w.invariantFailure == nil)
        for q in 0..<2 {
            #expect(w.counters(q).lost == 0)
            #expect(w.counters(q).acked == w.counters(q).published)
        }
    }

    @Test("identity after every event with auto acks, TTL, overflow and transient queues", arguments: 1...6 as ClosedRange<UInt64>)
    func lossy(seed: UInt64) {
        var w = TestWorlds.world(
            seed: seed,
            queues: [TestWorlds.queue("jobs") { $0.maxLength = 200; $0.messageTTL = .secs(2); $0.deadLetter = .queue(1) },
                     TestWorlds.queue("dlq") { $0.maxLength = 100; $0.overflow = .rejectPublish }],
            workers: [TestWorlds.pool("a", count: 2, prefetch: 0, work: .exponential(mean: 8_000)) { $0.ack = .auto },
                      TestWorlds.pool("b", count: 2, prefetch: 2, work: .exponential(mean: 8_000)) { $0.fail = 0.1; $0.onFail = .deadLetter }],
            producers: [TestWorlds.producer("p", backlog: 300, rate: 400) { $0.poison = .share(0.01) }],
            timeline: Self.randomTimeline(seed, pools: 2, seconds: 20))
        w.advance(to: .zero + .secs(30))
        #expect(w.invariantFailure == nil)
        let c = w.counters(0)
        #expect(c.published == c.acked + c.deadLettered + c.discarded + c.lost + w.queues[0].readyCount + w.queues[0].unacked
                + w.queues[0].autoHeld)
    }
}
