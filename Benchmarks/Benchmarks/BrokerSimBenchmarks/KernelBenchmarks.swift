import Benchmark
import BrokerSimCore

/// The kernel alone: pop the earliest of 10,000 pending events and schedule one later, 1M times.
func kernelBenchmarks() {
    Benchmark("event queue: 1M events at 10k pending, no-op handler",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .throughput], scalingFactor: .mega)) { benchmark in
        var q = EventQueue<SimEvent>()
        var rng = SplitMix64(seed: 1)
        for i in 0..<10_000 { q.schedule(.queueExpiry(queue: Int32(i & 7)), at: SimTime(micros: Int64(rng.below(1_000_000)))) }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            guard let (t, e) = q.popDue(by: .never) else { break }
            blackHole(e)
            q.schedule(e, at: t + SimDuration(micros: Int64(rng.below(1_000_000)) + 1))
        }
        benchmark.stopMeasurement()
    }
}
