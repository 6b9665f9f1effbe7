import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimRunner
import BrokerSimScenario
import Testing

/// Plays every variant of a built-in scenario (or the one named) to an instant on one
/// clock and draws them as the console does: a pane each.
func variantScreen(_ name: String, at seconds: Int64, size: GridSize, only: String? = nil,
                   state: ConsoleState = ConsoleState()) throws -> String {
    let source = try SimulationSource(name, RunPlan.Options(variant: only))
    source.play(toSecond: seconds)
    var s = state
    s.paused = true
    return ConsoleView.render(state: s, frames: source.frames(s), size: size, glyphs: .unicode).grid.text
}

@Suite("Whole screens: walkthroughs and variants")
struct WalkthroughScreenTests {
    static let small = GridSize(width: 80, height: 24)
    static let large = GridSize(width: 120, height: 40)
    static let wide = GridSize(width: 160, height: 40)

    func held(_ p: Prompt, pick: Int? = nil, revealed: Bool = false) -> ConsoleState {
        var s = ConsoleState()
        s.reached([p])
        s.pick = pick
        s.revealed = revealed
        return s
    }

    @Test func aCaptionAtTheMomentItIsReached() throws {
        for size in [Self.small, Self.large] {
            let text = try variantScreen("worker-crash", at: 6, size: size, only: "manual-ack")
            #expect(text.contains("Narration 00:00:05.070"))
            #expect(text.contains("mailer-2 just died. Watch what happens to the emails it held."))
            Golden.check(text, named: "worker-crash-caption-\(size)")
        }
    }

    @Test func aHeldCaptionSaysPressAnyKey() throws {
        let s = held(.caption(at: SimTime(micros: 5_070_000), text: "mailer-2 just died. Watch what happens to the emails it held."))
        let text = try variantScreen("worker-crash", at: 6, size: Self.small, only: "manual-ack", state: s)
        #expect(text.contains("Press any key to continue"))
        #expect(text.contains("WAITING"))
        Golden.check(text, named: "worker-crash-held-caption-80x24")
    }

    @Test func aQuestionWithItsChoices() throws {
        for size in [Self.small, Self.large] {
            let text = try variantScreen("worker-crash", at: 6, size: size, only: "manual-ack", state: held(.question(sampleQuestion)))
            #expect(text.contains("QUESTION"))
            #expect(text.contains("2. They go back to the queue, marked redelivered"))
            #expect(text.contains("Press 1-3 to answer, or Space to see the answer"))
            Golden.check(text, named: "worker-crash-question-\(size)")
        }
    }

    @Test func aRevealedAnswerMarksTheWrongPickAndTheRightOne() throws {
        for size in [Self.small, Self.large] {
            let s = held(.question(sampleQuestion), pick: 0, revealed: true)
            let text = try variantScreen("worker-crash", at: 6, size: size, only: "manual-ack", state: s)
            #expect(text.contains("✘ 1. They are lost (your answer)"))
            #expect(text.contains("✔ 2. They go back to the queue, marked redelivered (the answer)"))
            #expect(text.contains("Not quite: the answer is 2."))
            #expect(text.contains("The broker forgets a message only on its ACK"))
            Golden.check(text, named: "worker-crash-revealed-\(size)")
        }
    }

    @Test func aRightAnswerSaysSo() throws {
        let s = held(.question(sampleQuestion), pick: 1, revealed: true)
        let text = try variantScreen("worker-crash", at: 6, size: Self.large, only: "manual-ack", state: s)
        #expect(text.contains("✔ 2. They go back to the queue, marked redelivered (your answer)"))
        #expect(text.contains("Right."))
    }

    @Test func variantsSideBySideFrom160Columns() throws {
        let text = try variantScreen("worker-crash", at: 6, size: Self.wide)
        let lines = text.split(separator: "\n").map(String.init)
        // Three panes on one row, each named.
        #expect(lines[1].contains(" manual-ack ") && lines[1].contains(" auto-ack ") && lines[1].hasSuffix(" ack-delay"))
        #expect(lines[0].contains("3 variants"))
        Golden.check(text, named: "worker-crash-variants-160x40")
        Golden.check(try variantScreen("sync-trap", at: 45, size: Self.wide), named: "sync-trap-variants-160x40")
    }

    @Test func variantsStackedBelow160Columns() throws {
        let text = try variantScreen("sync-trap", at: 45, size: Self.large)
        let lines = text.split(separator: "\n").map(String.init)
        let sync = try #require(lines.firstIndex { $0 == " sync" })
        let async = try #require(lines.firstIndex { $0 == " async" })
        #expect(sync < async)
        Golden.check(text, named: "sync-trap-variants-120x40")
        Golden.check(try variantScreen("worker-crash", at: 6, size: Self.large), named: "worker-crash-variants-120x40")
    }

    @Test func variantsStillFit80x24() throws {
        let text = try variantScreen("worker-crash", at: 6, size: Self.small)
        let lines = text.split(separator: "\n").map(String.init)
        for name in [" manual-ack", " auto-ack", " ack-delay"] { #expect(lines.contains(name)) }
        #expect(!text.contains("too small"))
        Golden.check(text, named: "worker-crash-variants-80x24")
    }
}
