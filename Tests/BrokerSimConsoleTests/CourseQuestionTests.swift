import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// Every run of a built-in scenario as `brokersim run NAME` plans it: the scenario itself,
/// or each of its variants, with where it ends.
func builtinRuns() throws -> [(name: String, scenario: Scenario, config: WorldConfig, end: SimTime)] {
    try BuiltinScenarios.names.flatMap { name -> [(name: String, scenario: Scenario, config: WorldConfig, end: SimTime)] in
        let plan = try RunPlan.load(name)
        return plan.runs.map { run in (run.variant.map { "\(name) (\($0))" } ?? name, plan.scenario, run.config, run.end) }
    }
}

/// A question is a prediction: the console stops strictly before the event it
/// is about (the ask's own `at:`), with nothing of it on screen.
@Suite("Course: questions come before what they ask about")
struct CourseQuestionTests {
    @Test func everyBuiltinQuestionNamesAnEventAndIsAskedStrictlyBeforeIt() throws {
        var asked = 0
        for run in try builtinRuns() {
            let cfg = run.config
            let asks = cfg.timeline.filter { if case .ask = $0.action { return true } else { return false } }
            guard !asks.isEmpty else { continue }
            let halts = Prompt.haltTimes(cfg.timeline)
            var p = Playback(world: World(config: cfg), end: run.end, stopWhenDrained: cfg.stop == .drained,
                             interval: .secs(1), haltTimes: halts)
            for ask in asks.sorted(by: { $0.at < $1.at }) {
                guard case .ask(let text, _, _, _, _) = ask.action else { continue }
                p.advance(to: ask.at)
                let halted = p.takeHalt()
                #expect(halted, "\(run.name): the run did not halt for '\(text)'")
                #expect(p.now < ask.at, "\(run.name): '\(text)' is asked at \(p.now), not before \(ask.at)")
                #expect(!p.world.feed.contains { $0.at >= ask.at }, "\(run.name): '\(text)': its event is already in the feed")
                let due = Prompt.due(in: p.world, at: p.now)
                let shown = due.compactMap { prompt -> String? in
                    if case .question(let q) = prompt { return q.text }
                    return nil
                }
                #expect(shown.contains(text))
                var state = ConsoleState(paused: true)
                state.reached(due)
                let frame = Frame(world: p.world, history: p.history, title: run.scenario.title)
                let screens = [GridSize(width: 80, height: 24), GridSize(width: 120, height: 40)].map {
                    ConsoleView.render(state: state, frame: frame, size: $0, glyphs: .unicode).grid.text
                }
                // The event: what the world logs at the ask's instant (the reveal runs it), a scripted action then, or the end of the run.
                p.advance(to: ask.at)
                let notes = Set(cfg.timeline.compactMap(\.note))
                let lines = p.world.feed.filter { $0.at == ask.at && !notes.contains($0.text) }.map(\.text)
                let scripted = cfg.timeline.contains { e in
                    guard e.at == ask.at else { return false }
                    switch e.action {
                    case .say, .ask: return false
                    default: return true
                    }
                }
                #expect(!lines.isEmpty || scripted || ask.at == run.end, "\(run.name): '\(text)' at \(ask.at) names no event: nothing happens then")
                for screen in screens {
                    #expect(screen.contains("QUESTION"))
                    for line in lines {
                        // The feed cuts long lines: their first 30 columns are enough to recognise them.
                        let head = String(line.prefix(30))
                        #expect(!screen.contains(head), "\(run.name): '\(text)' shows its answer: '\(head)'")
                    }
                }
                asked += 1
            }
        }
        #expect(asked >= 8)
    }

    @Test func anAskAtZeroIsRefusedWithItsPlace() {
        let yaml = """
        queues:
          q: {}
        timeline:
          - at: 0s
            ask: Why?
            choices: [a, b]
            answer: 1
        """
        #expect(throws: ScenarioError.self) { try ScenarioLoader.parse(text: yaml, file: "a.yaml", name: "a") }
        do {
            _ = try ScenarioLoader.parse(text: yaml, file: "a.yaml", name: "a")
        } catch {
            #expect(error.description.contains("a.yaml:4:9: an 'ask' is about what happens at its 'at'"))
        }
    }

    /// The drill covers what interviewers ask next, each question pointing at the chapter that teaches it.
    @Test func theDrillAsksAtLeastEightQuestionsEachWithAChapterToReview() throws {
        let sc = try ScenarioLoader.load("interview-drill")
        let asks: [(String, [String], Int?)] = sc.config.timeline.compactMap {
            if case .ask(let q, let c, _, _, let r) = $0.action { return (q, c, r) } else { return nil }
        }
        #expect(asks.count >= 8)
        let chapters = courseChapterCount()
        for (q, choices, review) in asks {
            #expect(review.map { (1...chapters).contains($0) } == true, "'\(q)' names no chapter to review")
            // No giveaway by length: the longest choice is at most 1.6 times the shortest.
            let lengths = choices.map(\.count)
            #expect(Double(lengths.max()!) <= 1.6 * Double(lengths.min()!), "'\(q)': choices differ in length: \(lengths)")
        }
    }
}

/// The number of course chapters (built-ins with `chapter:`).
func courseChapterCount() -> Int {
    BuiltinScenarios.names.compactMap { try? ScenarioLoader.load($0) }.filter { $0.chapter != nil }.count
}
