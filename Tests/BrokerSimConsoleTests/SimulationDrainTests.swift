import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimCore
import BrokerSimScenario
import BrokerSimSnapshot
import BrokerSimUnits
import Testing

/// A simulated queue's line shows the drain estimate a watched broker's does, by the same rule
/// (`SnapshotHistory.drain`) over the same 30 s: `drains in 1m 35s` while a backlog drains,
/// `growing N/s` while it grows, nothing once it is empty.
@Suite("The simulation's drain estimate")
struct SimulationDrainTests {
    static let size = GridSize(width: 100, height: 30)

    static func playback(_ sc: Scenario, to seconds: Double, end: Int64 = 600) -> Playback {
        var p = Playback(world: World(config: sc.config), end: .zero + .secs(end), stopWhenDrained: false,
                         interval: History.interval(forRunLength: .secs(end)))
        p.advance(to: SimTime(micros: Int64(seconds * 1_000_000)))
        return p
    }

    /// Ready + unacked of queue 0 at `seconds`, from a headless world played there.
    static func depth(_ sc: Scenario, at seconds: Double) -> Int64 {
        var w = World(config: sc.config)
        w.advance(to: SimTime(micros: Int64(seconds * 1_000_000)), stopWhenDrained: false)
        return w.queues[0].readyCount + w.queues[0].unacked
    }

    /// The totals row of the queue: the one starting `published`.
    static func totalsRow(_ p: Playback, _ title: String) throws -> String {
        let f = Frame(world: p.world, history: p.history, title: title)
        let text = ConsoleView.render(state: ConsoleState(paused: true), frame: f, size: size, glyphs: .unicode).grid.text
        return String(try #require(text.split(separator: "\n").first { $0.contains("published") }))
    }

    @Test func aDrainingBacklogSaysWhenItWillBeEmpty() throws {
        let sc = try ScenarioLoader.load("password-resets")
        // 40 s in: the depth 30 s before and now, from worlds played headless to those instants.
        let before = Self.depth(sc, at: 10), now = Self.depth(sc, at: 40)
        #expect(before > now && now > 0)
        let expected = try #require(DrainEstimate.seconds(Double(now) * 30 / Double(before - now)).text)
        #expect(expected.hasPrefix("drains in 1m"), "\(expected)")
        let row = try Self.totalsRow(Self.playback(sc, to: 40), sc.title)
        #expect(row.contains("redelivered 1  \(expected)"), "\(row)")
    }

    /// poison-message: the backlog is acked within seconds but one message is rejected and
    /// requeued for ever. The 30 s average still falls, yet the depth has sat at 1 for longer
    /// than that pace says it takes to empty: the line says nothing leaves, not `drains in 1s`.
    @Test func aMessageRequeuedForEverIsStalledNotDraining() throws {
        let sc = try ScenarioLoader.load("poison-message")
        let row = try Self.totalsRow(Self.playback(sc, to: 30), sc.title)
        #expect(row.contains("acked 999") && row.contains("stalled"), "\(row)")
        #expect(!row.contains("drains in"), "\(row)")
    }

    /// Rates of thousands are grouped like every other count on screen.
    @Test func aFastGrowthIsGrouped() {
        #expect(DrainEstimate.growing(2_922.4).text == "growing 2,922/s")
        #expect(DrainEstimate.growing(14).text == "growing 14/s")
        #expect(DrainEstimate.growing(0.44).text == "growing 0.4/s")
    }

    /// At the instant the last email is acked (between two of the reads kept), as long after.
    @Test func anEmptyQueueShowsNoEstimate() throws {
        let sc = try ScenarioLoader.load("password-resets")
        var p = Playback(world: World(config: sc.config), end: .zero + .secs(600), stopWhenDrained: true, interval: .secs(1))
        p.advance(to: .never)
        #expect(p.finished && p.now.micros % RecentCounts.grid.micros != 0)
        let later = Self.playback(sc, to: 150)
        for playback in [p, later] {
            #expect(playback.world.queues[0].readyCount + playback.world.queues[0].unacked == 0)
            let row = try Self.totalsRow(playback, sc.title)
            #expect(row.contains("acked 10,000"))
            for word in ["drains", "growing", "holding", "stalled"] { #expect(!row.contains(word), "\(row)") }
        }
    }

    static let growing = """
        title: "more than the workers can take"
        seed: 5
        stop: 5m
        queues:
          jobs: {}
        workers:
          w: {queue: jobs, count: 2, prefetch: 1, work: 100ms}
        producers:
          p: {to: jobs, rate: 50/s, arrivals: uniform}
        """

    @Test func aGrowingQueueSaysHowFastNotWhenItDrains() throws {
        let sc = try ScenarioLoader.parse(text: Self.growing, file: "growing.yaml", name: "growing")
        // 50/s in, about 20/s out: 30 more a second, measured over the last 30 s.
        let rise = Double(Self.depth(sc, at: 60) - Self.depth(sc, at: 30)) / 30
        #expect(rise > 25 && rise < 35)
        let row = try Self.totalsRow(Self.playback(sc, to: 60), sc.title)
        #expect(row.contains(try #require(DrainEstimate.growing(rise).text)), "\(row)")
        #expect(!row.contains("drains in"), "\(row)")
    }

    /// Frame after frame, or seeking far ahead and back: the estimate at an instant is the same.
    /// Samples every 5 s (checkpoints every 50 s): at 62 s the estimate measures from 32 s, which
    /// the jump to 100 s did not stop at; the seek back replays from far enough to read it.
    @Test func theSameEstimateLiveAndAfterASeek() throws {
        let sc = try ScenarioLoader.load("password-resets")
        var live = Playback(world: World(config: sc.config), end: .zero + .secs(600), stopWhenDrained: false, interval: .secs(5))
        var t = SimTime.zero
        while t < .zero + .secs(62) { t = t + SimDuration(micros: 100_000); live.advance(to: t) }
        var seeker = Playback(world: World(config: sc.config), end: .zero + .secs(600), stopWhenDrained: false, interval: .secs(5))
        seeker.seek(to: .zero + .secs(100))
        seeker.seek(to: t)
        let a = Frame(world: live.world, history: live.history, title: ""), b = Frame(world: seeker.world, history: seeker.history, title: "")
        #expect(a.queues[0].notes.first?.hasPrefix("drains in") == true)
        #expect(a.queues[0].notes == b.queues[0].notes)
        // Not only the words: the estimate itself, to the microsecond of its window.
        #expect(live.history.drain(live.world, 0) == seeker.history.drain(seeker.world, 0))
        // A few seconds back and forward again (the replay starts a drain window earlier).
        live.seek(to: t - .secs(3))
        live.seek(to: t)
        #expect(Frame(world: live.world, history: live.history, title: "").queues[0].notes == a.queues[0].notes)
        #expect(live.history.drain(live.world, 0) == seeker.history.drain(seeker.world, 0))
    }

    /// In a narrow pane the totals (and what went wrong) keep their place; the estimate goes first.
    @Test func aNarrowPaneDropsTheEstimateBeforeAnyTotal() throws {
        var q = QueueReading(name: "emails", ready: 5_000, unacked: 4, published: 10_000, acked: 4_996, duplicates: 3)
        q.redelivered = 7
        q.notes = ["drains in 1m 35s"]
        let f = Frame(title: "t", queues: [q])
        func row(_ width: Int) -> String {
            let text = ConsoleView.render(state: ConsoleState(paused: true), frame: f, size: GridSize(width: width, height: 24),
                                          glyphs: .unicode).grid.text
            return text.split(separator: "\n").first { $0.contains("duplicates") }.map(String.init) ?? ""
        }
        #expect(row(120).contains("duplicates 3  redelivered 7  drains in 1m 35s"))
        let narrow = row(80)
        #expect(narrow.contains("duplicates 3") && narrow.contains("redelivered 7") && narrow.contains("lost 0"), "\(narrow)")
        #expect(!narrow.contains("drains"), "\(narrow)")
    }
}
