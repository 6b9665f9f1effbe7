import ArgumentParser
import BrokerSimCore
import BrokerSimScenario

struct ConsoleOptions {
    var seed: UInt64?
    var until: SimDuration?
    var speed: Double = 1
    var variant: String?
}

/// The commands that open the console: `brokersim`, `brokersim run X`, `brokersim learn`.
enum Console {
    /// The console on a built-in scenario by name (`brokersim` with no arguments).
    static func open(scenario name: String, options: ConsoleOptions) throws {
        let scenario: Scenario
        do { scenario = try ScenarioLoader.load(name) } catch {
            Output.err(error.description + "\n")
            throw ExitCode(Exit.invalid)
        }
        try open(scenario: scenario, options: options)
    }

    static func open(scenario: Scenario, options: ConsoleOptions) throws {
        let code = try ConsoleRun.run(scenario, options: options)
        if code != 0 { throw ExitCode(code) }
    }

    /// The course: each chapter in order, in the console; quitting one opens the next.
    static func learn() throws {
        let chapters = BuiltinScenarios.names.compactMap { try? ScenarioLoader.load($0) }
            .filter { $0.chapter != nil }
        for sc in chapters {
            let code = try ConsoleRun.run(sc, options: ConsoleOptions(), course: true)
            if code == ConsoleRun.leftCourse { return }
        }
    }
}
