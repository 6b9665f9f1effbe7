import Benchmark

/// Stream side (issue 4): closed-form advance, memory independent of the record count.
func streamBenchmarks() {
    Benchmark("clickstream: 1M records/s for 8 simulated days, three groups") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runScenario("clickstream")) }
    }

    Benchmark("a group catching up on three days of 100k/s (2.6e10 records)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runScenario("audit-down-three-days")) }
    }
}
