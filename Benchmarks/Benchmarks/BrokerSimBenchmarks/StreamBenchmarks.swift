import Benchmark

/// Stream side (issue 4): closed-form advance, memory independent of the record count.
func streamBenchmarks() {
    Benchmark("clickstream: 1M records/s for 8 simulated days, three groups") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runScenario("clickstream")) }
    }

    Benchmark("a group catching up on three days of 100k/s (2.6e10 records)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(runScenario("audit-down-three-days")) }
    }

    // Issue 12: a share group hands records out one by one (acquire, lock, accept), so its cost
    // follows the fetches, not the record count.
    Benchmark("share group: 8 members on 4 partitions at 100k/s for an hour") { benchmark in
        let file = benchFile("share-group")
        for _ in benchmark.scaledIterations { blackHole(runFile(file)) }
    }
}
