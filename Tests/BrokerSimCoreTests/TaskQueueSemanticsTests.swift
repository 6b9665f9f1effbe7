import Testing
@testable import BrokerSimCore

@Suite("Task queue: RabbitMQ 3.10 rules")
struct TaskQueueSemanticsTests {
    @Test("rule b, classic: messages of a crashed consumer go back to their original positions, redelivered")
    func classicReturnOrder() {
        // One worker with prefetch 3 holds messages 0,1,2; the queue holds 3..9. After its crash the
        // next consumer sees 0,1,2 first.
        var w = TestWorlds.world(
            workers: [TestWorlds.pool("a", prefetch: 3, work: .constant(1_000_000)),
                      TestWorlds.pool("b", prefetch: 1, work: .constant(1_000)) { $0.start = .secs(5) }],
            producers: [TestWorlds.producer(backlog: 10)],
            timeline: [at(2, .crash(.workerPool(0), downFor: nil))])
        w.advance(to: .zero + .secs(2))
        // a-1 finished message 0 at 1 s; holds 1, 2 (in progress) and 3.
        #expect(w.queues[0].readyCount == 9)
        #expect(w.queues[0].ready.first?.firstSeq == 1)
        #expect(w.queues[0].ready.first?.flags.contains(.redelivered) == true)
        let drained = w.drain()
        #expect(drained)
        #expect(w.counters().redelivered == 3)
        #expect(w.counters().acked == 10)
    }

    @Test("rule b, quorum: returned messages are served first, in return order, delivery count + 1")
    func quorumReturns() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.kind = .quorum }],
            workers: [TestWorlds.pool("a", prefetch: 2, work: .constant(1_000_000))],
            producers: [TestWorlds.producer(backlog: 5)],
            timeline: [at(0.5, .crash(.workerPool(0), downFor: nil))])
        w.advance(to: .zero + .secs(1))
        #expect(w.queues[0].returns.count == 1)
        #expect(w.queues[0].returns.first?.count == 2)
        #expect(w.queues[0].returns.first?.deliveryCount == 1)
        #expect(w.queues[0].readyCount == 5)
    }

    @Test("rule c: reject with requeue — classic at the head, quorum at the tail")
    func rejectRequeuePosition() {
        for kind in [QueueKind.classic, .quorum] {
            var w = TestWorlds.world(
                queues: [TestWorlds.queue { $0.kind = kind }],
                workers: [TestWorlds.pool(prefetch: 1, work: .constant(1_000)) { $0.onFail = .requeue }],
                producers: [TestWorlds.producer(backlog: 4) { $0.poison = .count(1) }])
            // The poison message is message 0: classic retries it forever ahead of the rest;
            // quorum sends it behind the others, so the others are acked first.
            w.advance(to: .zero + .millis(10))
            if kind == .classic {
                #expect(w.counters().acked == 0)
                #expect(w.counters().rejected == 10)
            } else {
                #expect(w.counters().acked == 3)
                #expect(w.counters().rejected == 7)
            }
        }
    }

    @Test("rule c: reject without requeue dead-letters (reason rejected) or discards")
    func rejectDeadLetter() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue("jobs") { $0.deadLetter = .queue(1) }, TestWorlds.queue("jobs-dlq")],
            workers: [TestWorlds.pool(prefetch: 1, work: .constant(1_000)) { $0.onFail = .deadLetter }],
            producers: [TestWorlds.producer(backlog: 10) { $0.poison = .count(2) }])
        let drained = w.drain()
        #expect(drained)
        #expect(w.counters(0).acked == 8)
        #expect(w.counters(0).deadLettered == 2)
        #expect(w.counters(0).deadLetteredRejected == 2)
        #expect(w.counters(1).published == 2)
        #expect(w.queues[1].readyCount == 2)
    }

    @Test("rule d: only the head expires; a short TTL behind a long one waits")
    func ttlAtHeadOnly() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue("offers") { $0.messageTTL = .secs(10); $0.deadLetter = .queue(1) },
                     TestWorlds.queue("expired-offers")],
            producers: [TestWorlds.producer(backlog: 100), TestWorlds.producer("late", rate: 0)],
            timeline: [at(5, .burst(producer: 0, count: 50))])
        w.advance(to: .zero + .millis(9_999))
        #expect(w.counters().expired == 0)
        w.advance(to: .zero + .secs(10))
        #expect(w.counters().expired == 100)
        #expect(w.counters().deadLetteredExpired == 100)
        w.advance(to: .zero + .secs(15))
        #expect(w.counters().expired == 150)
        #expect(w.counters(1).published == 150)
    }

    @Test("rule d: an unacked message does not expire; requeued after its deadline it is dead-lettered at once")
    func unackedDoesNotExpire() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.messageTTL = .secs(1) }],
            workers: [TestWorlds.pool(prefetch: 1, work: .constant(5_000_000))],
            producers: [TestWorlds.producer(backlog: 1)],
            timeline: [at(3, .crash(.workerPool(0), downFor: .secs(1)))])
        w.advance(to: .zero + .secs(2))
        #expect(w.counters().expired == 0)
        #expect(w.queues[0].unacked == 1)
        w.advance(to: .zero + .secs(3))
        #expect(w.counters().expired == 1)
        #expect(w.counters().discarded == 1)
        #expect(w.counters().redelivered == 0)
    }

    @Test("rule e: drop-head drops the oldest; reject-publish refuses the newest")
    func maxLength() {
        var drop = TestWorlds.world(
            queues: [TestWorlds.queue { $0.maxLength = 10 }],
            producers: [TestWorlds.producer(backlog: 15)])
        drop.advance(to: .zero + .secs(1))
        #expect(drop.counters().published == 15)
        #expect(drop.counters().dropped == 5)
        #expect(drop.counters().discarded == 5)
        #expect(drop.queues[0].ready.first?.firstSeq == 5)

        var reject = TestWorlds.world(
            queues: [TestWorlds.queue { $0.maxLength = 10; $0.overflow = .rejectPublish }],
            producers: [TestWorlds.producer(backlog: 15) { $0.confirm = true }])
        reject.advance(to: .zero + .secs(1))
        #expect(reject.counters().published == 10)
        #expect(reject.counters().refused == 5)
        #expect(reject.producers[0].refused == 5)
        #expect(reject.producers[0].published == 10)
        #expect(reject.queues[0].ready.first?.firstSeq == 0)
    }

    @Test("rule e: quorum reject-publish reaches max-length + 1; reject-publish-dlx dead-letters the refused")
    func maxLengthVariants() {
        var quorum = TestWorlds.world(
            queues: [TestWorlds.queue { $0.kind = .quorum; $0.maxLength = 10; $0.overflow = .rejectPublish }],
            producers: [TestWorlds.producer(backlog: 15)])
        quorum.advance(to: .zero + .secs(1))
        #expect(quorum.queues[0].readyCount == 11)
        #expect(quorum.counters().refused == 4)

        var dlx = TestWorlds.world(
            queues: [TestWorlds.queue { $0.maxLength = 10; $0.overflow = .rejectPublishDLX; $0.deadLetter = .queue(1) },
                     TestWorlds.queue("overflow")],
            producers: [TestWorlds.producer(backlog: 15)])
        dlx.advance(to: .zero + .secs(1))
        #expect(dlx.counters(0).refused == 5)
        #expect(dlx.counters(0).deadLettered == 0)
        #expect(dlx.counters(1).published == 5)
    }

    @Test("rule i: quorum delivery limit N gives N+1 deliveries, then dead-letters (delivery_limit)")
    func deliveryLimit() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.kind = .quorum; $0.deliveryLimit = 3; $0.deadLetter = .queue(1) },
                     TestWorlds.queue("dlq")],
            workers: [TestWorlds.pool(prefetch: 1, work: .constant(1_000))],
            producers: [TestWorlds.producer(backlog: 1) { $0.poison = .count(1) }])
        let drained = w.drain()
        #expect(drained)
        #expect(w.counters().delivered == 4)
        #expect(w.counters().deadLetteredDeliveryLimit == 1)
        #expect(w.counters(1).published == 1)
    }

    @Test("rule h: a broker restart keeps durable persistent and quorum messages, loses the rest")
    func brokerRestart() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue("durable") { $0.durable = true }, TestWorlds.queue("transient"),
                     TestWorlds.queue("quorum") { $0.kind = .quorum; $0.durable = true }],
            producers: [TestWorlds.producer("p", to: .queue(0), backlog: 10) { $0.persistent = true },
                        TestWorlds.producer("t", to: .queue(0), backlog: 5),
                        TestWorlds.producer("x", to: .queue(1), backlog: 7) { $0.persistent = true },
                        TestWorlds.producer("q", to: .queue(2), backlog: 4)],
            timeline: [at(1, .brokerRestart(downtime: .secs(1)))])
        w.advance(to: .zero + .secs(3))
        #expect(w.queues[0].readyCount == 10)
        #expect(w.counters(0).lost == 5)
        #expect(w.queues[1].readyCount == 0)
        #expect(w.counters(1).lost == 7)
        #expect(w.queues[2].readyCount == 4)
        #expect(w.counters(2).lost == 0)
    }

    @Test("rule h: with manual acks, durable queues and persistent messages nothing is lost whatever happens")
    func durableNothingLost() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.durable = true }],
            workers: [TestWorlds.pool(count: 3, prefetch: 5, work: .exponential(mean: 20_000))],
            producers: [TestWorlds.producer(backlog: 2_000, rate: 50) { $0.persistent = true }],
            timeline: [at(3, .brokerRestart(downtime: .secs(2))), at(4, .crash(.worker(pool: 0, index: 0), downFor: .secs(3))),
                       at(8, .brokerRestart(downtime: .secs(1))), at(20, .rate(producer: 0, to: 0, over: .zero))])
        let drained = w.drain()
        #expect(drained)
        #expect(w.invariantFailure == nil)
        #expect(w.counters().lost == 0)
        #expect(w.counters().acked == w.counters().published)
        #expect(w.counters().redelivered > 0)
    }

    @Test("rule f: consumers fall behind → the alarm blocks publishers, who hold their messages")
    func memoryAlarm() {
        var broker = BrokerConfig()
        broker.memory = 64 << 20 // watermark 25.6 MB: about 15,000 one-KB messages
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 1, prefetch: 10, work: .constant(1_000))],
            producers: [TestWorlds.producer(rate: 10_000) { $0.size = .constant(1024) }],
            broker: broker)
        w.advance(to: .zero + .secs(60))
        #expect(w.invariantFailure == nil)
        #expect(w.alarmSeconds > 1)
        #expect(w.blockedSeconds(0) > 1)
        #expect(w.broker.oomKills == 0)
        // Every arrival is accounted for: published, or held at the producer.
        #expect(w.producers[0].sent == w.producers[0].published + w.producers[0].heldCount)
        // Memory overshoots the watermark between checks, but stays far from the limit.
        #expect(Double(w.broker.memoryPeak) > Double(broker.memory) * 0.4)
    }

    @Test("queue_rate_limit caps one queue's deliveries per second")
    func queueRateLimit() {
        var broker = BrokerConfig()
        broker.queueRateLimit = 100
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 10, prefetch: 1, work: .constant(1_000))],
            producers: [TestWorlds.producer(backlog: 1_000)], broker: broker)
        w.advance(to: .zero + .secs(5))
        #expect(w.counters().acked >= 495 && w.counters().acked <= 501)
    }

    @Test("slow and scale: a slowed pool takes longer; scaling continues the numbering")
    func slowAndScale() {
        var w = TestWorlds.world(
            workers: [TestWorlds.pool(count: 2, prefetch: 1, work: .constant(10_000))],
            producers: [TestWorlds.producer(backlog: 1_000)],
            timeline: [at(1, .slow(.workerPool(0), factor: 5)), at(2, .scale(.workerPool(0), count: 4)),
                       at(3, .scale(.workerPool(0), count: 1))])
        w.advance(to: .zero + .secs(1))
        #expect(w.counters().acked == 200)
        w.advance(to: .zero + .secs(2))
        #expect(w.counters().acked == 240)
        #expect(w.workers.indices.map { w.workerName($0) } == ["mailer-1", "mailer-2", "mailer-3", "mailer-4"])
        w.advance(to: .zero + .secs(3))
        #expect(w.workers.filter { !$0.retired }.count == 1)
        let drained = w.drain()
        #expect(drained)
        #expect(w.counters().acked == 1_000)
        #expect(w.counters().lost == 0)
    }
}

@Suite("Task queue: load on the timeline")
struct TaskQueueLoadTests {
    @Test("a rate ramps linearly: 0 → 1000/s over 10 s sends about 5,000")
    func ramp() {
        var w = TestWorlds.world(
            producers: [TestWorlds.producer(rate: 0) { $0.arrivals = .uniform }],
            timeline: [at(0, .rate(producer: 0, to: 1000, over: .secs(10)))])
        w.advance(to: .zero + .secs(10))
        // 50 linear steps: the staircase sends 2% more than the straight line.
        #expect(w.producers[0].sent >= 4_900 && w.producers[0].sent <= 5_200)
        w.advance(to: .zero + .secs(11))
        #expect(w.producers[0].rate == 1000)
    }

    @Test("a burst arrives at once; uniform arrivals are exactly periodic")
    func burstAndUniform() {
        var w = TestWorlds.world(
            producers: [TestWorlds.producer(rate: 10) { $0.arrivals = .uniform }],
            timeline: [at(2.5, .burst(producer: 0, count: 50_000))])
        w.advance(to: .zero + .secs(2))
        #expect(w.producers[0].sent == 20)
        w.advance(to: .zero + .seconds(2.5))
        #expect(w.producers[0].sent == 50_025)
        #expect(w.queues[0].readyCount == 50_025)
    }

    @Test("Poisson arrivals above the batching threshold keep their count and their times")
    func batchedPoisson() {
        var w = TestWorlds.world(producers: [TestWorlds.producer(rate: 200_000)])
        w.advance(to: .zero + .secs(10))
        let sent = Double(w.producers[0].sent)
        // 2,000,000 expected; the Poisson sd is √2e6 ≈ 1,414: 6 sd.
        #expect(abs(sent - 2_000_000) < 8_500)
        // The queue holds runs, not 2M objects.
        #expect(w.queues[0].ready.count < 40_000)
        #expect(w.queues[0].ready.last!.lastPublish <= w.now)
    }
}

@Suite("Task queue: publisher confirms")
struct PublisherConfirmTests {
    @Test("without confirms a refused publish looks published to the producer; the queue knows")
    func withoutConfirms() {
        var w = TestWorlds.world(
            queues: [TestWorlds.queue { $0.maxLength = 10; $0.overflow = .rejectPublish }],
            producers: [TestWorlds.producer(backlog: 15)])
        w.advance(to: .zero + .secs(1))
        #expect(w.producers[0].refused == 0)
        #expect(w.producers[0].published == 15)
        #expect(w.counters().refused == 5)
        #expect(w.counters().published == 10)
    }
}
