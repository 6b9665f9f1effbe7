import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// The course's controls: the score, the narration toggle, the scripted mark,
/// the reveal box on a small screen, the about text reflowed.
@Suite("Course: score, narration, reveal, about")
struct CourseControlTests {
    func question(_ at: Int64, answer: Int, review: Int?) -> Question {
        Question(at: SimTime(micros: at), text: "q\(at)", choices: ["a", "b", "c"], answer: answer, why: "", review: review)
    }

    @Test func theScoreCountsRightAnswersAndNamesTheChaptersToReview() {
        var s = ConsoleState()
        for (q, key) in [(question(1, answer: 0, review: 3), ConsoleAction.answer(1)),
                         (question(2, answer: 1, review: 6), .answer(1)),
                         (question(3, answer: 2, review: 3), .togglePause),
                         (question(4, answer: 2, review: 2), .answer(3))] {
            s.reached([.question(q)])
            _ = s.reduce(key, frame: sampleFrame)
            _ = s.reduce(.confirm, frame: sampleFrame)
        }
        #expect(s.score.line == "Score: 2 of 4; review chapters 3 and 6")
        // Asked again after a seek back: the newest answer counts, once.
        s.reached([.question(question(2, answer: 1, review: 6))])
        _ = s.reduce(.answer(2), frame: sampleFrame)
        #expect(s.score.line == "Score: 3 of 4; review chapter 3")
        #expect(ScoreLine.text(right: 8, of: 8, review: []) == "Score: 8 of 8; all right")
        #expect(ScoreLine.list(["2", "3", "6"]) == "2, 3 and 6")
    }

    @Test func theScoreIsOnTheBottomLineWhenTheRunIsFinished() {
        var s = ConsoleState(paused: true, course: CourseMark(chapter: 9, of: 9))
        s.reached([.question(question(1, answer: 0, review: 3))])
        _ = s.reduce(.answer(2), frame: sampleFrame)
        _ = s.reduce(.confirm, frame: sampleFrame)
        var f = sampleFrame
        f.finished = true
        let screen = ConsoleView.render(state: s, frame: f, size: GridSize(width: 80, height: 24), glyphs: .unicode).grid
        #expect(screen.lines.last?.hasPrefix("Score: 0 of 1; review chapter 3  n Enter end the course") == true)
        f.finished = false
        let running = ConsoleView.render(state: s, frame: f, size: GridSize(width: 80, height: 24), glyphs: .unicode).grid
        #expect(!running.text.contains("Score:"))
    }

    @Test func capitalNTogglesTheNarration() {
        #expect(KeyMap.standard.action(for: .char("N")) == .toggleNarration)
        var s = ConsoleState(paused: true)
        var f = sampleFrame
        f.caption = Caption(time: "00:00:20.000", text: "mailer-3 just died.")
        let size = GridSize(width: 80, height: 24)
        #expect(ConsoleView.render(state: s, frame: f, size: size, glyphs: .unicode).grid.text.contains("mailer-3 just died."))
        _ = s.reduce(.toggleNarration, frame: f)
        #expect(!s.narration && s.message == "Narration off (N turns it back on)")
        #expect(!ConsoleView.render(state: s, frame: f, size: size, glyphs: .unicode).grid.text.contains("mailer-3 just died."))
        _ = s.reduce(.toggleNarration, frame: f)
        #expect(s.narration)
    }

    @Test func aCaptionOfAChangedRunIsMarkedScripted() {
        var f = sampleFrame
        f.caption = Caption(time: "00:00:41.000", text: "RabbitMQ did not crash.", scripted: true)
        let text = ConsoleView.render(state: ConsoleState(paused: true), frame: f, size: GridSize(width: 80, height: 24),
                                      glyphs: .unicode).grid.text
        #expect(text.contains("scripted · RabbitMQ did not crash."))
    }

    @Test func aRevealTooTallFor80x24DropsSpacersThenCutsWithAnEllipsis() {
        let rows: [PromptBox.Row] = [("Q", .plain), ("", .plain), ("one", .plain), ("two", .plain), ("three", .plain),
                                     ("", .plain), ("Space or Enter", .plain)]
        #expect(PromptBox.fitted(rows, height: 7, width: 20, ellipsis: "…").map(\.text) == rows.map(\.text))
        #expect(PromptBox.fitted(rows, height: 5, width: 20, ellipsis: "…").map(\.text) == ["Q", "one", "two", "three", "Space or Enter"])
        #expect(PromptBox.fitted(rows, height: 4, width: 20, ellipsis: "…").map(\.text) == ["Q", "one", "two …", "Space or Enter"])
    }

    @Test func theWholeDrillRevealReadsAt80x24() {
        let why = "Commands go to a queue: one worker does each, the broker redelivers on failure, then forgets. Facts go to a log: every group reads all of them at its own pace and can replay. A plain work queue loses replay; a fanout exchange gives each reader a copy, but only with one queue per reader declared in advance, and still no replay."
        let q = Question(at: SimTime(micros: 300_000_000), text: "Which tool for \"send this user a password-reset email\", and which for \"a user signed up\" that billing, analytics and audit each need?",
                         choices: ["A stream for the email; a stream for the signup.", "A queue for the email; a queue for the signup.",
                                   "A queue for the email; a stream for the signup.", "A stream for the email; a queue for the signup."],
                         answer: 2, why: why)
        var s = ConsoleState(paused: true)
        s.reached([.question(q)])
        _ = s.reduce(.answer(3), frame: sampleFrame)
        let text = ConsoleView.render(state: s, frame: sampleFrame, size: GridSize(width: 80, height: 24), glyphs: .unicode).grid.text
        #expect(text.contains("and still no replay."))
        #expect(text.contains("Space or Enter: carry on and watch"))
    }

    @Test func theAboutTextIsReflowedBeforeItIsWrapped() {
        let about = "A system-design rehearsal over both\nparadigms at once. There\nis more.\n\n- manual-ack: the broker forgets\n  a message only on its ACK."
        #expect(TextWrap.reflowed(about) == "A system-design rehearsal over both paradigms at once. There is more.\n\n- manual-ack: the broker forgets a message only on its ACK.")
        var g = CellGrid(width: 44, height: 14)
        InfoOverlay(title: "t", about: about).render(into: &g, glyphs: .ascii)
        // No orphan "There": the paragraph is filled, and the list item hangs its second line.
        #expect(g.lines.contains(" | A system-design rehearsal over both    |"))
        #expect(g.lines.contains(" | paradigms at once. There is more.      |"))
        #expect(g.lines.contains(" | - manual-ack: the broker forgets a     |"))
        #expect(g.lines.contains(" |   message only on its ACK.             |"))
    }
}
