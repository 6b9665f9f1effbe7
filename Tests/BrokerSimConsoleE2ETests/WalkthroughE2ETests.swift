import Foundation
import Testing

/// Walkthroughs, variants side by side and the course, in a real terminal.
@Suite("Walkthroughs in a terminal", .serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct WalkthroughE2ETests {
    static let walkthrough = """
    title: A tiny walkthrough
    seed: 1
    stop: 60s
    queues:
      jobs: {}
    workers:
      w: {queue: jobs, count: 1, work: 100ms}
    producers:
      load: {to: jobs, rate: 5/s}
    timeline:
      - at: 1s
        say: Hold it here while I explain.
        wait: true
      - at: 2s
        ask: Where does an unacked message go when its worker dies?
        choices: [Nowhere, Back to the queue]
        answer: 2
        why: The broker requeues what was never ACKed.
    """

    static let twoVariants = """
    title: Two pools, one load
    seed: 5
    stop: 10m
    queues:
      jobs: {}
    workers:
      w: {queue: jobs, count: 1, work: 100ms}
    producers:
      load: {to: jobs, rate: 20/s}
    variants:
      one-worker: {}
      four-workers:
        workers: {w: {count: 4}}
    """

    func write(_ text: String, _ name: String, in t: Tmux) throws {
        try text.write(to: t.dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func aHeldCaptionWaitsForAKeyThenAQuestionIsAnsweredAndRevealed() throws {
        let t = try Tmux()
        try write(Self.walkthrough, "tiny.yaml", in: t)
        t.start(Binary.url, "run tiny.yaml")
        // Every wait holds for all that is then expected of the capture: tmux can catch a frame
        // half drawn (the header new, the rest still the old one).
        let held = t.waitFor("the held caption") {
            $0.contains("Press any key to continue") && $0.contains("WAITING") && $0.contains("Hold it here while I explain.")
                && ConsoleE2ETests.clock($0) == "00:00:01.000"
        }
        #expect(held.contains("Hold it here while I explain."))
        // Held: the clock stands at the caption's instant.
        #expect(ConsoleE2ETests.clock(held) == "00:00:01.000")
        Thread.sleep(forTimeInterval: 0.6)
        #expect(ConsoleE2ETests.clock(t.screen) == "00:00:01.000")

        t.keys("x")
        let asked = t.waitFor("the question") {
            $0.contains("QUESTION") && $0.contains("Press 1-2 to answer") && $0.contains("Where does an unacked message go when its worker dies?")
                && $0.contains("1. Nowhere") && $0.contains("2. Back to the queue") && ConsoleE2ETests.clock($0) == "00:00:01.999"
        }
        #expect(asked.contains("Where does an unacked message go when its worker dies?"))
        #expect(asked.contains("1. Nowhere") && asked.contains("2. Back to the queue"))
        // Asked just before its instant: what it asks about has not happened yet.
        #expect(ConsoleE2ETests.clock(asked) == "00:00:01.999")

        t.keys("1")
        let revealed = t.waitFor("the reveal") {
            $0.contains("Not quite: the answer is 2.") && $0.contains("1. Nowhere (your answer)") && $0.contains("2. Back to the queue (the answer)")
                && $0.contains("The broker requeues what was never ACKed.") && ConsoleE2ETests.clock($0) == "00:00:01.999"
        }
        #expect(revealed.contains("1. Nowhere (your answer)"))
        #expect(revealed.contains("2. Back to the queue (the answer)"))
        #expect(revealed.contains("The broker requeues what was never ACKed."))
        #expect(ConsoleE2ETests.clock(revealed) == "00:00:01.999")

        t.keys("Space")
        t.waitFor("the run going on") { $0.contains("RUNNING") && ConsoleE2ETests.clock($0) != "00:00:01.999" && !$0.contains("QUESTION") }
        t.keys("q")
        t.expectShellUsable(exit: 0)
    }

    @Test func variantsSideBySidePauseAndStepTogether() throws {
        let t = try Tmux()
        try write(Self.twoVariants, "two.yaml", in: t)
        t.start(Binary.url, "run two.yaml --speed 5")
        t.waitFor("both panes") { $0.contains(" one-worker") && $0.contains(" four-workers") && $0.contains("RUNNING") }
        t.keys("Space")
        let paused = t.waitFor("PAUSED, both panes drawn") { $0.contains("PAUSED") && Self.sent($0).count == 2 && Self.sent($0)[0] == Self.sent($0)[1] }
        let sent = Self.sent(paused)
        #expect(sent.count == 2 && sent[0] == sent[1], "both panes show the same load: \(sent)")
        Thread.sleep(forTimeInterval: 0.6)
        let still = t.screen
        #expect(Self.sent(still) == sent)
        #expect(ConsoleE2ETests.clock(still) == ConsoleE2ETests.clock(paused))

        // One step moves both.
        t.keys(".")
        let stepped = t.waitFor("a step, both panes drawn") {
            let now = Self.sent($0)
            return ConsoleE2ETests.clock($0) != ConsoleE2ETests.clock(paused) && now.count == 2 && now[0] == now[1] && now != sent
        }
        let after = Self.sent(stepped)
        #expect(after.count == 2 && after[0] == after[1] && after != sent)
        t.keys("q")
        t.expectShellUsable(exit: 0)
    }

    /// The producers' `sent N` of every pane, top to bottom.
    static func sent(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in
            line.range(of: #"sent [0-9.,k]+"#, options: .regularExpression).map { String(line[$0]) }
        }
    }

    @Test func learnMovesFromChapterOneToChapterTwoAfterFinished() throws {
        let t = try Tmux()
        t.start(Binary.url, "learn --speed 10000")
        // The whole screen, not the header alone: a capture can catch a frame
        // whose header is drawn and whose hint line is not yet.
        let first = t.waitFor("chapter 1 finished") {
            $0.contains("chapter 1 of") && $0.contains("FINISHED")
                && $0.contains("The synchronous trap") && $0.contains("n Enter next chapter")
        }
        #expect(first.contains("The synchronous trap"))
        #expect(first.contains("n Enter next chapter"))
        // It waits on FINISHED.
        Thread.sleep(forTimeInterval: 0.5)
        #expect(t.screen.contains("chapter 1 of"))
        t.keys("n")
        let second = t.waitFor("chapter 2") { $0.contains("chapter 2 of") && $0.contains("Task processing") }
        #expect(second.contains("Task processing"))
        t.keys("q")
        t.expectShellUsable(exit: 0)
    }
}
