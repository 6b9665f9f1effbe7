import Testing
@testable import BrokerSimCore

@Suite("Task queue: dispatch, acks and crashes")
struct TaskQueueDispatchTests {
    @Test("10,000 emails, 5 workers, one crash: all acked, the crashed worker's message redelivered")
    func passwordResets() {
        var w = TestWorlds.world(
            seed: 7,
            workers: [TestWorlds.pool(count: 5, prefetch: 1, work: .exponential(mean: 50_000))],
            producers: [TestWorlds.producer(backlog: 10_000)],
            timeline: [at(20, .crash(.worker(pool: 0, index: 2), downFor: nil))])
        let drained = w.drain()
        #expect(drained)
        #expect(w.invariantFailure == nil)
        let c = w.counters()
        #expect(c.published == 10_000)
        #expect(c.acked == 10_000)
        #expect(c.lost == 0)
        #expect(c.redelivered == 1)
        #expect(c.delivered == 10_001)
        #expect(w.workers[2].crashes == 1)
        // Four survivors at 20/s each take roughly (10,000 − 5·20·20)/80 s more.
        #expect(w.now.seconds > 110 && w.now.seconds < 140)
    }

    @Test("prefetch 1: a worker ten times slower gets about 3% (RabbitMQ: 31 of 1000)")
    func prefetchOneIsFair() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool("fast", count: 4, prefetch: 1, work: .constant(2_000)),
                      TestWorlds.pool("slow", count: 1, prefetch: 1, work: .constant(20_000))],
            producers: [TestWorlds.producer(backlog: 1000)])
        let drained = w.drain()
        #expect(drained)
        let slow = w.processed("slow-1")
        #expect(slow >= 20 && slow <= 40)
        #expect(w.counters().acked == 1000)
    }

    @Test("unlimited prefetch: a strict rotation, exactly 200 each whatever the speed")
    func unlimitedPrefetchIsRoundRobin() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool("fast", count: 4, prefetch: 0, work: .constant(2_000)),
                      TestWorlds.pool("slow", count: 1, prefetch: 0, work: .constant(20_000))],
            producers: [TestWorlds.producer(backlog: 1000)])
        let drained = w.drain()
        #expect(drained)
        for name in ["fast-1", "fast-2", "fast-3", "fast-4", "slow-1"] { #expect(w.processed(name) == 200) }
    }

    @Test("unlimited prefetch: the first consumer to attach to a backlog takes all of it")
    func firstConsumerTakesBacklog() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool("early", count: 1, prefetch: 0, work: .constant(1_000)),
                      TestWorlds.pool("late", count: 1, prefetch: 0, work: .constant(1_000)) { $0.start = .secs(1) }],
            producers: [TestWorlds.producer(backlog: 500)])
        let drained = w.drain()
        #expect(drained)
        #expect(w.processed("early-1") == 500)
        #expect(w.processed("late-1") == 0)
    }

    @Test("auto ack: a crash loses everything the worker held")
    func autoAckCrashLoses() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 2, prefetch: 0, work: .constant(10_000)) { $0.ack = .auto }],
            producers: [TestWorlds.producer(backlog: 100)],
            timeline: [at(0.105, .crash(.worker(pool: 0, index: 0), downFor: nil))])
        let drained = w.drain()
        #expect(drained)
        let c = w.counters()
        // mailer-1 got 50 and finished 10 by 0.105 s (its 11th in progress): 40 lost.
        #expect(c.lost == 40)
        #expect(c.acked == 60)
        #expect(c.redelivered == 0)
    }

    @Test("a crash inside ack_delay processes the message twice")
    func ackDelayDuplicates() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 1, prefetch: 1, work: .constant(10_000)) { $0.ackDelay = .millis(5) }],
            producers: [TestWorlds.producer(backlog: 3)],
            timeline: [at(0.012, .crash(.worker(pool: 0, index: 0), downFor: .secs(1)))])
        let drained = w.drain()
        #expect(drained)
        let c = w.counters()
        #expect(c.acked == 3)
        #expect(c.duplicates == 1)
        #expect(c.redelivered == 1)
        #expect(w.workers[0].processed == 4)
    }

    @Test("a crash with `for:` brings the worker back and the run drains")
    func crashForRestarts() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 1, prefetch: 1, work: .constant(100_000))],
            producers: [TestWorlds.producer(backlog: 10)],
            timeline: [at(0.25, .crash(.workerPool(0), downFor: .secs(30)))])
        let drained = w.drain()
        #expect(drained)
        #expect(w.counters().acked == 10)
        // 2 done by the crash, then 30 s down, then 8 more at 0.1 s.
        #expect(abs(w.now.seconds - 31.05) < 0.001)
    }
}

@Suite("The order of things at one instant")
struct SameInstantOrderTests {
    @Test("timeline first, then producer arrivals, then model events; start-0 workers subscribe before the t=0 backlog")
    func order() {
        // A crash at t=0 runs before the backlog arrives: mailer-1 never gets a message, and the
        // backlog is dealt 1:1 over the two others that had subscribed before it arrived.
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 3, prefetch: 0, work: .constant(1_000))],
            producers: [TestWorlds.producer(backlog: 10)],
            timeline: [at(0, .crash(.worker(pool: 0, index: 0), downFor: nil))])
        w.advance(to: .zero)
        #expect(w.workers[0].processed == 0 && w.workers[0].bufferCount == 0)
        #expect(w.workers[1].unacked == 5)
        #expect(w.workers[2].unacked == 5)
    }

    @Test("a timeline burst at the same instant as an arrival comes first")
    func burstBeforeArrival() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.maxLength = 3; $0.overflow = .rejectPublish }],
            producers: [TestWorlds.producer(rate: 1) { $0.arrivals = .uniform }],
            timeline: [at(1, .burst(producer: 0, count: 3))])
        w.advance(to: .zero + .secs(1))
        // The burst filled the queue; the uniform arrival at 1 s found it full.
        #expect(w.counters().published == 3)
        #expect(w.counters().refused == 1)
    }
}
