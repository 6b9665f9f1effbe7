import ArgumentParser
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario (a file path or a built-in name) in the console, or headless."
    )

    @Argument(help: "A scenario file or a built-in name (see `brokersim list`).")
    var scenario: String

    @Flag(help: "Run to the end with no terminal UI and print the report on stdout.")
    var headless = false

    @Option(help: "Override the scenario's seed.")
    var seed: UInt64?

    @Option(help: "A hard stop (e.g. 90s, 3d), earlier or later than the file's.")
    var until: String?

    @Option(help: "Report format when headless: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Console start speed (e.g. 1, 10, 1000).")
    var speed: Double = 1

    @Option(help: "Run one variant only; the report is then that variant's.")
    var variant: String?

    func validate() throws {
        if let until, (try? UnitParser.duration(until)) == nil {
            throw ValidationError("--until takes a duration such as 90s, 10m or 3d, not '\(until)'")
        }
        if !(speed > 0) { throw ValidationError("--speed takes a positive number such as 1, 10 or 1000") }
    }

    func run() throws {
        let loaded: Scenario
        do { loaded = try ScenarioLoader.load(scenario) } catch {
            Output.err(error.description + "\n")
            throw ExitCode(Exit.invalid)
        }
        let untilDuration = until.flatMap { try? UnitParser.duration($0) }
        if !headless {
            try Console.open(scenario: loaded, options: ConsoleOptions(seed: seed, until: untilDuration, speed: speed, variant: variant))
            return
        }
        try Headless.run(loaded, seed: seed, until: untilDuration, variant: variant, format: format)
    }
}

enum Headless {
    static func run(_ scenario: Scenario, seed: UInt64?, until: SimDuration?, variant: String?, format: ReportFormat) throws {
        var runner = Runner(seed: seed, until: until, variant: variant)
        if ProgressLine.wanted { runner.progress = { ProgressLine.draw($0) } }
        let outcomes: [Runner.Outcome]
        defer { ProgressLine.clear() }
        do {
            outcomes = try runner.run(scenario)
            ProgressLine.clear()
        } catch {
            Output.err("brokersim: \(error.description)\n")
            throw ExitCode(Exit.invalid)
        }
        if let broken = outcomes.compactMap(\.invariantFailure).first {
            Output.err("brokersim: internal error (a bug): \(broken)\n")
            throw ExitCode(Exit.internalError)
        }
        switch format {
        case .json:
            runner.combinedJSON(scenario, outcomes).serialized { Output.out($0) }
            Output.out("\n")
        case .text: Output.out(TextReport.render(scenario, outcomes))
        }
        for o in outcomes where o.neverDrained {
            Output.err("brokersim: \(scenario.name)\(o.variantName.map { " (\($0))" } ?? ""): never drained before the cap\n")
        }
        if !outcomes.allSatisfy(\.passed) { throw ExitCode(Exit.expectationFailed) }
    }
}
