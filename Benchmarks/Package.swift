// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that `swift test` in the main package
// never builds them (CI does not run them).
let package = Package(
    name: "brokersim-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "brokersim", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "BrokerSimBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BrokerSimCore", package: "brokersim"),
                .product(name: "BrokerSimScenario", package: "brokersim"),
                .product(name: "BrokerSimRunner", package: "brokersim"),
                .product(name: "BrokerSimConsole", package: "brokersim"),
                .product(name: "BrokerSimConsoleSim", package: "brokersim"),
            ],
            path: "Benchmarks/BrokerSimBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
