import Benchmark
import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario

/// Issue 11: cost follows the topology (1,000 queues, 200 topics × 32 partitions × 3 groups).
func topologyBenchmarks() {
    let topology = benchFile("topology")
    Benchmark("topology: 1,000 queues × 10 workers at 20/s + 200 topics × 32 partitions × 3 groups × 8 consumers at 1k/s, 10 min",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runFile(topology)) }
    }

    Benchmark("topology: parse the file and build the world",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(10))) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(World(config: benchFile("topology").config)) }
    }

    // One console sample (`History.record`) of the topology world, a simulated second
    // apart; the world's advance between samples is not measured.
    nonisolated(unsafe) var sampled: (world: World, history: History)?
    Benchmark("topology: one history sample",
              configuration: .init(metrics: [.wallClock, .cpuTotal], maxDuration: .seconds(10), maxIterations: 300)) { benchmark in
        if sampled == nil {
            var w = World(config: topology.config)
            w.advance(to: .zero + .secs(60))
            sampled = (w, History(interval: .secs(1)))
        }
        sampled!.world.advance(to: sampled!.world.now + .secs(1))
        benchmark.startMeasurement()
        sampled!.history.record(sampled!.world)
        benchmark.stopMeasurement()
    }
}
