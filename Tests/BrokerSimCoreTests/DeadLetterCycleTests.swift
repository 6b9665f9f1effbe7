import Testing
@testable import BrokerSimCore

@Suite("Task queue: dead-letter cycles and zero-time loops end")
struct DeadLetterCycleTests {
    @Test("a message dead-lettered back to a queue it left with no rejection on the way is dropped (RabbitMQ's cycle rule)")
    func retryPairWithoutConsumers() {
        // work (TTL 1s) → retry (TTL 5s) → work: the message would come back to work, which it left by expiry.
        var w = TestWorlds.world(
            queues: [TestWorlds.queue("work") { $0.messageTTL = .secs(1); $0.deadLetter = .queue(1) },
                     TestWorlds.queue("retry") { $0.messageTTL = .secs(5); $0.deadLetter = .queue(0) }],
            producers: [TestWorlds.producer(backlog: 3)])
        // The TTL in retry counts from entering it (at 1 s), so at 5.5 s the messages are still there.
        w.advance(to: .zero + .millis(5_500))
        #expect(w.queues[1].readyCount == 3)
        w.advance(to: .zero + .secs(10))
        #expect(w.counters(0).deadLetteredExpired == 3)
        #expect(w.counters(1).published == 3)
        #expect(w.counters(1).discarded == 3)
        #expect(w.counters(0).published == 3)
        #expect(w.queues[1].readyCount == 0)
    }

    @Test("a queue that dead-letters to itself by TTL 0 or by max-length 0 drops instead of looping")
    func selfCycles() {
        var ttl = TestWorlds.world(queues: [TestWorlds.queue("q") { $0.messageTTL = .zero; $0.deadLetter = .queue(0) }],
                                   producers: [TestWorlds.producer(backlog: 5)])
        let ttlDrained = ttl.drain()
        #expect(ttlDrained)
        #expect(ttl.counters().expired == 5)
        #expect(ttl.counters().discarded == 5)
        #expect(ttl.feed.contains { $0.text.contains("dead-letter cycle") })

        var full = TestWorlds.world(queues: [TestWorlds.queue("q") { $0.maxLength = 0; $0.deadLetter = .queue(0) }],
                                    producers: [TestWorlds.producer(backlog: 5)])
        let fullDrained = full.drain()
        #expect(fullDrained)
        #expect(full.counters().dropped == 5)
        #expect(full.counters().discarded == 5)
    }

    @Test("a rejection inside the cycle keeps the message going: reject → DLQ (TTL) → back to work")
    func rejectionBreaksTheRule() {
        // A worker always rejects without requeue; the retry queue sends it back after 1 s.
        var w = TestWorlds.world(
            queues: [TestWorlds.queue("work") { $0.deadLetter = .queue(1) },
                     TestWorlds.queue("retry") { $0.messageTTL = .secs(1); $0.deadLetter = .queue(0) }],
            workers: [TestWorlds.pool(prefetch: 1, work: .constant(1_000)) { $0.fail = 1; $0.onFail = .deadLetter }],
            producers: [TestWorlds.producer(backlog: 1)])
        w.advance(to: .zero + .millis(10_500))
        // Delivered at 0, 1.001, 2.002, … 10.010: eleven rounds in 10.5 s, never dropped.
        #expect(w.counters(0).rejected == 11)
        #expect(w.counters(1).discarded == 0)
    }

    @Test("a poison message requeued by a zero-time worker lets the clock move (1 µs per handling)")
    func zeroWorkRequeueLoop() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(prefetch: 1, work: .constant(0))],
            producers: [TestWorlds.producer(backlog: 1) { $0.poison = .count(1) }])
        w.advance(to: .zero + .millis(1))
        #expect(w.now == .zero + .millis(1))
        #expect(w.counters().rejected == 1_001)
    }

    @Test("fanout dead-lettering between two full queues ends")
    func fanoutCycle() {
        var x = ExchangeConfig(name: "dlx", kind: .fanout)
        x.bindings = [BindingConfig(queue: 0), BindingConfig(queue: 1)]
        var w = TestWorlds.world(
            queues: [TestWorlds.queue("a") { $0.maxLength = 0; $0.deadLetter = .exchange(0, routingKey: "") },
                     TestWorlds.queue("b") { $0.maxLength = 0; $0.deadLetter = .exchange(0, routingKey: "") }],
            producers: [TestWorlds.producer(backlog: 1)], exchanges: [x])
        let wDrained = w.drain()
        #expect(wDrained)
        #expect(w.counters(0).deadLettered == 1)
        #expect(w.counters(1).published == 1)
        #expect(w.counters(1).discarded == 1)
    }

    @Test("topic patterns with many # words match in linear time", arguments: [
        ("#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.x", false), ("#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.a", true),
        ("*.#.*.#", true), ("#", true), ("a.#.a.*", true),
    ])
    func topicPatterns(pattern: String, matches: Bool) {
        let key = Array(repeating: "a", count: 40).joined(separator: ".")
        #expect(World.topicMatches(pattern: pattern, key: key) == matches)
    }

    @Test("a poison share keeps a queue's runs whole: memory follows runs, and about that share of handlings fail")
    func poisonShareRuns() {
        var idle = TestWorlds.world(producers: [TestWorlds.producer(rate: 4_000) { $0.poison = .share(0.5) }])
        idle.advance(to: .zero + .secs(60))
        #expect(idle.queues[0].readyCount > 200_000)
        // Poisson arrivals come one per event below 5k/s; consecutive runs of one producer merge.
        #expect(idle.queues[0].ready.count < 10)

        var busy = TestWorlds.world(workers: [TestWorlds.pool(prefetch: 1, work: .constant(100)) { $0.onFail = .deadLetter }],
                                    producers: [TestWorlds.producer(backlog: 10_000) { $0.poison = .share(0.3) }])
        busy.advance(to: .zero + .secs(10))
        let rejected = busy.counters().rejected, acked = busy.counters().acked
        #expect(rejected + acked == 10_000)
        #expect((2_800...3_200).contains(rejected))
    }
}
