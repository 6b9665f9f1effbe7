import BrokerSimCore
import BrokerSimScenario
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// A revealed answer at 80×24 shrinks before the panels do: interview-drill's task-queue panel
/// kept no queue under the reveal box (`↓ 2 more queues`, then the memory line).
@Suite("Reveal layout at 80×24")
struct RevealLayoutTests {
    /// interview-drill halted just before each question, answered wrongly (1) and revealed.
    static func revealed() throws -> [(Question, String)] {
        let sc = try ScenarioLoader.load("interview-drill")
        var p = Playback(world: World(config: sc.config), end: .zero + .secs(300), stopWhenDrained: false,
                         interval: History.interval(forRunLength: .secs(300)))
        var out: [(Question, String)] = []
        for t in Set(Prompt.haltTimes(sc.config.timeline)).sorted() {
            p.advance(to: t)
            for case .question(let q) in Prompt.due(in: p.world, at: t) {
                var s = ConsoleState()
                s.paused = true
                s.reached([.question(q)])
                s.pick = q.answer == 0 ? 1 : 0
                s.revealed = true
                let frame = Frame(world: p.world, history: p.history, title: sc.title)
                out.append((q, ConsoleView.render(state: s, frame: frame, size: GridSize(width: 80, height: 24), glyphs: .unicode).grid.text))
            }
        }
        return out
    }

    @Test("every reveal of interview-drill leaves the emails queue and its workers (or their summary) on screen")
    func theQueueStaysInView() throws {
        let screens = try Self.revealed()
        #expect(screens.count >= 5)
        for (q, text) in screens {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.contains { $0.contains("│emails ") && $0.contains("ready ") }, "no queue line under \(q.text)\n\(text)")
            #expect(lines.contains { $0.contains("mailer") || $0.contains("+ 4 workers:") }, "no workers under \(q.text)\n\(text)")
            #expect(lines.contains { $0.contains("└") } && lines[lines.count - 3].contains("Space or Enter"),
                    "the key prompt is the box's last row\n\(text)")
            #expect(text.contains("Not quite: the answer is \(q.answer + 1)."), "\(text)")
            #expect(text.contains("Space or Enter: carry on and watch"))
            // The why is never lost: its first words are on screen.
            #expect(text.contains(String(q.why.prefix(24))), "\(text)")
        }
    }

    @Test("a reveal too tall for the box drops the choices nobody picked before it cuts the why")
    func unpickedChoicesGoFirst() {
        let q = Question(text: "Which?", choices: ["a", "b", "c", "d"], answer: 1, why: "Because b.")
        let rows = PromptBox(prompt: .question(q), pick: 0, revealed: true).rows(width: 40, glyphs: .unicode)
        let fitted = PromptBox.fitted(rows, height: 6, width: 36, ellipsis: "…").map(\.text)
        #expect(fitted == ["Which?", "✘ 1. a (your answer)", "✔ 2. b (the answer)", "Not quite: the answer is 2.",
                           "Because b.", "Space or Enter: carry on and watch"])
    }
}
