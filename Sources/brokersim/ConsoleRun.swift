import ArgumentParser
import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation
import NcursesTerminal

/// One console session on one scenario: the single-threaded loop of
/// ARCHITECTURE "How state flows" 6 — read a key with a timeout, reduce it,
/// advance the world under a per-frame budget, draw, present the difference.
///
/// Owns the terminal session (a non-Sendable class) for its whole life, and
/// tears it down on every way out: `q`, SIGINT/SIGTERM/SIGHUP, and errors.
final class ConsoleRun {
    /// Returned by `run` in the course when the user quit with a signal: stop the course.
    static let leftCourse: Int32 = -1

    let scenario: Scenario
    let config: WorldConfig
    let expectations: [Expectation]
    let variant: String?
    var playback: Playback
    var state: ConsoleState
    var pacer: Pacer
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    var results: (at: SimTime, interactive: Int, lines: [ExpectationLine])?

    /// Frames per second at most while running.
    static let frameMicros: Int64 = 33_000
    /// Wall time per frame the simulation may use, so keys stay responsive at any speed.
    static let budgetMicros: Int64 = 20_000

    init(_ scenario: Scenario, options: ConsoleOptions) throws {
        self.scenario = scenario
        var cfg = scenario.config
        var exps = scenario.expectations
        var variantName: String?
        if let v = options.variant ?? scenario.variants.first?.name {
            guard let found = scenario.variants.first(where: { $0.name == v }) else {
                let known = scenario.variants.map(\.name).joined(separator: ", ")
                Output.err("brokersim: unknown variant '\(v)'" + (known.isEmpty ? ": this scenario has no variants\n" : "; this scenario has: \(known)\n"))
                throw ExitCode(Exit.invalid)
            }
            cfg = found.config
            exps = found.expectations
            variantName = found.name
        }
        if let seed = options.seed { cfg.seed = seed }
        config = cfg
        expectations = exps
        variant = variantName
        let end: SimTime
        let length: SimDuration?
        switch cfg.stop {
        case .after(let d):
            length = options.until ?? d
            end = .zero + length!
        case .drained:
            length = options.until
            end = .zero + (options.until ?? Runner.drainCap)
        }
        playback = Playback(world: World(config: cfg), end: end, stopWhenDrained: cfg.stop == .drained,
                            interval: History.interval(forRunLength: length), probeTimes: exps.compactMap(\.at))
        state = ConsoleState(paused: false, speed: Speed.clamped(options.speed))
        started = clock.now
        pacer = Pacer(speed: state.speed, sim: .zero, wall: 0)
    }

    var wall: Int64 {
        let d = clock.now - started
        return d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000
    }

    static func run(_ scenario: Scenario, options: ConsoleOptions, course: Bool = false) throws -> Int32 {
        let run = try ConsoleRun(scenario, options: options)
        let session: TerminalSession
        do { session = try TerminalSession(environment: ProcessInfo.processInfo.environment) } catch {
            Output.err("brokersim: \(error)\n")
            throw ExitCode(Exit.invalid)
        }
        defer { session.teardown() }
        let quitBy = run.loop(session)
        session.teardown()
        return course && quitBy != nil ? leftCourse : 0
    }

    /// The loop; returns the signal that ended it, or nil for `q`.
    func loop(_ session: TerminalSession) -> Int32? {
        playback.advance(to: .zero)
        var shown: CellGrid?
        while true {
            if let sig = session.pendingSignal() { return sig }
            let frameStart = wall
            let running = !state.paused && !playback.finished
            if running { advanceFrame(until: frameStart + Self.budgetMicros) }
            let frame = currentFrame()
            let screen = ConsoleView.render(state: state, frame: frame, size: session.size, glyphs: session.glyphs)
            state.hitAreas = screen.hitAreas
            if screen.grid != shown {
                session.present(screen.grid)
                shown = screen.grid
            }
            // Paused or finished nothing changes until a key: wake rarely (signals
            // interrupt the wait anyway). Running: at most ~30 frames a second.
            let timeout = running ? Int(max(1, Self.frameMicros - (wall - frameStart)) / 1000) : 500
            guard let key = session.readKey(timeoutMilliseconds: timeout),
                  let action = KeyMap.standard.action(for: key) else { continue }
            let before = state
            for effect in state.reduce(action, frame: frame) {
                if effect == .quit { return nil }
                apply(effect)
            }
            if state.paused != before.paused { pacer.setPaused(state.paused, sim: playback.now, wall: wall) }
            if state.speed != before.speed { pacer.setSpeed(state.speed, sim: playback.now, wall: wall) }
        }
    }

    func advanceFrame(until deadline: Int64) {
        let target: SimTime
        switch pacer.target(wall: wall) {
        case .until(let t): target = t
        case .unbounded: target = .never
        }
        let reached = playback.advance(to: target) { self.wall < deadline }
        // Behind the pacer (the budget ran out): carry on from where the world is,
        // rather than owing a jump.
        if !reached || target == .never { pacer.rebase(sim: playback.now, wall: wall) }
    }

    func apply(_ effect: ConsoleEffect) {
        switch effect {
        case .seek(let n):
            let step = playback.interval.micros * Int64(n)
            playback.seek(to: SimTime(micros: max(0, playback.now.micros + step)))
        case .restartRun:
            playback.restart()
            playback.advance(to: .zero)
        case .step: playback.step()
        case .inject(let action): playback.inject(action)
        case .writeScenario: state.message = writeLiveScenario()
        case .quit: break
        }
        pacer.rebase(sim: playback.now, wall: wall)
    }
}
