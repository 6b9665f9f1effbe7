// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "brokersim",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "brokersim", targets: ["brokersim"]),
        .library(name: "BrokerSimCore", targets: ["BrokerSimCore"]),
        .library(name: "BrokerSimScenario", targets: ["BrokerSimScenario"]),
        .library(name: "BrokerSimRunner", targets: ["BrokerSimRunner"]),
        .library(name: "BrokerSimConsole", targets: ["BrokerSimConsole"]),
        .library(name: "BrokerSimConsoleSim", targets: ["BrokerSimConsoleSim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        .target(name: "CFatalSignals"),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Pure view: snapshots and frames in, cell grids out; no simulation (a test keeps it so).
        .target(name: "BrokerSimConsole", dependencies: ["BrokerSimUnits", "BrokerSimSnapshot"]),
        // Simulated time and byte sizes, shared by the model and every view.
        .target(name: "BrokerSimUnits"),
        // The simulation as a source of the console: playback of a world, its frames, walkthrough
        // prompts, the scenario writer. Apart from the console so the console reads any source.
        .target(
            name: "BrokerSimConsoleSim",
            dependencies: ["BrokerSimConsole", "BrokerSimCore", "BrokerSimScenario", "BrokerSimRunner", "BrokerSimSnapshot"]
        ),
        // Source-neutral reads of a broker (queues, consumers, nodes, connections) and what is
        // computed from a series of them; no dependency, so any source and the console share it.
        .target(name: "BrokerSimSnapshot"),
        // A real RabbitMQ through its management HTTP API (Foundation's URLSession; HTTPS through OpenSSL).
        .target(name: "BrokerSimRabbitMQ", dependencies: ["BrokerSimSnapshot", "COpenSSL"]),
        // OpenSSL (Debian's libssl-dev, which librabbitmq-dev depends on): HTTPS that can trust a CA file.
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL"),
        // rabbitmq-c (Debian's librabbitmq-dev): AMQP 0-9-1 for `brokersim drive` (docs/drive.md).
        .systemLibrary(name: "CRabbitMQ", path: "Sources/CRabbitMQ"),
        // A scenario's task-queue part run against a real broker, and its comparison with the simulation.
        .target(name: "BrokerSimDrive", dependencies: ["CRabbitMQ", "BrokerSimCore", "BrokerSimRunner", "BrokerSimSnapshot",
                                                       "BrokerSimRabbitMQ"]),
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "BrokerSimConsole", "CFatalSignals"]),
        .target(
            name: "BrokerSimCore",
            dependencies: [
                "BrokerSimUnits",
                // The group health rule, shared with every other source of snapshots.
                "BrokerSimSnapshot",
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "BrokerSimScenario",
            dependencies: [
                "BrokerSimCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
            ],
            // Built-in scenarios: every Scenarios/*.yaml, compiled in as text (see Plugins/EmbedScenarios).
            exclude: ["Scenarios"],
            plugins: [.plugin(name: "EmbedScenarios")]
        ),
        .executableTarget(name: "EmbedScenariosTool", path: "Sources/EmbedScenariosTool"),
        // Measures building and presenting a console frame (docs/console.md); not a product.
        .executableTarget(
            name: "FrameBench",
            dependencies: ["BrokerSimCore", "BrokerSimScenario", "BrokerSimRunner", "BrokerSimConsole", "BrokerSimConsoleSim",
                           "NcursesTerminal"]
        ),
        .plugin(name: "EmbedScenarios", capability: .buildTool(), dependencies: ["EmbedScenariosTool"]),
        .target(name: "BrokerSimRunner", dependencies: ["BrokerSimCore", "BrokerSimScenario", "BrokerSimSnapshot"]),
        .executableTarget(
            name: "brokersim",
            dependencies: [
                "BrokerSimCore", "BrokerSimScenario", "BrokerSimRunner", "CFatalSignals",
                "BrokerSimConsole", "BrokerSimConsoleSim", "NcursesTerminal", "BrokerSimSnapshot", "BrokerSimRabbitMQ",
                "BrokerSimDrive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What several test targets share (test targets cannot import one another): the lock on
        // the one RabbitMQ the tests use, and a local TLS server for the HTTPS tests.
        .target(
            name: "BrokerSimTestSupport",
            path: "Tests/Support"
        ),
        .testTarget(
            name: "BrokerSimCoreTests",
            // hdrhistogram-swift: the reference `LatencyHistogram`'s percentiles are held to.
            dependencies: ["BrokerSimCore", .product(name: "Histogram", package: "hdrhistogram-swift")]
        ),
        .testTarget(
            name: "BrokerSimScenarioTests",
            dependencies: ["BrokerSimScenario", "BrokerSimCore"]
        ),
        .testTarget(
            name: "BrokerSimRunnerTests",
            dependencies: ["BrokerSimRunner", "BrokerSimScenario", "BrokerSimCore", "BrokerSimSnapshot"]
        ),
        .testTarget(
            name: "BrokerSimConsoleTests",
            dependencies: [
                "BrokerSimConsole", "BrokerSimConsoleSim", "BrokerSimCore", "BrokerSimScenario", "BrokerSimRunner",
                "BrokerSimSnapshot",
            ],
            // Golden screens are read from the source tree by path (#filePath), not as resources.
            exclude: ["Goldens"]
        ),
        .testTarget(
            name: "NcursesTerminalTests",
            dependencies: ["NcursesTerminal", "BrokerSimConsole"]
        ),
        .testTarget(
            name: "BrokerSimConsoleE2ETests",
            dependencies: ["BrokerSimTestSupport"]
        ),
        .testTarget(
            name: "BrokerSimLiveTests",
            dependencies: ["BrokerSimSnapshot", "BrokerSimRabbitMQ", "BrokerSimTestSupport"],
            // Management API responses recorded from RabbitMQ 3.10, read by path (#filePath).
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BrokerSimDriveTests",
            dependencies: ["BrokerSimDrive", "BrokerSimScenario", "BrokerSimCore", "BrokerSimRunner", "BrokerSimTestSupport"]
        ),
        .testTarget(
            name: "BrokerSimCLITests",
            dependencies: ["BrokerSimTestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)
