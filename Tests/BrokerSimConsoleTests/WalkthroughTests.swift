import BrokerSimCore
import BrokerSimScenario
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

let sampleQuestion = Question(at: SimTime(micros: 5_070_000), text: "mailer-2 dies holding unacked emails. What happens to them?",
                              choices: ["They are lost", "They go back to the queue, marked redelivered", "mailer-2 sends them when it restarts"],
                              answer: 1, why: "The broker forgets a message only on its ACK: unacked messages of a closed connection are requeued.")

/// A small walkthrough: a held caption at 1 s, a question at 3 s, plain narration at 2 s.
let walkthroughYAML = """
title: A tiny walkthrough
seed: 1
stop: 10s
queues:
  jobs: {}
workers:
  w: {queue: jobs, count: 1, work: 100ms}
producers:
  load: {to: jobs, rate: 5/s}
timeline:
  - at: 1s
    say: Hold it here.
    wait: true
  - at: 2s
    say: Just narration.
  - at: 3s
    ask: Where does an unacked message go when its worker dies?
    choices: [Nowhere, Back to the queue]
    answer: 2
    why: The broker requeues it.
"""

@Suite("Walkthroughs: the reducer")
struct WalkthroughReducerTests {
    func held(_ p: Prompt) -> ConsoleState {
        var s = ConsoleState()
        s.reached([p])
        return s
    }

    @Test func aHeldCaptionGoesOnAnyKeyAndDoesNotActOnIt() {
        var s = held(.caption(at: .zero, text: "Look at the queue."))
        #expect(s.holding && s.stopped && !s.paused)
        do { let e = s.reduce(.seekForward, frame: sampleFrame); #expect(e == []) }
        #expect(!s.holding)
        #expect(!s.paused)
    }

    @Test func qStillQuitsWhileHeld() {
        var s = held(.question(sampleQuestion))
        do { let e = s.reduce(.quit, frame: sampleFrame); #expect(e == [.quit]) }
    }

    @Test func aDigitAnswersAndRevealsThenSpaceCarriesOn() {
        var s = held(.question(sampleQuestion))
        _ = s.reduce(.answer(1), frame: sampleFrame)
        #expect(s.revealed && s.pick == 0)
        // Another digit changes nothing once revealed.
        _ = s.reduce(.answer(2), frame: sampleFrame)
        #expect(s.pick == 0 && s.holding)
        #expect(s.message == "Space or Enter: carry on and watch")
        _ = s.reduce(.togglePause, frame: sampleFrame)
        #expect(!s.holding && !s.revealed && s.pick == nil && !s.paused)
    }

    @Test func aDigitOutOfRangeSaysWhich() {
        var s = held(.question(sampleQuestion))
        _ = s.reduce(.answer(7), frame: sampleFrame)
        #expect(!s.revealed)
        #expect(s.message == "Answer with a digit from 1 to 3")
        _ = s.reduce(.seekBack, frame: sampleFrame)
        #expect(s.message == "Answer with 1-3, or Space to see the answer")
    }

    @Test func spaceOrEnterRevealsWithoutAPick() {
        for key in [ConsoleAction.togglePause, .confirm] {
            var s = held(.question(sampleQuestion))
            _ = s.reduce(key, frame: sampleFrame)
            #expect(s.revealed && s.pick == nil)
            _ = s.reduce(.confirm, frame: sampleFrame)
            #expect(!s.holding)
        }
    }

    @Test func promptsComeOneAfterAnother() {
        var s = ConsoleState()
        s.reached([.caption(at: .zero, text: "first"), .question(sampleQuestion)])
        _ = s.reduce(.confirm, frame: sampleFrame)
        #expect(s.prompts == [.question(sampleQuestion)])
    }

    @Test func helpOpensOverAQuestionAndClosesBackToIt() {
        var s = held(.question(sampleQuestion))
        _ = s.reduce(.toggleHelp, frame: sampleFrame)
        #expect(s.showHelp)
        _ = s.reduce(.dismiss, frame: sampleFrame)
        #expect(!s.showHelp && s.holding && !s.revealed)
    }

    @Test func enterOnFinishedMovesOnOnlyInTheCourse() {
        var finished = sampleFrame
        finished.finished = true
        var s = ConsoleState(course: CourseMark(chapter: 1, of: 2))
        do { let e = s.reduce(.confirm, frame: finished); #expect(e == [.nextChapter]) }
        do { let e = s.reduce(.confirm, frame: sampleFrame); #expect(e == []) }
        var plain = ConsoleState()
        do { let e = plain.reduce(.confirm, frame: finished); #expect(e == []) }
    }

    @Test func digitsAndEnterAndNAreBound() {
        #expect(KeyMap.standard.action(for: .char("3")) == .answer(3))
        // `0` is a digit too (10x after `s`); a question says it is out of range.
        #expect(KeyMap.standard.action(for: .char("0")) == .answer(0))
        #expect(KeyMap.standard.action(for: .enter) == .confirm)
        #expect(KeyMap.standard.action(for: .char("n")) == .confirm)
    }
}

@Suite("Walkthroughs: the playback halts")
struct WalkthroughPlaybackTests {
    func walkthrough() throws -> Playback {
        let sc = try ScenarioLoader.parse(text: walkthroughYAML, file: "tiny.yaml", name: "tiny")
        return Playback(world: World(config: sc.config), end: SimTime(micros: 10_000_000), stopWhenDrained: false,
                        interval: .secs(1), haltTimes: Prompt.haltTimes(sc.config.timeline))
    }

    @Test func theRunStopsAtAHeldCaptionAndAQuestionOnlyOnce() throws {
        var p = try walkthrough()
        p.advance(to: SimTime(micros: 9_000_000))
        #expect(p.now.micros == 1_000_000)
        do { let h = p.takeHalt(); #expect(h) }
        do { let h = p.takeHalt(); #expect(!h) }
        #expect(Prompt.due(in: p.world, at: p.now) == [.caption(at: p.now, text: "Hold it here.")])
        p.advance(to: SimTime(micros: 9_000_000))
        // Just before the question's instant: what it asks about has not happened yet.
        #expect(p.now.micros == 2_999_999)
        do { let h = p.takeHalt(); #expect(h) }
        guard case .question(let q)? = Prompt.due(in: p.world, at: p.now).first else {
            Issue.record("no question just before 3 s"); return
        }
        #expect(q.at.micros == 3_000_000)
        #expect(q.choices == ["Nowhere", "Back to the queue"] && q.answer == 1 && q.why == "The broker requeues it.")
        p.advance(to: SimTime(micros: 9_000_000))
        #expect(p.now.micros == 9_000_000)
        do { let h = p.takeHalt(); #expect(!h) }
    }

    @Test func seekingBackPastAQuestionAsksItAgainButNotWhenLandingAfterIt() throws {
        var p = try walkthrough()
        p.advance(to: SimTime(micros: 9_000_000)); _ = p.takeHalt()
        p.advance(to: SimTime(micros: 9_000_000)); _ = p.takeHalt()
        p.advance(to: SimTime(micros: 9_000_000))
        p.seek(to: SimTime(micros: 5_000_000))
        #expect(p.now.micros == 5_000_000)
        do { let h = p.takeHalt(); #expect(!h) }
        p.seek(to: SimTime(micros: 2_500_000))
        do { let h = p.takeHalt(); #expect(!h) }
        p.seek(to: SimTime(micros: 6_000_000))
        #expect(p.now.micros == 2_999_999)
        do { let h = p.takeHalt(); #expect(h) }
    }
}

@Suite("Walkthroughs: any key")
struct WalkthroughAnyKeyTests {
    @Test func anUnboundKeyContinuesAHeldCaptionOnly() {
        #expect(KeyMap.standard.actionOrAnyKey(for: .char("x")) == .anyKey)
        var s = ConsoleState()
        s.reached([.caption(at: .zero, text: "hold")])
        _ = s.reduce(.anyKey, frame: sampleFrame)
        #expect(!s.holding)
        s.reached([.question(sampleQuestion)])
        _ = s.reduce(.anyKey, frame: sampleFrame)
        #expect(s.holding && !s.revealed)
        var plain = ConsoleState()
        plain.message = "kept"
        _ = plain.reduce(.anyKey, frame: sampleFrame)
        #expect(plain.message == "kept")
    }
}
