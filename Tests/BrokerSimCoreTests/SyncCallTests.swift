import Testing
@testable import BrokerSimCore

@Suite("Sync: callers waiting on a service")
struct SyncCallTests {
    @Test("concurrency 2 and a line: five calls at once are answered at 1 s, 1 s, 2 s, 2 s, 3 s")
    func concurrencyAndLine() {
        var w = SyncWorlds.world(services: [SyncWorlds.service(work: .constant(1_000_000), concurrency: 2)],
                                 producers: [SyncWorlds.caller(backlog: 5)])
        w.advance(to: .zero + .millis(500))
        let i = w.instance("email-api-1")
        #expect(i.inService == 2 && i.queued == 3)
        #expect(w.callerWaiting(0) == 5)
        #expect(w.serviceInstanceStatus(0) == .busy)
        do { let drained = w.drain(); #expect(drained) }
        #expect(w.now == .zero + .secs(3))
        #expect(w.caller().ok == 5 && w.service().calls == 5 && w.service().ok == 5)
        #expect(w.caller().wait.meanSeconds == 1.8)
        // The histogram keeps 3 significant digits.
        #expect(abs(w.service().latency.percentileSeconds(50)! - 2) < 0.003)
        #expect(abs(w.service().latency.percentileSeconds(99)! - 3) < 0.004)
        #expect(w.invariantFailure == nil)
    }

    @Test("a call that takes exactly its timeout is answered, not timed out")
    func exactlyTheTimeout() {
        var w = SyncWorlds.world(services: [SyncWorlds.service(work: .constant(1_000_000))],
                                 producers: [SyncWorlds.caller(backlog: 1, timeout: .secs(1))])
        do { let drained = w.drain(); #expect(drained) }
        #expect(w.caller().ok == 1 && w.caller().timedOut == 0)
    }

    @Test("round robin: three instances take turns; with one down the other two alternate")
    func roundRobin() {
        var w = SyncWorlds.world(services: [SyncWorlds.service(count: 3, work: .constant(10_000))],
                                 producers: [SyncWorlds.caller(rate: 10)],
                                 timeline: [stopCalls(at: 3.05)])
        do { let drained = w.drain(); #expect(drained) }
        #expect(w.caller().ok == 30)
        #expect(["email-api-1", "email-api-2", "email-api-3"].map { w.instance($0).answered } == [10, 10, 10])

        var down = SyncWorlds.world(services: [SyncWorlds.service(count: 3, work: .constant(10_000))],
                                    producers: [SyncWorlds.caller(rate: 10)],
                                    timeline: [at(0, .crash(.serviceInstance(service: 0, index: 1), downFor: nil)),
                                               stopCalls(at: 3.05)])
        do { let drained = down.drain(); #expect(drained) }
        #expect(down.caller().ok == 30 && down.caller().failed == 0)
        #expect(["email-api-1", "email-api-2", "email-api-3"].map { down.instance($0).answered } == [15, 0, 15])
    }

    @Test("scaling continues the numbering; scaling down removes the highest and fails what it held")
    func scale() {
        var w = SyncWorlds.world(services: [SyncWorlds.service(work: .constant(5_000_000), concurrency: 10)],
                                 producers: [SyncWorlds.caller(rate: 2)],
                                 timeline: [at(1, .scale(.service(0), count: 3)),
                                            at(4, .scale(.service(0), count: 2)),
                                            stopCalls(at: 4)])
        // Timeline actions come before arrivals at one instant: the last call (3.5 s) is in by 3.9 s.
        w.advance(to: .zero + .millis(3900))
        #expect(w.service().instances.count == 3)
        #expect(w.instance("email-api-3").inFlight > 0)
        let held3 = Int64(w.instance("email-api-3").inFlight)
        w.advance(to: .zero + .secs(4))
        #expect(w.instance("email-api-3").retired)
        #expect(w.serviceInstanceStatus(2) == .removed)
        #expect(w.caller().failed == held3)
        #expect(w.feedText.contains("email-api-3 removed: \(held3) \(held3 == 1 ? "call" : "calls") in flight failed"))
        do { let drained = w.drain(); #expect(drained) }
        #expect(w.caller().ok + w.caller().failed == w.producers[0].sent)
        #expect(w.invariantFailure == nil)
    }

    @Test("above the batching rate each call still arrives at its own instant: 20k/s uniform on 10 µs work never queues")
    func highRateCallsArriveOneByOne() {
        var w = SyncWorlds.world(services: [SyncWorlds.service(work: .constant(10))],
                                 producers: [SyncWorlds.caller(rate: 20_000)],
                                 timeline: [stopCalls(at: 0.1)])
        do { let drained = w.drain(); #expect(drained) }
        #expect(w.caller().ok >= 1999 && w.caller().ok <= 2001)
        #expect(w.caller().wait.percentileSeconds(99) == 0.00001)
    }

    @Test("same seed, same numbers; another seed, other numbers")
    func determinism() {
        func run(_ seed: UInt64) -> [Double?] {
            var w = SyncWorlds.world(seed: seed,
                                     services: [SyncWorlds.service(count: 2, work: .exponential(mean: 200_000), concurrency: 2)],
                                     producers: [SyncWorlds.caller(rate: 15, timeout: .millis(800), arrivals: .poisson)],
                                     timeline: [at(10, .slow(.service(0), factor: 3)),
                                                at(20, .crash(.serviceInstance(service: 0, index: 0), downFor: .secs(5))),
                                                stopCalls(at: 40)])
            w.drain()
            let c = w.caller(), s = w.service()
            return [Double(c.ok), Double(c.failed), Double(c.timedOut), Double(s.late), Double(w.now.micros),
                    c.wait.percentileSeconds(50), c.wait.percentileSeconds(99), s.latency.percentileSeconds(99)]
        }
        #expect(run(7) == run(7))
        #expect(run(7) != run(8))
    }
}
