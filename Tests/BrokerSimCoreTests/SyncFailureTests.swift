import Testing
@testable import BrokerSimCore

@Suite("Sync: slow, dead and crashing services, as the caller and the service see them")
struct SyncFailureTests {
    @Test("a slow service: the caller's waits grow to the timeout, then calls time out; the service finishes them late")
    func slowService() {
        // Two calls a second, 100 ms each; at 10 s every call takes 20 × 100 ms = 2 s, beyond the 1 s timeout.
        var w = SyncWorlds.world(producers: [SyncWorlds.caller(rate: 2, timeout: .secs(1))],
                                 timeline: [at(10, .slow(.service(0), factor: 20)), stopCalls(at: 20)])
        w.advance(to: .zero + .secs(10))
        #expect(w.caller().timedOut == 0)
        #expect(w.caller().wait.percentileSeconds(99)! < 0.11)
        w.advance(to: .zero + .secs(20))
        // The caller sees timeouts; every call after 10 s waits the full timeout.
        #expect(w.caller().timedOut > 0)
        #expect(w.caller().wait.percentileSeconds(99) == 1)
        #expect(w.feedText.contains("email-api: work now takes 20× as long"))
        #expect(w.feedText.contains("checkout: calls to email-api time out after 1s; the service still works on them"))
        #expect(w.callerWaiting(0) <= 2)
        // The line keeps growing at the instance: it still works on calls nobody waits for.
        #expect(w.instance("email-api-1").inFlight > 5)
        do { let drained = w.drain(); #expect(drained) }
        let s = w.service(), c = w.caller()
        #expect(c.ok + c.failed + c.timedOut == w.producers[0].sent)
        #expect(s.calls == s.ok + s.failed + s.timedOut)
        #expect(s.calls == w.producers[0].sent && s.timedOut == c.timedOut)
        #expect(s.late == s.timedOut)
        // The service answered every call, late ones included: its own latency goes far beyond the timeout.
        #expect(s.latency.count == w.producers[0].sent)
        #expect(s.latency.percentileSeconds(99)! > 5)
        #expect(w.invariantFailure == nil)
    }

    @Test("the feed says calls time out once per episode, and that they are answered in time again once it is over")
    func timeoutEpisodesDoNotFlap() {
        // sync-trap's numbers: while slowed tenfold, most calls time out but a few are still answered
        // in time; those must not end the episode. Back to normal speed at 40 s, it ends once.
        var w = SyncWorlds.world(seed: 11, services: [SyncWorlds.service(count: 2, work: .normal(mean: 300_000, sd: 100_000), concurrency: 4)],
                                 producers: [SyncWorlds.caller(rate: 20, timeout: .secs(2), arrivals: .poisson)],
                                 timeline: [at(20, .slow(.service(0), factor: 10)), at(40, .slow(.service(0), factor: 1)),
                                            stopCalls(at: 150)])
        w.advance(to: .zero + .secs(40))
        #expect(w.caller().timedOut > 100)
        #expect(w.feedText.filter { $0.hasPrefix("checkout: calls to email-api time out") }.count == 1)
        #expect(!w.feedText.contains { $0.contains("answers in time again") })
        w.advance(to: .zero + .secs(150))
        let endings = w.feedText.filter { $0.contains("answers in time again") }
        #expect(endings.count == 1)
        #expect(endings.first?.contains("\(groupedCount(w.caller().timedOut)) calls timed out meanwhile") == true)
        #expect(w.feedText.filter { $0.hasPrefix("checkout: calls to email-api time out") }.count == 1)
    }

    @Test("the recent wait p99 shows the storm while it lasts and falls once it has passed; the run-long one stays")
    func recentWaitPercentile() {
        var w = SyncWorlds.world(producers: [SyncWorlds.caller(rate: 2, timeout: .secs(1))],
                                 timeline: [at(10, .slow(.service(0), factor: 20)), at(20, .slow(.service(0), factor: 1)),
                                            stopCalls(at: 100)])
        let window = SimDuration.secs(10)
        w.advance(to: .zero + .secs(10))
        #expect(w.caller().recentWaits.percentileSeconds(99, since: w.now - window) == 0.1)
        w.advance(to: .zero + .secs(20))
        #expect(w.caller().recentWaits.percentileSeconds(99, since: w.now - window) == 1)
        w.advance(to: .zero + .secs(90))
        // The line the slow spell left behind is long worked off by now.
        #expect(w.caller().recentWaits.percentileSeconds(99, since: w.now - window) == 0.1)
        #expect(w.caller().wait.percentileSeconds(99) == 1)
        #expect(w.caller().recentWaits.percentileSeconds(99, since: w.now + .secs(1)) == nil)
    }

    @Test("recent waits keep only the newest 4,096, whatever the rate")
    func recentWaitsAreBounded() {
        var r = RecentWaits()
        for i in 0..<10_000 { r.record(at: SimTime(micros: Int64(i)), SimDuration(micros: Int64(i))) }
        #expect(r.micros.count == RecentWaits.capacity)
        // Nearest rank over the newest 4,096 (waits 5,904 … 9,999 µs).
        #expect(r.percentileSeconds(0, since: .zero) == 0.005904)
        #expect(r.percentileSeconds(100, since: .zero) == 0.009999)
    }

    @Test("a dead service: every call fails at once (connection refused), nobody waits")
    func deadService() {
        var w = SyncWorlds.world(services: [SyncWorlds.service(count: 2)],
                                 producers: [SyncWorlds.caller(rate: 10, timeout: .secs(2))],
                                 timeline: [at(5, .crash(.service(0), downFor: nil)), stopCalls(at: 15)])
        // The crash at 5 s comes before the arrival at 5 s (timeline first at an instant).
        w.advance(to: .zero + .millis(4999))
        let okBefore = w.caller().ok
        #expect(okBefore > 40 && w.caller().failed == 0)
        w.advance(to: .zero + .secs(5))
        #expect(w.serviceInstanceStatus(0) == .crashed && w.serviceInstanceStatus(1) == .crashed)
        do { let drained = w.drain(); #expect(drained) }
        let c = w.caller()
        #expect(c.ok == okBefore)
        #expect(c.failed == w.producers[0].sent - okBefore)
        #expect(c.timedOut == 0)
        #expect(w.service().refused >= 99)
        #expect(c.wait.percentileSeconds(50) == 0)
        #expect(w.feedText.contains("checkout → email-api: connection refused, no instance is up; calls fail at once"))
        // The feed says it once per outage, not once per call.
        #expect(w.feedText.filter { $0.contains("connection refused") }.count == 1)
    }

    @Test("a crash mid-flight fails the calls in service and in line at the crash instant")
    func crashMidFlight() {
        var w = SyncWorlds.world(services: [SyncWorlds.service(work: .constant(10_000_000), concurrency: 3)],
                                 producers: [SyncWorlds.caller(backlog: 5)],
                                 timeline: [at(2, .crash(.service(0), downFor: nil))])
        do { let drained = w.drain(); #expect(drained) }
        #expect(w.now == .zero + .secs(2))
        #expect(w.caller().failed == 5 && w.caller().ok == 0)
        #expect(w.caller().wait.percentileSeconds(50) == 2)
        #expect(w.feedText.contains("email-api-1 crashed: 5 calls in flight failed"))
        #expect(w.instance("email-api-1").crashes == 1)
    }

    @Test("calls that already timed out are not failed again by a later crash")
    func crashAfterTimeout() {
        var w = SyncWorlds.world(services: [SyncWorlds.service(work: .constant(10_000_000), concurrency: 3)],
                                 producers: [SyncWorlds.caller(backlog: 5, timeout: .secs(1))],
                                 timeline: [at(2, .crash(.service(0), downFor: nil))])
        do { let drained = w.drain(); #expect(drained) }
        #expect(w.caller().timedOut == 5 && w.caller().failed == 0)
        #expect(w.service().calls == 5 && w.service().late == 0)
        #expect(w.feedText.contains("email-api-1 crashed: 5 abandoned calls dropped (their callers had already timed out)"))
    }

    @Test("crash with `for:`: calls fail during the outage and succeed after the restart")
    func crashAndRestart() {
        var w = SyncWorlds.world(producers: [SyncWorlds.caller(rate: 4)],
                                 timeline: [at(5, .crash(.service(0), downFor: .secs(5))), stopCalls(at: 15)])
        w.advance(to: .zero + .secs(10))
        let failedDuring = w.caller().failed
        #expect(failedDuring >= 19 && failedDuring <= 21)
        do { let drained = w.drain(); #expect(drained) }
        #expect(w.caller().failed == failedDuring)
        #expect(w.caller().ok == w.producers[0].sent - failedDuring)
        #expect(w.feedText.contains("email-api-1 restarted and takes calls again"))
    }
}
