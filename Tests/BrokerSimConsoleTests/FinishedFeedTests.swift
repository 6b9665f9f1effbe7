import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario
import Testing

/// A finished run never says nothing happened (finding 30: `fanout-vs-shared-queue`
/// said `Nothing has happened yet.` on FINISHED, after 0.15 s of simulated time).
@Suite("Finished runs")
struct FinishedFeedTests {
    @Test func fanoutVersusASharedQueueLastsLongEnoughToWatchAndSaysWhatHappened() throws {
        for size in [ScreenGoldenTests.small, ScreenGoldenTests.large] {
            let text = try screen("fanout-vs-shared-queue", at: 600, size: size)
            #expect(text.contains("FINISHED"))
            #expect(!text.contains("Nothing has happened yet."), "\(text)")
        }
        // About 30 s of simulated time: watchable at 1×, and no blink at 0.1×.
        let end = try screen("fanout-vs-shared-queue", at: 600, size: ScreenGoldenTests.large)
        let clock = try #require(end.split(separator: "\n").first?.split(separator: " ").first { $0.hasPrefix("00:00:") })
        let seconds = try #require(Double(clock.dropFirst(6)))
        #expect(seconds >= 25 && seconds <= 60, "fanout ends at \(clock)")
    }

    @Test func anEmptyFeedOnFinishedSaysSoInWords() throws {
        // A run in which nothing is ever written to the feed.
        let sc = try ScenarioLoader.parse(text: "stop: 1s\nqueues: {q: {}}\n", file: "quiet.yaml", name: "quiet")
        var p = Playback(world: World(config: sc.config), end: .zero + .secs(1), stopWhenDrained: false, interval: .secs(1))
        p.advance(to: .zero + .secs(2))
        let frame = Frame(world: p.world, history: p.history, title: sc.title, finished: p.finished)
        var s = ConsoleState()
        s.paused = true
        let text = ConsoleView.render(state: s, frame: frame, size: ScreenGoldenTests.large, glyphs: .unicode).grid.text
        #expect(p.finished)
        #expect(!text.contains("Nothing has happened yet."))
        #expect(text.contains("No crash, alarm or change in this run."))
    }
}
