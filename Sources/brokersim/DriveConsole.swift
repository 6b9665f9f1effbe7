import ArgumentParser
import BrokerSimConsole
import BrokerSimDrive
import BrokerSimRabbitMQ
import BrokerSimScenario
import NcursesTerminal

/// `drive` in the console. The driver's own loop (a tick every 50 ms) drives the console: each
/// tick hands the reading to the `DriveSource`, draws, and takes a key without waiting. When the
/// run ends both panes stay, finished, until `q`; the comparison report is printed after the
/// terminal is restored, and the exit code is the headless one.
enum DriveConsole {
    static func open(_ s: Scenario, runs: [DriveSetup.Run], login: AMQPLogin, speed: Double, prefix: String,
                     keep: Bool, management: ManagementClient?) throws {
        guard runs.count == 1, let r = runs.first else {
            throw DriveSetup.fail("the console drives one variant at a time: add --variant with one of \(runs.compactMap(\.variant).joined(separator: ", "))")
        }
        let plan = try DriveSetup.plan(s, r, speed: speed, prefix: prefix)
        let driver: Driver
        do { driver = try Driver(plan: plan, login: login, keep: keep, management: management) } catch {
            throw DriveSetup.fail("cannot drive \(login.display): \(error.message)")
        }
        let simulated = DriveSetup.simulate(s, r)
        let simSeconds = simulated.report.value(at: ["simulated_seconds"])?.number ?? 60
        let source = DriveSource(s, run: r, login: login, expectedSeconds: simSeconds)
        var outcome: Result<DriveResult, AMQPError> = .failure(AMQPError("the console ended before the run"))
        do {
            try ConsoleLoop.withSession { session in
                outcome = run(driver, source: source, limit: simSeconds / speed * 3 + 30, session: session)
            }
        } catch {
            driver.cleanUp()
            throw error
        }
        driver.cleanUp()
        let result: DriveResult
        switch outcome {
        case .success(let x): result = x
        case .failure(let e): throw DriveSetup.fail("drive \(s.name) on \(login.display): \(e.message)")
        }
        if result.end == .interrupted {
            Output.err("brokersim: interrupted; \(keep ? "kept" : "deleted") the queues and exchanges named \(plan.prefix)*\n")
            throw ExitCode(130)
        }
        let done = DriveHeadless.done(s, r, simulated: simulated, result: result)
        Output.out(DriveHeadless.text(s, done))
        if result.end == .neverDrained || !done.results.allSatisfy(\.passed) { throw ExitCode(Exit.expectationFailed) }
    }

    static func run(_ driver: Driver, source: DriveSource, limit: Double, session: TerminalSession)
        -> Result<DriveResult, AMQPError> {
        var state = ConsoleState()
        state.speed = .times(driver.plan.speed)
        let console = ConsoleDriver(source: source, state: state, clock: .started())
        var shown: CellGrid?
        var quit = false
        /// One frame, then a key if one is waiting (or within `wait` ms).
        func frame(wait: Int) {
            let screen = console.draw(size: session.size, glyphs: session.glyphs)
            if screen.grid != shown {
                session.present(screen.grid)
                shown = screen.grid
            }
            if session.pendingSignal() != nil { quit = true }
            if let key = session.readKey(timeoutMilliseconds: wait), console.press(key) == .quit { quit = true }
        }
        let result: DriveResult
        do {
            result = try driver.run(limitSeconds: limit, interrupted: { quit }, tick: { reading in
                source.take(reading, final: false)
                frame(wait: 0)
            })
        } catch {
            return .failure(error)
        }
        guard result.end != .interrupted else { return .success(result) }
        source.take(driver.finalReading(result), final: true)
        while !quit { frame(wait: console.waitMillis) }
        return .success(result)
    }
}
