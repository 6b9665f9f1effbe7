import Benchmark
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// Runs `name` (a built-in) headless with an optional tweak of its config.
func runScenario(_ name: String, tweak: (inout WorldConfig) -> Void = { _ in }) -> Runner.Outcome {
    let scenario = try! ScenarioLoader.load(name)
    var config = scenario.config
    tweak(&config)
    var runner = Runner()
    runner.checkInvariants = false
    return runner.runOne(name, config: config, expectations: [], variant: nil)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(5))

    // The kernel alone: pop the earliest of 10,000 pending events and schedule one later, 1M times.
    Benchmark("event queue: 1M events at 10k pending, no-op handler",
              configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .mega)) { benchmark in
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

    Benchmark("password-resets headless") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runScenario("password-resets")) }
    }

    Benchmark("password-resets with a 1,000,000-message backlog") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(runScenario("password-resets") { $0.producers[0].backlog = 1_000_000 })
        }
    }

    Benchmark("an hour of 50k/s into a queue whose consumers fall behind") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(runScenario("password-resets") { c in
                c.producers[0].backlog = 0
                c.producers[0].rate = 50_000
                c.stop = .after(.secs(3600))
                c.timeline = []
            })
        }
    }

    // Stream side (issue 4): closed-form advance, memory independent of the record count.
    Benchmark("clickstream: 1M records/s for 8 simulated days, three groups") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runScenario("clickstream")) }
    }

    Benchmark("a group catching up on three days of 100k/s (2.6e10 records)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runScenario("audit-down-three-days")) }
    }
}
