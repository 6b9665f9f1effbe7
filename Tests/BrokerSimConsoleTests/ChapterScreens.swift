import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario

/// A chapter of `brokersim learn` played as the console plays it (its `SimulationSource`):
/// every variant a pane on one clock and one sample interval, stopping at the chapter's
/// halts (held captions, questions), the expectations listed once it finishes, drawn with
/// the course mark `chapter N of 13`.
struct ChapterScreens {
    /// The course in `brokersim learn` order: the built-ins with `chapter:`, as listed.
    static var chapters: [Scenario] {
        BuiltinScenarios.names.compactMap { try? ScenarioLoader.load($0) }.filter { $0.chapter != nil }
    }

    let scenario: Scenario
    let mark: CourseMark
    /// The chapter as `brokersim learn` plans and opens it.
    let plan: RunPlan
    let source: SimulationSource
    /// What holds the console at the instant reached (a held caption, a question).
    var prompts: [Prompt] = []

    init(chapter n: Int) {
        let all = Self.chapters
        scenario = all[n - 1]
        mark = CourseMark(chapter: n, of: all.count)
        // No variant asked for: a plan of a loaded scenario cannot fail.
        plan = try! RunPlan(scenario)
        source = SimulationSource(plan)
    }

    /// Plays every pane to `t` (nil: to its end), passing the halts on the way as a user
    /// carrying on would; the prompts due at `t` itself hold the screen.
    mutating func play(to t: SimTime?) { prompts = source.play(to: t) }

    var finished: Bool { source.allFinished }

    /// The frames as the console builds them, expectations once finished.
    var frames: [Frame] { source.frames(ConsoleState()) }

    /// The screen at `size`, running at the chapter's start speed (or held by its prompts).
    func screen(_ size: GridSize) -> String {
        var s = ConsoleState(paused: false, speed: Speed.clamped(plan.speed), course: mark)
        if !prompts.isEmpty { s.reached(prompts) }
        return ConsoleView.render(state: s, frames: frames, size: size, glyphs: .unicode).grid.text
    }
}
