import Testing
@testable import BrokerSimCore

/// Counts the broker reports the way RabbitMQ 3.10 counts them: auto-acked messages are gone
/// when sent, drop-head holds its limit at every instant, and a confirm is a nack when any
/// queue refused the message.
@Suite("Task queue: counts as the broker keeps them")
struct TaskQueueTruthTests {
    @Test("auto ack: the broker counts a message gone once sent (unacked 0); the worker holds it in its own memory")
    func autoAckIsNotUnacked() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 1, prefetch: 10, work: .constant(100_000)) { $0.ack = .auto }],
            producers: [TestWorlds.producer(backlog: 100) { $0.size = .constant(1_000) }])
        w.advance(to: .zero + .millis(50))
        #expect(w.queues[0].unacked == 0)
        #expect(w.queues[0].readyCount == 0, "no prefetch limit under auto ack: the worker took all 100")
        #expect(w.queues[0].autoHeld == 100)
        #expect(w.workers[0].unacked == 100)
        // The broker no longer holds them in its memory either.
        #expect(w.brokerMemory == 0)
        #expect(w.invariantFailure == nil)
        w.advance(to: .zero + .millis(1_050))
        #expect(w.queues[0].autoHeld == 90)
        #expect(w.counters().acked == 10)
    }

    @Test("drop-head: a 300-message backlog into max 100 never holds more than 100 (peak_ready 100)")
    func dropHeadAtEveryInstant() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.maxLength = 100 }],
            producers: [TestWorlds.producer(backlog: 300)])
        w.advance(to: .zero + .secs(1))
        #expect(w.counters().peakReady == 100)
        #expect(w.counters().published == 300)
        #expect(w.counters().dropped == 200)
        #expect(w.queues[0].readyCount == 100)
        #expect(w.queues[0].ready.first?.firstSeq == 200, "the newest 100 stay")
        #expect(w.invariantFailure == nil)
    }

    @Test("drop-head: consumers with credit take their share of a burst before the limit drops the rest")
    func dropHeadWithConsumers() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.maxLength = 10; $0.deadLetter = .queue(1) }, TestWorlds.queue("dlq")],
            workers: [TestWorlds.pool(count: 2, prefetch: 5, work: .constant(1_000_000))],
            producers: [TestWorlds.producer("burster")],
            timeline: [at(0.5, .burst(producer: 0, count: 100))])
        w.advance(to: .zero + .seconds(0.6))
        #expect(w.counters().peakReady == 10)
        #expect(w.counters().delivered == 10, "two consumers × prefetch 5 got the first ten")
        #expect(w.counters().deadLetteredMaxlen == 80)
        #expect(w.queues[1].readyCount == 80, "dead-lettered oldest first, the queue's then the burst's")
        #expect(w.queues[0].ready.first?.firstSeq == 90)
    }

    @Test("confirms: a message one of two queues refused is a nack to the publisher")
    func refusedByOneQueueIsANack() {
        var ex = ExchangeConfig(name: "events", kind: .fanout)
        ex.bindings = [BindingConfig(queue: 0), BindingConfig(queue: 1)]
        var w = TestWorlds.world(
            queues: [TestWorlds.queue("small") { $0.maxLength = 10; $0.overflow = .rejectPublish }, TestWorlds.queue("big")],
            producers: [TestWorlds.producer(to: .exchange(0, routingKey: ""), backlog: 15) { $0.confirm = true }],
            exchanges: [ex])
        w.advance(to: .zero + .secs(1))
        #expect(w.producers[0].refused == 5)
        #expect(w.producers[0].published == 10)
        #expect(w.counters(0).refused == 5)
        #expect(w.counters(1).published == 15, "the queue that took them keeps them")
    }
}
