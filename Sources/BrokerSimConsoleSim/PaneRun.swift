import BrokerSimConsole
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// One run on the console's clock: the scenario itself, or one of its variants
/// (all variants run side by side, each in a pane of its own).
public struct PaneRun {
    public let variant: String?
    public let config: WorldConfig
    public let expectations: [Expectation]
    public internal(set) var playback: Playback
    var results: (at: SimTime, interactive: Int, lines: [ExpectationLine])?

    init(variant: String?, config: WorldConfig, expectations: [Expectation], until: SimDuration?,
         interval: SimDuration, haltTimes: [SimTime]) {
        self.variant = variant
        self.config = config
        self.expectations = expectations
        playback = Playback(world: World(config: config), end: Self.end(config, until: until), stopWhenDrained: config.stop == .drained,
                            interval: interval, probeTimes: expectations.compactMap(\.at), haltTimes: haltTimes)
    }

    /// The hard stop: the scenario's `stop`, `--until`, or the drain cap.
    static func end(_ cfg: WorldConfig, until: SimDuration?) -> SimTime {
        switch cfg.stop {
        case .after(let d): return .zero + (until ?? d)
        case .drained: return .zero + (until ?? Runner.drainCap)
        }
    }

    /// The run's length when known, for the sample interval.
    static func length(_ cfg: WorldConfig, until: SimDuration?) -> SimDuration? {
        switch cfg.stop {
        case .after(let d): return until ?? d
        case .drained: return until
        }
    }

    public mutating func frame(_ scenario: Scenario) -> Frame {
        var f = Frame(world: playback.world, history: playback.history, title: scenario.title, about: scenario.about, variant: variant,
                      expectations: playback.finished ? expectationLines() : [], finished: playback.finished)
        // Narration describes the scripted run: once a key changed this one, say so.
        if playback.interactive.contains(where: { $0.at <= playback.now }) { f.caption?.scripted = true }
        return f
    }

    /// Each expectation checked on the report of its instant (or the end),
    /// computed once per finish.
    public mutating func expectationLines() -> [ExpectationLine] {
        if let r = results, r.at == playback.now, r.interactive == playback.interactive.count { return r.lines }
        let final = Report.sections(playback.world)
        var lines: [ExpectationLine] = []
        for e in expectations {
            var report = final
            if let at = e.at, let i = playback.probeTimes.firstIndex(of: at), let w = playback.probes[i] {
                report = Report.sections(w)
            }
            let r = ExpectationResult(e, report: report)
            let text = e.at.map { "at \(SimDuration(micros: $0.micros)): \(e.wording)" } ?? e.wording
            lines.append(ExpectationLine(text: text, passed: r.passed,
                                         detail: r.passed ? nil : "was \(r.actual.serialized(indent: nil))"))
        }
        results = (playback.now, playback.interactive.count, lines)
        return lines
    }
}
