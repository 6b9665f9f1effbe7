import BrokerSimCore
import BrokerSimScenario
import BrokerSimSnapshot
import Foundation
import Testing
@testable import BrokerSimConsole
@testable import BrokerSimConsoleSim

/// Rates, sparklines and drain estimates come from one piece of code over snapshots
/// (`SnapshotHistory`), whatever the source: a simulation's own screen and a recording of
/// that simulation's snapshots, replayed, show the same numbers.
@Suite("The same numbers from any source")
struct SameNumbersAnySourceTests {
    static let seconds: Int64 = 40

    /// password-resets played a second at a time (mailer-3 crashes at 20 s), its frame each
    /// second, and `World.snapshot()` each second written to a recording file.
    static func played() throws -> (frames: [Frame], playback: [Playback], recording: String) {
        let sc = try ScenarioLoader.load("password-resets")
        var p = Playback(world: World(config: sc.config), end: .zero + .secs(600), stopWhenDrained: false, interval: .secs(1))
        var frames: [Frame] = [], playbacks: [Playback] = [], lines = ""
        for t in 0...seconds {
            p.advance(to: .zero + .secs(t))
            frames.append(Frame(world: p.world, history: p.history, title: sc.title))
            playbacks.append(p)
            lines += SnapshotRecording.line(p.world.snapshot())
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("same-numbers-\(UUID().uuidString).jsonl").path
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
        return (frames, playbacks, path)
    }

    /// The recording replayed through the console's recording source, at its `k`-th read.
    static func replayed(_ source: RecordingSource, at k: Int) -> Frame {
        var state = ConsoleState(paused: true)
        source.perform(.restartRun, &state, frames: [], clock: WallClock { 0 })
        if k > 0 { source.perform(.seek(samples: k), &state, frames: [], clock: WallClock { 0 }) }
        return source.frames(state)[0]
    }

    /// `in 12/s  out 9.8/s` as the queue's first row writes it.
    static func ratesText(_ f: Frame) -> String {
        let text = ConsoleView.render(state: ConsoleState(paused: true), frame: f, size: GridSize(width: 100, height: 30),
                                      glyphs: .unicode).grid.text
        guard let row = text.split(separator: "\n").first(where: { $0.contains("emails") && $0.contains(" in ") }),
              let at = row.range(of: " in ") else { return "" }
        return String(row[at.lowerBound...].prefix { $0 != "│" }).trimmingCharacters(in: .whitespaces)
    }

    @Test func aSimulationAndTheRecordingOfItsSnapshotsShowTheSameRatesAndSparklines() throws {
        let (frames, playbacks, path) = try Self.played()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = RecordingSource(try SnapshotRecording.read(path: path).get())
        var compared = 0
        for t in [1, 5, 12, 20, 21, 25, 33, Int(Self.seconds)] {
            let sim = frames[t], replay = Self.replayed(source, at: t)
            let q = try #require(sim.queues.first { $0.name == "emails" })
            let r = try #require(replay.queues.first { $0.name == "emails" })
            #expect(r.inRate == q.inRate && r.outRate == q.outRate, "at \(t) s: in \(q.inRate) / \(r.inRate), out \(q.outRate) / \(r.outRate)")
            #expect(r.depthHistory == q.depthHistory, "at \(t) s: the depth sparkline")
            let text = Self.ratesText(sim)
            #expect(!text.isEmpty && text == Self.ratesText(replay), "at \(t) s: \(text)")
            // The drain estimate over the last second, from the simulation's own reads and from the replay's.
            let simDrain = playbacks[t].history.readings.drain("emails", windowMillis: 1_000)
            #expect(simDrain.text == source.history.drain("emails", windowMillis: 1_000).text, "at \(t) s")
            // And the estimate each screen shows (over 30 s): the same words on both.
            let shown = try #require(source.history.drain("emails").text, "at \(t) s")
            #expect(q.notes == [shown] && r.notes.contains(shown), "at \(t) s: \(q.notes) / \(r.notes)")
            compared += 1
        }
        #expect(compared == 8)
        // Something moved: the backlog draining at about 100/s (four mailers after the crash at 20 s).
        #expect(frames[5].queues[0].outRate > 50 && frames[Int(Self.seconds)].queues[0].outRate > 50)
        #expect(Self.ratesText(frames[5]).hasPrefix("in 0/s  out "))
        let drain = playbacks[Int(Self.seconds)].history.readings.drain("emails", windowMillis: 1_000).text ?? ""
        #expect(drain.hasPrefix("drains in 1m"), "\(drain)")
    }
}
