import Testing
@testable import BrokerSimCore

/// M/M/c against the Erlang C closed form.
///
/// Tolerance: consecutive waits in a queue are strongly correlated, so the usual σ/√n
/// understates the error badly at ρ = 0.8. We use the method of batch means: the run is cut
/// into 20 equal stretches of time, each long compared with the queue's relaxation time
/// (≈ 1/(cμ(1−√ρ)²) ≈ 0.2 s here, each stretch ≈ 30 s), so the 20 stretch means are close
/// to independent, and their standard error is measured, not assumed. A correct model lands
/// within 4.5 standard errors (t-distribution, 19 d.f.: p ≈ 0.0003) plus 1% for the
/// start-up transient; a wrong one (say, prefetch ignored or a biased clock) misses by far more.
@Suite("Task queue: M/M/c matches Erlang C")
struct ErlangCTests {
    struct Theory {
        var pWait: Double, meanWait: Double, meanSystem: Double
    }

    static func erlangC(lambda: Double, mu: Double, c: Int) -> Theory {
        let a = lambda / mu, rho = a / Double(c)
        var term = 1.0, sum = 0.0
        for k in 0..<c {
            if k > 0 { term *= a / Double(k) }
            sum += term
        }
        let top = term * a / Double(c) / (1 - rho)
        let p = top / (sum + top)
        let wq = p / (Double(c) * mu - lambda)
        return Theory(pWait: p, meanWait: wq, meanSystem: wq + 1 / mu)
    }

    @Test("mean wait, time in system and P(wait) at ρ = 0.8, c = 4, over several seeds", arguments: [1, 2, 3] as [UInt64])
    func mmc(seed: UInt64) {
        let lambda = 320.0, mu = 100.0, c = 4
        let theory = Self.erlangC(lambda: lambda, mu: mu, c: c)
        var w = TestWorlds.world(
            seed: seed,
            workers: [TestWorlds.pool(count: c, prefetch: 1, work: .exponential(mean: 1_000_000 / mu))],
            producers: [TestWorlds.producer(rate: lambda)])
        w.checkInvariants = false
        let batches = 20, stretch = SimDuration.secs(30)
        var waitMeans: [Double] = [], pMeans: [Double] = []
        var last = (sum: 0.0, n: Int64(0), waited: Int64(0))
        w.advance(to: .zero + .secs(10)) // warm-up, discarded
        last = (w.queues[0].waitSumMicros, w.queues[0].firstDeliveries, w.queues[0].waitedDeliveries)
        let latencyStart = (w.queues[0].latency.count, w.queues[0].latency.meanSeconds ?? 0)
        for b in 1...batches {
            w.advance(to: .zero + .secs(10) + stretch * Int64(b))
            let q = w.queues[0]
            let n = Double(q.firstDeliveries - last.n)
            waitMeans.append((q.waitSumMicros - last.sum) / n / 1_000_000)
            pMeans.append(Double(q.waitedDeliveries - last.waited) / n)
            last = (q.waitSumMicros, q.firstDeliveries, q.waitedDeliveries)
        }
        func check(_ xs: [Double], _ truth: Double, _ what: String) {
            let m = xs.reduce(0, +) / Double(xs.count)
            let sd = (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count - 1)).squareRoot()
            let se = sd / Double(xs.count).squareRoot()
            #expect(abs(m - truth) < 4.5 * se + 0.01 * truth, "\(what): measured \(m), Erlang C \(truth), se \(se)")
        }
        check(waitMeans, theory.meanWait, "mean wait")
        check(pMeans, theory.pWait, "P(wait)")
        // Time in system = wait + service. Its error is the wait's error (the service mean's
        // standard error is (1/μ)/√n ≈ 0.2%), and 4.5 wait standard errors came to under 8% of
        // the time in system in every calibration run, so 8% is the same bar in other units.
        let q = w.queues[0]
        let total = Double(q.latency.count) * (q.latency.meanSeconds ?? 0) - Double(latencyStart.0) * latencyStart.1
        let system = total / Double(q.latency.count - latencyStart.0)
        #expect(abs(system - theory.meanSystem) < 0.08 * theory.meanSystem, "time in system \(system) vs \(theory.meanSystem)")
        #expect(q.counters.lost == 0)
    }

    @Test("the closed form itself: M/M/1 reduces to ρ/(μ−λ)")
    func closedForm() {
        let t = Self.erlangC(lambda: 80, mu: 100, c: 1)
        #expect(abs(t.pWait - 0.8) < 1e-12)
        #expect(abs(t.meanWait - 0.8 / 20) < 1e-12)
    }
}
