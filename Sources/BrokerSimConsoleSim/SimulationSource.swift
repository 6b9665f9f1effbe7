import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// A scenario run in the console: the world advanced on a pacer's clock under a per-frame
/// budget, rewound and stepped, changed by the user's interventions, halted at walkthrough
/// prompts, written back as a scenario. It can do everything the console offers.
///
/// A scenario with variants runs every variant in a pane of its own, on one clock, with the
/// same seed and load; every control applies to all of them (`--variant NAME` runs just one).
/// Which runs, where they stop and what they check is the `RunPlan`'s, as for a headless run.
public final class SimulationSource: ReadingSource {
    public let scenario: Scenario
    public internal(set) var panes: [PaneRun]
    var pacer: Pacer

    /// The plan's runs, a pane each (the console's start speed is the state's: `RunPlan.speed`).
    public init(_ plan: RunPlan) {
        scenario = plan.scenario
        // One sample interval and one set of halts for all, so they step and stop together.
        let interval = History.interval(forRunLength: plan.length)
        let halts = plan.runs.flatMap { Prompt.haltTimes($0.config.timeline) }
        panes = plan.runs.map { PaneRun($0, interval: interval, haltTimes: halts) }
        pacer = Pacer(speed: .times(1), sim: .zero, wall: 0)
    }

    /// The scenario as `brokersim run NAME` opens it: every variant, the file's seed and stop.
    public convenience init(_ scenario: Scenario) throws {
        self.init(try RunPlan(scenario))
    }

    public var capabilities: SourceCapabilities { .simulation }
    /// Never said: a simulation refuses no key.
    public var refusal: String { "" }

    /// The clock all panes share: the latest of them (a drained pane stops at its end).
    var now: SimTime { panes.map(\.playback.now).max() ?? .zero }
    var finished: Bool { panes.allSatisfy(\.playback.finished) }

    public func start(_ state: inout ConsoleState, clock: WallClock) {
        pacer = Pacer(speed: state.speed, sim: .zero, wall: clock.now)
        for i in panes.indices { panes[i].playback.advance(to: .zero) }
        collectHalts(&state)
    }

    public func tick(_ state: inout ConsoleState, clock: WallClock, deadline: Int64) {
        let before = state
        if !state.stopped && !finished { advanceFrame(clock: clock, until: deadline) }
        settle(&state, from: before, clock: clock)
    }

    public func frames(_ state: ConsoleState) -> [Frame] { panes.indices.map { panes[$0].frame(scenario) } }

    public func settle(_ state: inout ConsoleState, from before: ConsoleState, clock: WallClock) {
        collectHalts(&state)
        if state.stopped != before.stopped { pacer.setPaused(state.stopped, sim: now, wall: clock.now) }
        if state.speed != before.speed { pacer.setSpeed(state.speed, sim: now, wall: clock.now) }
    }

    /// Paused, held or finished nothing changes until a key: wake rarely (signals
    /// interrupt the wait anyway).
    public func idleMillis(_ state: ConsoleState) -> Int? { !state.stopped && !finished ? nil : 500 }

    /// A pane that stopped at a halt: what is due there holds the console
    /// (each prompt once, though several variants share it).
    func collectHalts(_ state: inout ConsoleState) {
        var due: [Prompt] = []
        for i in panes.indices where panes[i].playback.takeHalt() {
            for p in Prompt.due(in: panes[i].playback.world, at: panes[i].playback.now) where !due.contains(p) { due.append(p) }
        }
        if !due.isEmpty { state.reached(due) }
    }

    /// Advances the first unfinished pane under the frame's budget, then the
    /// others to the same instant, so every pane shows the same moment.
    func advanceFrame(clock: WallClock, until deadline: Int64) {
        let target: SimTime
        switch pacer.target(wall: clock.now) {
        case .until(let t): target = t
        case .unbounded: target = .never
        }
        guard let lead = panes.indices.first(where: { !panes[$0].playback.finished }) else { return }
        let reached = panes[lead].playback.advance(to: target) { clock.now < deadline }
        let common = panes[lead].playback.finished ? target : panes[lead].playback.now
        for i in panes.indices where i != lead && !panes[i].playback.finished {
            panes[i].playback.advance(to: common)
        }
        // Behind the pacer (the budget ran out): carry on from where the world is,
        // rather than owing a jump.
        if !reached || target == .never { pacer.rebase(sim: now, wall: clock.now) }
    }

    public func perform(_ effect: ConsoleEffect, _ state: inout ConsoleState, frames: [Frame], clock: WallClock) {
        switch effect {
        case .seek(let n):
            let step = panes[0].playback.interval.micros * Int64(n)
            let target = SimTime(micros: max(0, now.micros + step))
            for i in panes.indices { panes[i].playback.seek(to: target) }
        case .seekToEnd:
            for i in panes.indices { panes[i].playback.seek(to: panes[i].playback.end) }
        case .restartRun:
            for i in panes.indices {
                panes[i].playback.restart()
                panes[i].playback.advance(to: .zero)
            }
        case .step:
            for i in panes.indices { panes[i].playback.step() }
        case .intervene(let intervention):
            // On every pane that has a thing of that name.
            for i in panes.indices {
                if let action = intervention.timelineAction(in: panes[i].playback.world) { panes[i].playback.inject(action) }
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
        pacer.rebase(sim: now, wall: clock.now)
    }
}
