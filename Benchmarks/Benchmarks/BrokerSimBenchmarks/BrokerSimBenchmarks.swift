import Benchmark

// `swift package benchmark` (in Benchmarks/) runs them all; the README's benchmark table
// gives each one's goal and its measured p50.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident], maxDuration: .seconds(5))
    kernelBenchmarks()
    taskQueueBenchmarks()
    streamBenchmarks()
    mixedBenchmarks()
    topologyBenchmarks()
    consoleBenchmarks()
}
