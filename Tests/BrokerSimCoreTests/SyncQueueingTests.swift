import Testing
@testable import BrokerSimCore

@Suite("Sync: queueing sanity against M/M/1 and M/M/2")
struct SyncQueueingTests {
    /// Mean time in system. M/M/1: 1 / (μ − λ). M/M/c (Erlang C): C / (cμ − λ) + 1/μ.
    static func meanWait(lambda: Double, mu: Double, servers c: Int) -> Double {
        let a = lambda / mu, rho = a / Double(c)
        var sum = 0.0, term = 1.0
        for k in 0..<c {
            if k > 0 { term *= a / Double(k) }
            sum += term
        }
        let top = term * a / Double(c) / (1 - rho)
        let erlangC = top / (sum + top)
        return erlangC / (Double(c) * mu - lambda) + 1 / mu
    }

    @Test("Poisson calls on exponential work: mean wait within 10% of theory", arguments: [
        (1, 5.0, 1 as UInt64), (1, 5.0, 2), (2, 15.0, 3),
    ])
    func meanWaitMatchesTheory(concurrency: Int, lambda: Double, seed: UInt64) {
        // μ = 10/s per place; 4,000 s of load is 20,000 to 60,000 calls: a few seconds in a debug build.
        // At ρ ≤ 0.75 the standard error of the mean over this many calls is about 2–3%.
        var w = SyncWorlds.world(seed: seed,
                                 services: [SyncWorlds.service(work: .exponential(mean: 100_000), concurrency: concurrency)],
                                 producers: [SyncWorlds.caller(rate: lambda, timeout: .secs(3600), arrivals: .poisson)],
                                 timeline: [stopCalls(at: 4000)])
        w.checkInvariants = false // the invariant walk is O(in flight) per event: too slow for this many calls
        do { let drained = w.drain(); #expect(drained) }
        let expected = Self.meanWait(lambda: lambda, mu: 10, servers: concurrency)
        let mean = w.caller().wait.meanSeconds!
        #expect(abs(mean - expected) / expected < 0.10, "mean wait \(mean) s, M/M/\(concurrency) says \(expected) s")
        #expect(w.caller().ok == w.producers[0].sent)
    }

    @Test("Erlang C helper: M/M/1 at λ=5, μ=10 is 0.2 s")
    func helper() {
        #expect(abs(Self.meanWait(lambda: 5, mu: 10, servers: 1) - 0.2) < 1e-12)
    }
}
