import ArgumentParser
import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario

struct ConsoleOptions {
    var seed: UInt64?
    var until: SimDuration?
    /// `--speed`; when nil the scenario's `speed:`, else 1×.
    var speed: Double?
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
        let source = try simulation(scenario, options: options)
        try ConsoleLoop.withSession { _ = ConsoleLoop.run(source, state: state(scenario, options: options), $0) }
    }

    /// The run of `scenario` as the options ask; an unknown `--variant` exits 2 with the known ones.
    static func simulation(_ scenario: Scenario, options: ConsoleOptions) throws -> SimulationSource {
        do {
            return try SimulationSource(scenario, variant: options.variant, seed: options.seed, until: options.until,
                                        speed: state(scenario, options: options).speed)
        } catch let e as SimulationSource.UnknownVariant {
            Output.err(e.message + "\n")
            throw ExitCode(Exit.invalid)
        }
    }

    /// The console's opening state: running, at `--speed`, else the scenario's `speed:`, else 1×.
    static func state(_ scenario: Scenario, options: ConsoleOptions, course: CourseMark? = nil) -> ConsoleState {
        ConsoleState(paused: false, speed: Speed.clamped(options.speed ?? scenario.speed ?? 1), course: course)
    }

    /// The course chapters in order: the built-in scenarios with `chapter:`,
    /// in `BuiltinScenarios.names` order (which is the course order).
    static func chapters() -> [Scenario] {
        BuiltinScenarios.names.compactMap { try? ScenarioLoader.load($0) }.filter { $0.chapter != nil }
    }

    /// The course: each chapter in order in one terminal session, every variant
    /// of a chapter side by side; `n` / Enter on FINISHED opens the next, `q` ends it.
    static func learn(from first: Int, options: ConsoleOptions) throws {
        let all = chapters()
        guard (1...max(1, all.count)).contains(first), !all.isEmpty else {
            Output.err("brokersim: the course has chapters 1 to \(all.count); there is no chapter \(first)\n")
            throw ExitCode(Exit.invalid)
        }
        try ConsoleLoop.withSession { session in
            // Each chapter's run starts its clock when it opens.
            for (i, sc) in all.enumerated().dropFirst(first - 1) {
                let source = try simulation(sc, options: options)
                let state = state(sc, options: options, course: CourseMark(chapter: i + 1, of: all.count))
                if ConsoleLoop.run(source, state: state, session) != .next { return }
            }
        }
    }
}
