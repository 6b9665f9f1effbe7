import Benchmark
import BrokerSimCore
import BrokerSimScenario

/// M/M/5: Poisson arrivals at 80/s, exp(50 ms) work, 5 workers: 12,500 s is 1,000,000 arrivals
/// on average (this seed: see the report's `published`).
let mm5 = try! ScenarioLoader.parse(text: """
    seed: 3
    stop: 12500s
    queues: {jobs: {}}
    workers: {worker: {queue: jobs, count: 5, prefetch: 1, work: exp(50ms)}}
    producers: {arrivals: {to: jobs, rate: 80/s}}
    """, file: "mm5.yaml", name: "mm5")

/// The per-message task-queue path: arrivals, deliveries, acks, memory while messages wait.
func taskQueueBenchmarks() {
    Benchmark("password-resets headless") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runScenario("password-resets")) }
    }

    // password-resets is 5 workers at prefetch 1, exp(50 ms) work.
    Benchmark("password-resets with a 1,000,000-message backlog") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(runScenario("password-resets") { $0.producers[0].backlog = 1_000_000 })
        }
    }

    Benchmark("M/M/5, 1,000,000 Poisson arrivals") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runFile(mm5)) }
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

    // Issue 10: the memory alarm bounds memory for as long as the chapter's flows keep up.
    Benchmark("rabbit-for-clickstream, 30 simulated minutes at full scale",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(60), maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(runScenario("rabbit-for-clickstream") { $0.stop = .after(.secs(1800)) })
        }
    }
}
