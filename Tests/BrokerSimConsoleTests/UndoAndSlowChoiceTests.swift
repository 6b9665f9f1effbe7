import BrokerSimCore
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// Improvising in class: take an action back (`u`), all of them (`U`), pick how slow (`s`),
/// and seek from FINISHED.
@Suite("Undo, slow factor, seek from FINISHED")
struct UndoAndSlowChoiceTests {
    @Test func undoingTheLatestActionGivesTheRunWithoutIt() {
        var plain = playback()
        plain.advance(to: SimTime(micros: 8_000_000))
        var p = playback()
        p.advance(to: SimTime(micros: 2_000_000))
        p.inject(.crash(.worker(pool: 0, index: 1), downFor: nil))
        p.advance(to: SimTime(micros: 4_000_000))
        p.inject(.slow(.workerPool(0), factor: 5))
        p.advance(to: SimTime(micros: 8_000_000))
        let undone = p.undoLast()
        #expect(undone?.action == .slow(.workerPool(0), factor: 5))
        #expect(p.now.micros == 8_000_000)
        #expect(p.interactive.count == 1)
        #expect(p.world.workers.allSatisfy { $0.slowFactor == 1 })
        #expect(!p.world.workers[1].alive)
        #expect(p.clearInteractive() == 1)
        #expect(p.interactive.isEmpty)
        // Exactly the scripted run, as if nothing had been pressed.
        #expect(reading(p) == reading(plain))
        #expect(p.undoLast() == nil)
    }

    @Test func undoOnAFinishedRunReplaysToTheEnd() {
        var p = playback()
        p.advance(to: SimTime(micros: 1_000_000))
        p.inject(.scale(.workerPool(0), count: 6))
        p.advance(to: .never)
        #expect(p.finished)
        var plain = playback()
        plain.advance(to: .never)
        p.clearInteractive()
        p.advance(to: .never)
        #expect(p.finished)
        #expect(reading(p) == reading(plain))
    }

    func reduce(_ actions: [ConsoleAction], selection: Selectable? = .worker("mailer-1"),
                frame: Frame = sampleFrame) -> (ConsoleState, [ConsoleEffect]) {
        var s = ConsoleState()
        s.selection = selection
        var effects: [ConsoleEffect] = []
        for a in actions { effects = s.reduce(a, frame: frame) }
        return (s, effects)
    }

    @Test func sThenADigitPicksTheFactor() {
        let (asking, none) = reduce([.toggleSlowSelected])
        #expect(none.isEmpty)
        #expect(asking.message == "Slow mailer-1: 2 for 2x, 5 (or s) for 5x, 0 for 10x, 1 back to normal; any other key cancels")
        let w = Intervention.Target.worker("mailer-1")
        #expect(reduce([.toggleSlowSelected, .answer(2)]).1 == [.intervene(Intervention(.slow(factor: 2), w))])
        #expect(reduce([.toggleSlowSelected, .answer(5)]).1 == [.intervene(Intervention(.slow(factor: 5), w))])
        #expect(reduce([.toggleSlowSelected, .toggleSlowSelected]).1 == [.intervene(Intervention(.slow(factor: 5), w))])
        #expect(reduce([.toggleSlowSelected, .answer(0)]).1 == [.intervene(Intervention(.slow(factor: 10), w))])
        #expect(reduce([.toggleSlowSelected, .answer(1)]).1 == [.intervene(Intervention(.slow(factor: 1), w))])
        let (cancelled, e) = reduce([.toggleSlowSelected, .togglePause])
        #expect(e.isEmpty && !cancelled.paused && cancelled.message == "Not slowed")
        #expect(KeyMap.standard.action(for: .char("0")) == .answer(0))
    }

    @Test func uAndShiftUAreEffects() {
        #expect(reduce([.undoLast]).1 == [.undoLast])
        #expect(reduce([.clearActions]).1 == [.clearActions])
        #expect(KeyMap.standard.action(for: .char("u")) == .undoLast)
        #expect(KeyMap.standard.action(for: .char("U")) == .clearActions)
    }

    /// Finding: on a finished run `←` seemed to do nothing (it replayed straight back to the end).
    @Test func aSeekFromFinishedLandsPaused() {
        var done = sampleFrame
        done.finished = true
        let (back, e) = reduce([.seekBack], frame: done)
        #expect(back.paused && e == [.seek(samples: -ConsoleState.seekSamples)])
        #expect(reduce([.seekForward], frame: done).0.paused)
        #expect(!reduce([.seekBack]).0.paused)
    }
}
