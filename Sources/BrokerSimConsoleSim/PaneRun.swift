import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// One run on the console's clock: the scenario itself, or one of its variants
/// (all variants run side by side, each in a pane of its own).
public struct PaneRun {
    /// What the plan says of this run: its world, its stop, its expectations and their instants.
    public let run: RunPlan.Run
    public internal(set) var playback: Playback
    var results: (at: SimTime, interactive: Int, lines: [ExpectationLine])?

    public var variant: String? { run.variant }
    public var config: WorldConfig { run.config }
    public var expectations: [Expectation] { run.expectations }

    /// - Parameters:
    ///   - interval: the sample interval, the same for every pane of a console.
    ///   - haltTimes: where the console stops for the user (every pane's, so they stop together).
    public init(_ run: RunPlan.Run, interval: SimDuration, haltTimes: [SimTime] = []) {
        self.run = run
        playback = Playback(world: World(config: run.config), end: run.end, stopWhenDrained: run.stopWhenDrained,
                            interval: interval, probeTimes: run.checkTimes, haltTimes: haltTimes)
    }

    public mutating func frame(_ scenario: Scenario) -> Frame {
        var f = Frame(world: playback.world, history: playback.history, title: scenario.title, about: scenario.about, variant: variant,
                      expectations: playback.finished ? expectationLines() : [], finished: playback.finished)
        // Narration describes the scripted run: once a key changed this one, say so.
        if playback.interactive.contains(where: { $0.at <= playback.now }) { f.caption?.scripted = true }
        return f
    }

    /// Each expectation checked on the report of its instant (or the end), as the headless
    /// report checks it, computed once per finish.
    public mutating func expectationLines() -> [ExpectationLine] {
        if let r = results, r.at == playback.now, r.interactive == playback.interactive.count { return r.lines }
        let lines = run.results(final: Report.sections(playback.world), checks: playback.probes.map { $0.map(Report.sections) })
            .map(ExpectationLine.init)
        results = (playback.now, playback.interactive.count, lines)
        return lines
    }
}
