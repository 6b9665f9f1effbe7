import ArgumentParser
import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// The commands that open the console: `brokersim`, `brokersim run X`, `brokersim learn`.
enum Console {
    /// The plan of a file or built-in and the options; what is wrong with them exits 2: the
    /// file's problems as FILE:LINE:COL lines, an unknown `--variant` with the known ones.
    static func plan(_ nameOrPath: String, options: RunPlan.Options) throws -> RunPlan {
        do { return try RunPlan.load(nameOrPath, options) } catch { throw fail(error) }
    }

    static func plan(_ scenario: Scenario, options: RunPlan.Options) throws -> RunPlan {
        do { return try RunPlan(scenario, options) } catch { throw fail(error) }
    }

    static func fail(_ error: RunPlan.Failure) -> ExitCode {
        if case .scenario(let e) = error { Output.err(e.description + "\n") } else { Output.err("brokersim: \(error)\n") }
        return ExitCode(Exit.invalid)
    }

    /// The console on the plan's runs, side by side.
    static func open(_ plan: RunPlan) throws {
        try ConsoleLoop.withSession { _ = ConsoleLoop.run(SimulationSource(plan), state: state(plan), $0) }
    }

    /// The console's opening state: running, at the plan's start speed.
    static func state(_ plan: RunPlan, course: CourseMark? = nil) -> ConsoleState {
        ConsoleState(paused: false, speed: Speed.clamped(plan.speed), course: course)
    }

    /// The course chapters in order: the built-in scenarios with `chapter:`,
    /// in `BuiltinScenarios.names` order (which is the course order).
    static func chapters() -> [Scenario] {
        BuiltinScenarios.names.compactMap { try? ScenarioLoader.load($0) }.filter { $0.chapter != nil }
    }

    /// The course: each chapter in order in one terminal session, every variant
    /// of a chapter side by side; `n` / Enter on FINISHED opens the next, `q` ends it.
    static func learn(from first: Int, options: RunPlan.Options) throws {
        let all = chapters()
        guard (1...max(1, all.count)).contains(first), !all.isEmpty else {
            Output.err("brokersim: the course has chapters 1 to \(all.count); there is no chapter \(first)\n")
            throw ExitCode(Exit.invalid)
        }
        try ConsoleLoop.withSession { session in
            // Each chapter's run starts its clock when it opens.
            for (i, sc) in all.enumerated().dropFirst(first - 1) {
                let plan = try plan(sc, options: options)
                let state = state(plan, course: CourseMark(chapter: i + 1, of: all.count))
                if ConsoleLoop.run(SimulationSource(plan), state: state, session) != .next { return }
            }
        }
    }
}
