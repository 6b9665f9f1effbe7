import Benchmark

/// Issue 11: the cost of a file is the sum of its parts. `mixed.yaml` is `mixed-queues.yaml`
/// and `mixed-stream.yaml` in one file.
func mixedBenchmarks() {
    let mixed = benchFile("mixed"), queues = benchFile("mixed-queues"), stream = benchFile("mixed-stream")
    let long = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 5)
    Benchmark("mixed: 10 queues × 10 workers at 500/s + 5 topics × 16 partitions × 3 groups × 8 consumers, 1 h",
              configuration: long) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runFile(mixed)) }
    }
    Benchmark("mixed, its queue half alone", configuration: long) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runFile(queues)) }
    }
    Benchmark("mixed, its stream half alone", configuration: long) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runFile(stream)) }
    }
    // The goal compares runs of one iteration, in CPU time, so a machine busy with something
    // else slows all three alike: percent = 100 × whole ÷ (queue half + stream half).
    Benchmark("mixed ÷ (queue half + stream half), same iteration",
              configuration: .init(metrics: [.custom("percent of the halves' sum", useScalingFactor: false)],
                                   maxDuration: .seconds(60), maxIterations: 5)) { benchmark in
        let whole = cpuSeconds { blackHole(runFile(mixed)) }
        let halves = cpuSeconds { blackHole(runFile(queues)) } + cpuSeconds { blackHole(runFile(stream)) }
        benchmark.measurement(.custom("percent of the halves' sum", useScalingFactor: false), Int((100 * whole / halves).rounded()))
    }
}
