import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// A chapter of `brokersim learn` played as the console plays it: every variant a
/// pane on one clock and one sample interval, stopping at the chapter's halts (held
/// captions, questions), the expectations listed once it finishes, drawn with the
/// course mark `chapter N of 13`.
struct ChapterScreens {
    /// The course in `brokersim learn` order: the built-ins with `chapter:`, as listed.
    static var chapters: [Scenario] {
        BuiltinScenarios.names.compactMap { try? ScenarioLoader.load($0) }.filter { $0.chapter != nil }
    }

    struct Pane {
        var variant: String?
        var expectations: [Expectation]
        var playback: Playback
    }

    let scenario: Scenario
    let mark: CourseMark
    var panes: [Pane]
    /// What holds the console at the instant reached (a held caption, a question).
    var prompts: [Prompt] = []

    init(chapter n: Int) {
        let all = Self.chapters
        scenario = all[n - 1]
        mark = CourseMark(chapter: n, of: all.count)
        let runs: [(String?, WorldConfig, [Expectation])] = scenario.variants.isEmpty
            ? [(nil, scenario.config, scenario.expectations)]
            : scenario.variants.map { ($0.name, $0.config, $0.expectations) }
        let length: SimDuration? = { if case .after(let d) = runs[0].1.stop { return d } else { return nil } }()
        let interval = History.interval(forRunLength: length)
        let halts = runs.flatMap { Prompt.haltTimes($0.1.timeline) }
        panes = runs.map { v, cfg, exps in
            let end: SimTime
            switch cfg.stop {
            case .after(let d): end = .zero + d
            case .drained: end = .zero + Runner.drainCap
            }
            return Pane(variant: v, expectations: exps,
                        playback: Playback(world: World(config: cfg), end: end, stopWhenDrained: cfg.stop == .drained,
                                           interval: interval, probeTimes: exps.compactMap(\.at), haltTimes: halts))
        }
    }

    /// Plays every pane to `t` (nil: to its end), passing the halts on the way as a
    /// user carrying on would; the prompts due at `t` itself hold the screen.
    mutating func play(to t: SimTime?) {
        prompts = []
        for i in panes.indices {
            let target = t ?? panes[i].playback.end
            while true {
                panes[i].playback.advance(to: target)
                let halted = panes[i].playback.takeHalt()
                let p = panes[i].playback
                if halted, p.now == target {
                    for prompt in Prompt.due(in: p.world, at: p.now) where !prompts.contains(prompt) { prompts.append(prompt) }
                }
                if p.finished || p.now >= target || !halted { break }
            }
        }
    }

    var finished: Bool { panes.allSatisfy(\.playback.finished) }

    /// The frames as the console builds them (PaneRun.frame), expectations once finished.
    var frames: [Frame] {
        panes.map { pane in
            let p = pane.playback
            var lines: [ExpectationLine] = []
            if p.finished {
                let final = Report.sections(p.world)
                for e in pane.expectations {
                    var report = final
                    if let at = e.at, let i = p.probeTimes.firstIndex(of: at), let w = p.probes[i] { report = Report.sections(w) }
                    let r = ExpectationResult(e, report: report)
                    let text = e.at.map { "at \(SimDuration(micros: $0.micros)): \(e.wording)" } ?? e.wording
                    lines.append(ExpectationLine(text: text, passed: r.passed, detail: r.passed ? nil : "was \(r.actual.serialized(indent: nil))"))
                }
            }
            return Frame(world: p.world, history: p.history, title: scenario.title, about: scenario.about, variant: pane.variant,
                         expectations: lines, finished: p.finished)
        }
    }

    /// The screen at `size`, running at the chapter's start speed (or held by its prompts).
    func screen(_ size: GridSize) -> String {
        var s = ConsoleState(paused: false, speed: Speed.clamped(scenario.speed ?? 1), course: mark)
        if !prompts.isEmpty { s.reached(prompts) }
        return ConsoleView.render(state: s, frames: frames, size: size, glyphs: .unicode).grid.text
    }
}
