import BrokerSimConsole
import BrokerSimConsoleSim
import BrokerSimScenario
import BrokerSimSnapshot
import Foundation
import Testing

/// The console loop (`ConsoleDriver`, which the terminal loop wraps) over each kind of source:
/// a recorded RabbitMQ, a watched one, a simulation. Keys go in as a user presses them.
@Suite("The console over any reading source")
struct ReadingSourceTests {
    /// A wall clock the test moves by hand.
    final class ManualClock {
        var micros: Int64 = 0
        var wall: WallClock { WallClock { self.micros } }
    }

    static let size = GridSize(width: 100, height: 30)

    func recording() throws -> [Snapshot] { try SnapshotRecording.read(path: LiveScreenTests.recording).get() }

    func hints(_ screen: RenderedScreen) -> String {
        String(screen.grid.text.split(separator: "\n").last ?? "").trimmingCharacters(in: .whitespaces)
    }

    @Test func aRecordedBrokerReplaysThroughTheLoopAtItsRecordedPace() throws {
        let snapshots = try recording()
        let clock = ManualClock()
        let driver = ConsoleDriver(source: RecordingSource(snapshots), state: ConsoleState(), clock: clock.wall)
        let first = driver.draw(size: Self.size, glyphs: .unicode).grid.text
        #expect(first.contains("ready 358  unacked 12"), "the first read")
        // The recording's reads are seconds apart: one recorded interval of wall time at 1x shows the next.
        clock.micros = (snapshots[1].readAt - snapshots[0].readAt) * 1000
        let second = driver.draw(size: Self.size, glyphs: .unicode).grid.text
        #expect(second != first)
        // Seek forward past the end lands on the last read, paused where the user looks.
        #expect(driver.press(.right) == nil)
        let end = driver.draw(size: Self.size, glyphs: .unicode).grid.text
        Golden.check(end, named: "replay-driven-end-100x30")
        #expect(end.contains("ALARM") && end.contains("127.0.0.1:54018 (1) gone"))
        // Seek back all the way: the first read again, and its sparklines with it.
        #expect(driver.press(.home) == nil)
        #expect(driver.draw(size: Self.size, glyphs: .unicode).grid.text.contains("ready 358  unacked 12"))
    }

    @Test func aKeyARecordingCannotHonourIsRefusedOnTheHintLine() throws {
        let driver = ConsoleDriver(source: RecordingSource(try recording()), state: ConsoleState(), clock: ManualClock().wall)
        _ = driver.draw(size: Self.size, glyphs: .unicode)
        #expect(driver.press(.char("c")) == nil)
        #expect(hints(driver.draw(size: Self.size, glyphs: .unicode)) == "A recording is watched, not changed: that key is for simulations")
        #expect(driver.press(.char("q")) == .quit)
    }

    /// Each source's hint line with a consumer or worker selected, and its help.
    func offered(_ source: any ReadingSource) -> (hints: String, help: String) {
        let driver = ConsoleDriver(source: source, state: ConsoleState(paused: true), clock: ManualClock().wall)
        _ = driver.draw(size: Self.size, glyphs: .unicode)
        // Down to the first worker (the queue comes first in the selection order).
        for _ in 0..<2 { _ = driver.press(.down) }
        let hints = self.hints(driver.draw(size: Self.size, glyphs: .unicode))
        _ = driver.press(.char("?"))
        return (hints, driver.draw(size: Self.size, glyphs: .unicode).grid.text)
    }

    @Test func watchAndReplayOfferNoCrashRestartOrScaleWhileASimulationDoes() throws {
        let snapshots = try recording()
        let live = LiveSource(first: snapshots[2], intervalMillis: 5_000, take: { ([], ReadStatus(lastRead: snapshots[2].readAt, intervalMillis: 5_000)) },
                              epochMillis: { snapshots[2].readAt })
        let sim = try SimulationSource(try ScenarioLoader.load("password-resets"))
        let watched = offered(live), replayed = offered(RecordingSource(snapshots)), simulated = offered(sim)
        for (name, o) in [("watch", watched), ("replay", replayed)] {
            for word in ["crash", "restart", "scale", "slow", "write"] { #expect(!o.hints.contains(word), "\(name) hints \(word)") }
            // The help's own words for the interventions (a replay's Home still "restart[s] from 0").
            for help in ["crash it", "restart it", "slow: then", "scale up", "scale down", "undo my", "write NAME"] {
                #expect(!o.help.contains(help), "\(name) helps with \(help)")
            }
        }
        #expect(watched.hints == "? help  q quit  i about  ↑↓ select")
        #expect(!watched.help.contains("seek") && replayed.help.contains("seek back") && replayed.hints.contains("←→ seek"))
        #expect(simulated.hints.hasPrefix("c crash ") && simulated.hints.contains("r restart") && simulated.hints.contains("] [ scale"))
        #expect(simulated.help.contains("crash it") && simulated.help.contains("restart it") && simulated.help.contains("scale up"))
    }
}

extension ReadingSourceTests {
    @Test func theSelectionFollowsAConsumerByNameWhenAnotherGoes() throws {
        let snapshots = try recording()
        let clock = ManualClock()
        let driver = ConsoleDriver(source: RecordingSource(snapshots), state: ConsoleState(), clock: clock.wall)
        _ = driver.draw(size: Self.size, glyphs: .unicode)
        // Select 127.0.0.1:54026, listed after 127.0.0.1:54018 on the first read.
        let wanted = "127.0.0.1:54026 (1)"
        for _ in 0..<6 where driver.state.selection.flatMap({ driver.frames[0].name(of: $0) }) != wanted { _ = driver.press(.down) }
        let before = try #require(driver.state.selection)
        #expect(driver.frames[0].name(of: before) == wanted)
        // By the last read 127.0.0.1:54018 has gone: it is listed after the live consumers, and
        // another consumer sits where the selected one was; the selection names its consumer.
        clock.micros = (snapshots[snapshots.count - 1].readAt - snapshots[0].readAt) * 1000
        let screen = driver.draw(size: Self.size, glyphs: .unicode)
        let after = try #require(driver.state.selection)
        #expect(after == before)
        #expect(driver.frames[0].name(of: after) == wanted)
        let hit = try #require(screen.hitAreas.first { $0.target == after })
        #expect(screen.grid[hit.rect.x + 2, hit.rect.y].style.reverse, "drawn selected")
    }
}

extension ReadingSourceTests {
    @Test func aSimulationBesideARecordingOffersOnlyWhatBothCanDo() throws {
        let sim = try SimulationSource(try ScenarioLoader.load("password-resets"))
        let both = SideBySideSource([("simulation", sim), ("recorded", RecordingSource(try recording()))])
        #expect(both.capabilities == .recording)
        let driver = ConsoleDriver(source: both, state: ConsoleState(paused: true), clock: ManualClock().wall)
        let wide = GridSize(width: 160, height: 40)
        let screen = driver.draw(size: wide, glyphs: .unicode).grid.text
        #expect(driver.frames.map(\.variant) == ["simulation", "recorded"])
        let names = screen.split(separator: "\n")[1].split(separator: " ")
        #expect(names == ["simulation", "recorded"], "each pane named by its source")
        #expect(screen.contains("mailer-1") && screen.contains("127.0.0.1:54010 (1)"))
        _ = driver.press(.char("c"))
        #expect(hints(driver.draw(size: wide, glyphs: .unicode)) == RecordingSource(try recording()).refusal)
        // Seeking moves both: the run a few samples on, the recording to its last read.
        _ = driver.press(.right)
        let after = driver.draw(size: wide, glyphs: .unicode)
        #expect(driver.frames[0].now > .zero && after.grid.text.contains("ready 263  unacked 7"))
    }
}
