import Testing
@testable import BrokerSimCore

@Suite("Task queue: exchanges and routing (rule g)")
struct TaskQueueRoutingTests {
    static func exchange(_ kind: ExchangeKind, _ bindings: [(Int, String)]) -> ExchangeConfig {
        var e = ExchangeConfig(name: "events", kind: kind)
        e.bindings = bindings.map { BindingConfig(queue: $0.0, key: $0.1) }
        return e
    }

    @Test("fanout: each bound queue gets a copy (30 messages × 3 queues = 90 deliveries)")
    func fanout() {
        var w = TestWorlds.world(
            queues: ["a", "b", "c"].map { TestWorlds.queue($0) },
            workers: (0..<3).map { TestWorlds.pool("w\($0)", queue: $0, work: .constant(1_000)) },
            producers: [TestWorlds.producer(to: .exchange(0, routingKey: ""), backlog: 30)],
            exchanges: [Self.exchange(.fanout, [(0, ""), (1, ""), (2, "")])])
        let drained = w.drain()
        #expect(drained)
        #expect((0..<3).map { w.counters($0).delivered } == [30, 30, 30])
        #expect(w.producers[0].published == 30)
    }

    @Test("one queue, three consumers: each message goes to exactly one (10/10/10)")
    func sharedQueue() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 3, prefetch: 1, work: .constant(1_000))],
            producers: [TestWorlds.producer(backlog: 30)])
        let drained = w.drain()
        #expect(drained)
        #expect(["mailer-1", "mailer-2", "mailer-3"].map { w.processed($0) } == [10, 10, 10])
    }

    @Test("direct and topic bindings; an unroutable publish is dropped and counted")
    func directAndTopic() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue("resets"), TestWorlds.queue("all-user")],
            producers: [TestWorlds.producer("resets", to: .exchange(0, routingKey: "user.reset"), backlog: 5),
                        TestWorlds.producer("signup", to: .exchange(1, routingKey: "user.signup.eu"), backlog: 3),
                        TestWorlds.producer("stray", to: .exchange(0, routingKey: "order.paid"), backlog: 2)],
            exchanges: [Self.exchange(.direct, [(0, "user.reset")]),
                        Self.exchange(.topic, [(1, "user.#"), (0, "*.reset")])])
        w.advance(to: .zero + .secs(1))
        #expect(w.queues[0].readyCount == 5)
        #expect(w.queues[1].readyCount == 3)
        #expect(w.producers[2].unroutable == 2)
        #expect(w.producers[2].published == 0)
    }

    @Test("topic patterns: * is one word, # zero or more", arguments: [
        ("user.*", "user.reset", true), ("user.*", "user.reset.eu", false), ("user.#", "user", true),
        ("#.eu", "user.reset.eu", true), ("*.reset", "reset", false), ("#", "", true), ("a.#.z", "a.z", true),
    ])
    func topicPatterns(pattern: String, key: String, matches: Bool) {
        #expect(World.topicMatches(pattern: pattern, key: key) == matches)
    }
}
