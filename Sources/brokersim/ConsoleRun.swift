import ArgumentParser
import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Foundation
import NcursesTerminal

/// One console session on one scenario: the single-threaded loop of
/// the console (docs/console.md) — read a key with a timeout, reduce it,
/// advance the world under a per-frame budget, draw, present the difference.
///
/// A scenario with variants runs every variant in a pane of its own, on one
/// clock, with the same seed and load; every control applies to all of them
/// (`--variant NAME` runs just one).
final class ConsoleRun {
    /// How a session ended.
    enum Outcome: Equatable {
        /// `q` (or Ctrl-C read as a key).
        case quit
        /// SIGINT, SIGTERM or SIGHUP.
        case signal(Int32)
        /// `n` / Enter in the course: on to the next chapter.
        case next
    }

    let scenario: Scenario
    var panes: [PaneRun]
    var state: ConsoleState
    var pacer: Pacer
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant

    /// Frames per second at most while running.
    static let frameMicros: Int64 = 33_000
    /// Wall time per frame the simulation may use, so keys stay responsive at any speed.
    static let budgetMicros: Int64 = 20_000

    init(_ scenario: Scenario, options: ConsoleOptions, course: CourseMark? = nil) throws {
        self.scenario = scenario
        var runs: [(String?, WorldConfig, [Expectation])]
        if let v = options.variant {
            guard let found = scenario.variants.first(where: { $0.name == v }) else {
                let known = scenario.variants.map(\.name).joined(separator: ", ")
                Output.err("brokersim: unknown variant '\(v)'" + (known.isEmpty ? ": this scenario has no variants\n" : "; this scenario has: \(known)\n"))
                throw ExitCode(Exit.invalid)
            }
            runs = [(found.name, found.config, found.expectations)]
        } else if scenario.variants.isEmpty {
            runs = [(nil, scenario.config, scenario.expectations)]
        } else {
            runs = scenario.variants.map { ($0.name, $0.config, $0.expectations) }
        }
        for i in runs.indices { if let seed = options.seed { runs[i].1.seed = seed } }
        // One sample interval and one set of halts for all, so they step and stop together.
        let interval = History.interval(forRunLength: PaneRun.length(runs[0].1, until: options.until))
        let halts = runs.flatMap { Prompt.haltTimes($0.1.timeline) }
        panes = runs.map { PaneRun(variant: $0.0, config: $0.1, expectations: $0.2, until: options.until,
                                   interval: interval, haltTimes: halts) }
        state = ConsoleState(paused: false, speed: Speed.clamped(options.speed ?? scenario.speed ?? 1), course: course)
        started = clock.now
        pacer = Pacer(speed: state.speed, sim: .zero, wall: 0)
    }

    var wall: Int64 {
        let d = clock.now - started
        return d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000
    }

    /// The clock all panes share: the latest of them (a drained pane stops at its end).
    var now: SimTime { panes.map(\.playback.now).max() ?? .zero }
    var finished: Bool { panes.allSatisfy(\.playback.finished) }

    /// Opens a terminal and runs the console on `scenario` until the user leaves.
    static func run(_ scenario: Scenario, options: ConsoleOptions) throws -> Int32 {
        let run = try ConsoleRun(scenario, options: options)
        try withSession { _ = run.loop($0) }
        return 0
    }

    /// A terminal session for `body`, torn down on every way out.
    static func withSession(_ body: (TerminalSession) throws -> Void) throws {
        let session: TerminalSession
        do { session = try TerminalSession(environment: ProcessInfo.processInfo.environment) } catch {
            Output.err("brokersim: \(error)\n")
            throw ExitCode(Exit.invalid)
        }
        defer { session.teardown() }
        try body(session)
        session.teardown()
    }

    /// The loop; returns how it ended.
    func loop(_ session: TerminalSession) -> Outcome {
        for i in panes.indices { panes[i].playback.advance(to: .zero) }
        collectHalts()
        var shown: CellGrid?
        while true {
            if let sig = session.pendingSignal() { return .signal(sig) }
            let frameStart = wall
            let stoppedBefore = state.stopped
            let running = !state.stopped && !finished
            if running { advanceFrame(until: frameStart + Self.budgetMicros) }
            collectHalts()
            syncPacer(wasStopped: stoppedBefore)
            let frames = currentFrames()
            let screen = ConsoleView.render(state: state, frames: frames, size: session.size, glyphs: session.glyphs)
            state.hitAreas = screen.hitAreas
            state.scroll = screen.scroll
            if screen.grid != shown {
                session.present(screen.grid)
                shown = screen.grid
            }
            // Paused, held or finished nothing changes until a key: wake rarely
            // (signals interrupt the wait anyway). Running: at most ~30 frames a second.
            let live = !state.stopped && !finished
            let timeout = live ? Int(max(1, Self.frameMicros - (wall - frameStart)) / 1000) : 500
            guard let key = session.readKey(timeoutMilliseconds: timeout) else { continue }
            guard let action = state.filtering ? KeyMap.standard.typingAction(for: key) : KeyMap.standard.actionOrAnyKey(for: key)
            else { continue }
            let before = state
            let lead = Frame.selection(across: frames)
            for effect in state.reduce(action, frame: lead) {
                if effect == .quit { return .quit }
                if effect == .nextChapter { return .next }
                apply(effect, frames: frames)
            }
            collectHalts()
            syncPacer(wasStopped: before.stopped)
            if state.speed != before.speed { pacer.setSpeed(state.speed, sim: now, wall: wall) }
        }
    }

    /// A pane that stopped at a halt: what is due there holds the console
    /// (each prompt once, though several variants share it).
    func collectHalts() {
        var due: [Prompt] = []
        for i in panes.indices where panes[i].playback.takeHalt() {
            for p in Prompt.due(in: panes[i].playback.world, at: panes[i].playback.now) where !due.contains(p) { due.append(p) }
        }
        if !due.isEmpty { state.reached(due) }
    }

    func syncPacer(wasStopped: Bool) {
        if state.stopped != wasStopped { pacer.setPaused(state.stopped, sim: now, wall: wall) }
    }

    /// Advances the first unfinished pane under the frame's budget, then the
    /// others to the same instant, so every pane shows the same moment.
    func advanceFrame(until deadline: Int64) {
        let target: SimTime
        switch pacer.target(wall: wall) {
        case .until(let t): target = t
        case .unbounded: target = .never
        }
        guard let lead = panes.indices.first(where: { !panes[$0].playback.finished }) else { return }
        let reached = panes[lead].playback.advance(to: target) { self.wall < deadline }
        let common = panes[lead].playback.finished ? target : panes[lead].playback.now
        for i in panes.indices where i != lead && !panes[i].playback.finished {
            panes[i].playback.advance(to: common)
        }
        // Behind the pacer (the budget ran out): carry on from where the world is,
        // rather than owing a jump.
        if !reached || target == .never { pacer.rebase(sim: now, wall: wall) }
    }

    func apply(_ effect: ConsoleEffect, frames: [Frame]) {
        switch effect {
        case .seek(let n):
            let step = panes[0].playback.interval.micros * Int64(n)
            let target = SimTime(micros: max(0, now.micros + step))
            for i in panes.indices { panes[i].playback.seek(to: target) }
        case .restartRun:
            for i in panes.indices {
                panes[i].playback.restart()
                panes[i].playback.advance(to: .zero)
            }
        case .step:
            for i in panes.indices { panes[i].playback.step() }
        case .inject(let action):
            // On every pane that has the selected thing.
            for i in panes.indices where state.selection.flatMap({ frames[i].name(of: $0) }) != nil {
                panes[i].playback.inject(action)
            }
        case .undoLast:
            // Each pane takes back its own latest; they took the same actions where they apply.
            var undone: TimelineEntry?
            for i in panes.indices { if let e = panes[i].playback.undoLast(), undone == nil { undone = e } }
            state.message = undone.map { "Undid \(ActionText.describe($0.action, panes[0].config)) at \(ClockText.clock($0.at))" }
                ?? "No action of yours to undo"
        case .clearActions:
            var n = 0
            for i in panes.indices { n = max(n, panes[i].playback.clearInteractive()) }
            state.message = n == 0 ? "No action of yours to undo" : "Undid all \(n) of your actions: the run is as scripted"
        case .writeScenario: state.message = writeLiveScenario()
        case .nextChapter, .quit: break
        }
        pacer.rebase(sim: now, wall: wall)
    }
}
